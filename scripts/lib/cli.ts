/**
 * The ending every command-line entry point shares: run main, exit with its code, print an error as one line on
 * stderr, and — for those that use the database — connect like `npm start` and always let go of it.
 */
import { readConfig } from '../../server/config.ts';
import { connect } from '../../server/db/connect.ts';
import type { Db } from '../../server/db/neo4j.ts';

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  /** Printed after a UsageError's message. */
  usage?: string;
  /** The line's prefix for a kind of error (default `ERROR: `), e.g. `Seed file error: ` for a SeedError. */
  prefix?: (err: unknown) => string | undefined;
}

/**
 * Runs `main` and exits with the code it returns; a main that returns nothing has started something that keeps
 * the process alive (a database, a dev server) and stops it itself. A UsageError prints its message and the
 * usage and exits 2; any other error prints `ERROR: <message>` (or its prefix) and exits 1.
 */
export function runCli(main: () => Promise<number | undefined>, opts: CliOptions = {}): void {
  main().then(
    (code) => {
      if (code !== undefined) process.exit(code);
    },
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof UsageError) {
        process.stderr.write(`${message}\n${opts.usage ? `${opts.usage}\n` : ''}`);
        process.exit(2);
      }
      process.stderr.write(`${opts.prefix?.(err) ?? 'ERROR: '}${message}\n`);
      process.exit(1);
    },
  );
}

/**
 * Connects to NEO4J_URI, or else the local Neo4j (started for the duration when it is not running), runs `work`
 * with the Db (after applying the schema when asked), then closes the driver and stops what it started.
 */
export async function withDb<T>(work: (db: Db) => Promise<T>, opts: { schema?: boolean } = {}): Promise<T> {
  const conn = await connect({ ...readConfig(), seedOnStart: false });
  try {
    if (opts.schema) await conn.db.applySchema();
    return await work(conn.db);
  } finally {
    await conn.stopLocal();
    if (!conn.local) await conn.db.close();
  }
}
