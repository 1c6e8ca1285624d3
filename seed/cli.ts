/**
 * npm run seed [-- --reset] [--check]
 *   --check  validate the seed files only (no database)
 *   --reset  delete the seeded graph and load it again, in one transaction
 * Uses NEO4J_URI when set; otherwise the local Neo4j (started for the duration when it is not running).
 */
import { readConfig } from '../server/config.ts';
import { connect } from '../server/db/connect.ts';
import { seedDir } from '../server/paths.ts';
import { SeedError } from './errors.ts';
import { loadSeed, summarise } from './index.ts';
import { readSeed } from './read.ts';

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  for (const a of args) {
    if (!['--reset', '--check'].includes(a)) {
      process.stderr.write(`Unknown option ${a}. Usage: npm run seed [-- --reset] [--check]\n`);
      return 2;
    }
  }
  if (args.has('--check')) {
    const summary = summarise(readSeed(seedDir));
    process.stdout.write(`seed files are valid: ${JSON.stringify(summary)}\n`);
    return 0;
  }
  // Validate before connecting, so a bad file never touches the database.
  readSeed(seedDir);
  const conn = await connect({ ...readConfig(), seedOnStart: false });
  try {
    await conn.db.applySchema();
    const summary = await loadSeed(conn.db.driver, {
      reset: args.has('--reset'),
      database: conn.db.database,
    });
    process.stdout.write(`seeded: ${JSON.stringify(summary)}\n`);
    return 0;
  } finally {
    await conn.stopLocal();
    if (!conn.local) await conn.db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const prefix = err instanceof SeedError ? 'Seed file error: ' : 'ERROR: ';
    process.stderr.write(`${prefix}${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
