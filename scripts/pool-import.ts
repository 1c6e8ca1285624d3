/**
 * npm run pool:import [-- --dir <chainkg folder>] [--dry-run]
 *   --dir      the national pool's JSON Lines (default: CHAINKG_DIR, else ../shared/data/chainkg)
 *   --dry-run  read, validate and match, print the report; write nothing
 * Uses NEO4J_URI when set; otherwise the local Neo4j (started for the duration when it is not running).
 * The graph must be seeded first: pool firms are linked to the chain links already in it.
 */

import { processActor } from '../server/audit/entries.ts';
import {
  AliasFileError,
  aliasesFile,
  defaultPoolDir,
  importPool,
  readAliases,
} from '../server/pool/import.ts';
import { PoolDataError, readPool } from '../server/pool/read.ts';
import { runCli, UsageError, withDb } from './lib/cli.ts';

const USAGE = 'Usage: npm run pool:import [-- --dir <folder>] [--dry-run]';

function parseArgs(argv: string[]): { dir: string; dryRun: boolean } {
  let dir = defaultPoolDir();
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') dryRun = true;
    else if (a === '--dir' && argv[i + 1]) dir = argv[++i] as string;
    else if (a?.startsWith('--dir=')) dir = a.slice('--dir='.length);
    else throw new UsageError(`Unknown option ${a}.`);
  }
  return { dir, dryRun };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  // Validate the files before connecting, so a bad line never touches the database.
  const aliases = readAliases(aliasesFile);
  const data = await readPool(args.dir);
  const { result, seconds } = await withDb(async (db) => {
    const t0 = performance.now();
    const result = await importPool(db, {
      dir: args.dir,
      data,
      aliases,
      dryRun: args.dryRun,
      actor: processActor('CLI'),
    });
    return { result, seconds: ((performance.now() - t0) / 1000).toFixed(1) };
  });
  process.stdout.write(`${JSON.stringify({ ...result, seconds: Number(seconds) }, null, 2)}\n`);
  return 0;
}

runCli(main, {
  usage: USAGE,
  prefix: (err) =>
    err instanceof PoolDataError
      ? 'Pool data error: '
      : err instanceof AliasFileError
        ? 'Alias file error: '
        : undefined,
});
