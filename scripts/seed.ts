/**
 * npm run seed [-- --reset] [--check]
 *   --check  validate the seed files only (no database)
 *   --reset  delete the seeded graph and load it again, in one transaction
 * Uses NEO4J_URI when set; otherwise the local Neo4j (started for the duration when it is not running).
 */
import { SeedError } from '../seed/errors.ts';
import { loadSeed, summarise } from '../seed/index.ts';
import { seedDir } from '../seed/paths.ts';
import { readSeed } from '../seed/read.ts';
import { processActor } from '../server/audit/entries.ts';
import { runCli, UsageError, withDb } from './lib/cli.ts';

const USAGE = 'Usage: npm run seed [-- --reset] [--check]';

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  for (const a of args) if (!['--reset', '--check'].includes(a)) throw new UsageError(`Unknown option ${a}.`);
  // Validate before connecting, so a bad file never touches the database.
  const summary = summarise(readSeed(seedDir));
  if (args.has('--check')) {
    process.stdout.write(`seed files are valid: ${JSON.stringify(summary)}\n`);
    return 0;
  }
  const seeded = await withDb(
    (db) => loadSeed(db, { reset: args.has('--reset'), actor: processActor('CLI') }),
    { schema: true },
  );
  process.stdout.write(`seeded: ${JSON.stringify(seeded)}\n`);
  return 0;
}

runCli(main, {
  usage: USAGE,
  prefix: (err) => (err instanceof SeedError ? 'Seed file error: ' : undefined),
});
