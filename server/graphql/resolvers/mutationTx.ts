import { randomUUID } from 'node:crypto';
import type { RecordShape } from 'neo4j-driver';
import { query } from '../../../cypher/index.ts';
import type { Actor, Role } from '../../auth/token.ts';
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

export type Props = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The properties that differ between two states, as {before, after} holding only those keys (null for absent).
 * Keys present in `after` only are compared against absent (null) in `before`.
 */
export function changed(before: Props | null, after: Props): { before: Props; after: Props } {
  const out = { before: {} as Props, after: {} as Props };
  for (const key of Object.keys(after)) {
    const b = before?.[key] ?? null;
    const a = after[key] ?? null;
    if (!same(b, a)) {
      out.before[key] = b;
      out.after[key] = a;
    }
  }
  return out;
}

export interface AuditInput {
  action: string;
  entity: string;
  entityType: 'Enterprise' | 'Project' | 'Zone' | 'Chain' | 'Alias';
  /** The entity's state before (null when the write creates it) and after; only changed keys are kept. */
  before: Props | null;
  after: Props | null;
}

/** Records who changed what, in the transaction of the change. Returns the entry's id. */
export async function recordAudit(
  run: Run,
  actor: Actor & { role: Role },
  entry: AuditInput,
): Promise<string> {
  const diff = changed(entry.before, entry.after ?? nullsOf(entry.before));
  const id = `aud-${randomUUID()}`;
  await run('audit/record', {
    id,
    actor: actor.name,
    role: actor.role,
    action: entry.action,
    entity: entry.entity,
    entityType: entry.entityType,
    before: entry.before === null ? null : JSON.stringify(diff.before),
    after: entry.after === null ? null : JSON.stringify(diff.after),
  });
  return id;
}

function nullsOf(props: Props | null): Props {
  return Object.fromEntries(Object.keys(props ?? {}).map((k) => [k, null]));
}
