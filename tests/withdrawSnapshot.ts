/** The graph as the withdrawal's invariant compares it (docs/IMPORTS.md): every node and relationship but bookkeeping. */
import type { Db } from '../server/db/neo4j.ts';

/**
 * Left out: AuditEntry (the trail keeps the import and its withdrawal), ApiToken and GraphVersion (bookkeeping).
 * Everything else — derived data too (LinkCount, producerCount, scope keys, pool MAIN_PRODUCT edges) — is in.
 */
export const SNAPSHOT_SKIPS = ['AuditEntry', 'ApiToken', 'GraphVersion'];

const stable = (v: unknown) =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
  );

/** One line per node and relationship (ends named by id, or by labels and properties when they have none), sorted. */
export async function snapshot(db: Db, opts: { skipProps?: string[] } = {}): Promise<string[]> {
  const r = await db.driver.executeQuery(
    `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skips)
     RETURN 'N' AS what, labels(n) AS labels, properties(n) AS props, null AS a, null AS b
     UNION ALL
     MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skips)
     RETURN 'R' AS what, [type(r)] AS labels, properties(r) AS props,
       CASE WHEN a.id IS NULL THEN {labels: labels(a), props: properties(a)} ELSE a.id END AS a,
       CASE WHEN b.id IS NULL THEN {labels: labels(b), props: properties(b)} ELSE b.id END AS b`,
    { skips: SNAPSHOT_SKIPS },
  );
  const skip = new Set(opts.skipProps ?? []);
  return r.records
    .map((x) => {
      const o = x.toObject() as Record<string, unknown> & {
        props: Record<string, unknown>;
        labels: string[];
      };
      const props = Object.fromEntries(Object.entries(o.props).filter(([k]) => !skip.has(k)));
      return stable({ ...o, labels: [...o.labels].sort(), props });
    })
    .sort();
}

/** The lines only one side has: an empty answer means the two graphs are equal. */
export function difference(a: string[], b: string[]): { onlyBefore: string[]; onlyAfter: string[] } {
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const only = (x: Map<string, number>, y: Map<string, number>) =>
    [...x.entries()].flatMap(([k, n]) => Array(Math.max(0, n - (y.get(k) ?? 0))).fill(k) as string[]);
  return { onlyBefore: only(ca, cb), onlyAfter: only(cb, ca) };
}
