import type { RecordShape } from 'neo4j-driver';
import { query } from '../../../cypher/index.ts';
import { type AuditActor, type AuditInput, recordAudits } from '../../audit/entries.ts';
import type { Db } from '../../db/neo4j.ts';

/** Runs a named Cypher file inside the current write transaction. */
export type Run = <R extends RecordShape = RecordShape>(
  name: string,
  params?: Record<string, unknown>,
) => Promise<R[]>;

/**
 * One write transaction: the change and its audit entry commit together or not at all. An error thrown by
 * `work` (e.g. BAD_USER_INPUT for an unknown id found inside the transaction) rolls everything back.
 */
export async function inWriteTx<T>(db: Db, work: (run: Run) => Promise<T>): Promise<T> {
  // Db.write: one transaction with the graph-version bump; fails at once while Neo4j is marked down.
  return db.write(async (tx) => {
    return work(async <R extends RecordShape>(name: string, params: Record<string, unknown> = {}) => {
      const result = await tx.run<R>(query(name), params);
      return result.records.map((r) => r.toObject());
    });
  });
}

export type { AuditInput, Props } from '../../audit/entries.ts';
export { changed } from '../../audit/entries.ts';

/** Records who changed what, in the transaction of the change. Returns the entry's id. */
export async function recordAudit(run: Run, actor: AuditActor, entry: AuditInput): Promise<string> {
  const [id] = await recordAudits(run, actor, [entry]);
  return id as string;
}
