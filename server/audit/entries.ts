import { randomUUID } from 'node:crypto';
import os from 'node:os';

/**
 * Who made a change, as the audit trail records it: a token's holder (name, role viewer/editor), or a process
 * run by a person at a shell (`CLI:<os user>`, role `cli`) or the server itself (`SERVER:<os user>`, role
 * `system`, e.g. seeding an empty database at start).
 */
export interface AuditActor {
  name: string;
  role: string;
}

/** The OS user running this process; `uid <n>` when the passwd database has no entry for it (containers). */
function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER || process.env.LOGNAME || `uid ${process.getuid?.() ?? '?'}`;
  }
}

/** The actor of a command-line script (`CLI:<os user>`) or of the server's own writes (`SERVER:<os user>`). */
export function processActor(kind: 'CLI' | 'SERVER'): AuditActor {
  return { name: `${kind}:${osUser()}`, role: kind === 'CLI' ? 'cli' : 'system' };
}

export type Props = Record<string, unknown>;

export type EntityType =
  | 'Enterprise'
  | 'Project'
  | 'Zone'
  | 'Chain'
  | 'Industry'
  | 'Alias'
  | 'Import'
  | 'Lead';

export interface AuditInput {
  /** The mutation (e.g. updateEnterprise) or the import kind (IMPORT_PLAN, IMPORT_TABLE, IMPORT_POOL, SEED). */
  action: string;
  /** The entity's id; for an import's summary entry, the id of the imported document (or the pool's folder). */
  entity: string;
  entityType: EntityType;
  /** The entity's state before (null when the write creates it) and after; only changed keys are kept. */
  before: Props | null;
  after: Props | null;
}

/** Runs a named Cypher file inside the current write transaction. */
export type RunNamed = (name: string, params: Record<string, unknown>) => PromiseLike<unknown>;

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

/** True when the write changed nothing of the entity (an update to the same values: no entry is recorded). */
export function unchanged(before: Props | null, after: Props | null): boolean {
  if (before === null || after === null) return before === after;
  return Object.keys(changed(before, after).after).length === 0;
}

function nullsOf(props: Props | null): Props {
  return Object.fromEntries(Object.keys(props ?? {}).map((k) => [k, null]));
}

/** Entries per statement: a table or pool import may record tens of thousands. */
const ENTRIES_PER_STATEMENT = 5000;

/**
 * Records who changed what, in the transaction of the change (all entries of one call share its actor).
 * Returns the entries' ids, in order.
 */
export async function recordAudits(
  run: RunNamed,
  actor: AuditActor,
  entries: readonly AuditInput[],
): Promise<string[]> {
  const rows = entries.map((entry) => {
    const diff = changed(entry.before, entry.after ?? nullsOf(entry.before));
    return {
      id: `aud-${randomUUID()}`,
      action: entry.action,
      entity: entry.entity,
      entityType: entry.entityType,
      before: entry.before === null ? null : JSON.stringify(diff.before),
      after: entry.after === null ? null : JSON.stringify(diff.after),
    };
  });
  for (let i = 0; i < rows.length; i += ENTRIES_PER_STATEMENT) {
    await run('audit/record-many', {
      entries: rows.slice(i, i + ENTRIES_PER_STATEMENT),
      actor: actor.name,
      role: actor.role,
    });
  }
  return rows.map((r) => r.id);
}
