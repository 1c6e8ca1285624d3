/**
 * npm run pool:import [-- --dir <chainkg folder>] [--dry-run]
 *   --dir      the national pool's JSON Lines (default: CHAINKG_DIR, else ../shared/data/chainkg)
 *   --dry-run  read, validate and match, print the report; write nothing
 * Uses NEO4J_URI when set; otherwise the local Neo4j (started for the duration when it is not running).
 * The graph must be seeded first: pool firms are linked to the chain links already in it.
 */
import { readConfig } from '../server/config.ts';
import { connect } from '../server/db/connect.ts';
import {
  AliasFileError,
  aliasesFile,
  defaultPoolDir,
  importPool,
  readAliases,
} from '../server/pool/import.ts';
import { PoolDataError, readPool } from '../server/pool/read.ts';

const USAGE = 'Usage: npm run pool:import [-- --dir <folder>] [--dry-run]';

function parseArgs(argv: string[]): { dir: string; dryRun: boolean } | string {
  let dir = defaultPoolDir();
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') dryRun = true;
    else if (a === '--dir' && argv[i + 1]) dir = argv[++i] as string;
    else if (a?.startsWith('--dir=')) dir = a.slice('--dir='.length);
    else return `Unknown option ${a}. ${USAGE}`;
  }
  return { dir, dryRun };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  // Validate the files before connecting, so a bad line never touches the database.
  const aliases = readAliases(aliasesFile);
  const data = await readPool(args.dir);
  const conn = await connect({ ...readConfig(), seedOnStart: false });
  try {
    const t0 = performance.now();
    const result = await importPool(conn.db.driver, {
      dir: args.dir,
      data,
      aliases,
      database: conn.db.database,
      dryRun: args.dryRun,
    });
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`${JSON.stringify({ ...result, seconds: Number(seconds) }, null, 2)}\n`);
    return 0;
  } finally {
    await conn.stopLocal();
    if (!conn.local) await conn.db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const prefix =
      err instanceof PoolDataError
        ? 'Pool data error: '
        : err instanceof AliasFileError
          ? 'Alias file error: '
          : 'ERROR: ';
    process.stderr.write(`${prefix}${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
