import type { Transaction as Tx } from 'neo4j-driver';
import type { Db } from '../db/neo4j.ts';

/** Thrown at the end of a dry run so the transaction rolls back: the report says what the write would do. */
class DryRun<T> extends Error {
  constructor(readonly report: T) {
    super('dry run');
  }
}

/**
 * Runs `work` in one Db.write; on a dry run its report is answered and the transaction rolled back (a plan commit,
 * a withdrawal: the same work either way).
 */
export async function writeOrDryRun<T>(db: Db, work: (tx: Tx) => Promise<T>, dryRun: boolean): Promise<T> {
  try {
    return await db.write(async (tx) => {
      const report = await work(tx);
      if (dryRun) throw new DryRun(report);
      return report;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.report as T;
    throw err;
  }
}
