import { query } from '../cypher/index.ts';

/** A write transaction as the seed writer and the derived-data refreshes use it (a neo4j-driver Transaction is one). */
export interface Tx {
  run(text: string, params?: Record<string, unknown>): PromiseLike<unknown>;
}

/**
 * Recomputes, inside the writer's transaction and after its changes, the scope keys (Enterprise.scopeProvince,
 * scopeCity: cypher/fragments/enterprise-scope-keys.cypher) of the firms it moved and of every firm under the
 * zones it joined to a new parent. seed/linkCounts.ts refreshLinkCounts runs it, so every writer of LOCATED_IN
 * or PART_OF does (they report the same firms and zones for the producer counts).
 */
export async function refreshScopeKeys(
  tx: Tx,
  touched: { firms?: Iterable<string>; zones?: Iterable<string> },
): Promise<void> {
  const firms = [...(touched.firms ?? [])];
  const zones = [...(touched.zones ?? [])];
  if (firms.length + zones.length === 0) return;
  await tx.run(query('enterprise-scope/refresh'), { firms, zones });
}

/** What a start-up fill of derived data needs: a named read and one write transaction (Db.read, Db.write). */
export interface DerivedDb {
  read<R>(name: string, params?: Record<string, unknown>): Promise<R[]>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/**
 * Start-up migration of a database written before the firms had scope keys: refreshes the firms under each
 * top region (a province: at most ~75,000 firms on the national graph) in its own transaction, then writes a
 * marker. A fill cut short is run again from the start by the next start (it only recomputes). Does nothing
 * once the marker is there. Returns how many regions it refreshed.
 */
export async function fillScopeKeys(db: DerivedDb): Promise<number> {
  if ((await db.read('enterprise-scope/marker-read')).length > 0) return 0;
  const roots = (await db.read<{ id: string }>('enterprise-scope/roots')).map((r) => r.id);
  for (const id of roots) await db.write((tx) => refreshScopeKeys(tx, { zones: [id] }));
  await db.write(async (tx) => {
    await tx.run(query('enterprise-scope/marker'));
  });
  return roots.length;
}
