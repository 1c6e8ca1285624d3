/**
 * The producer counts of the links a bulk load created, computed by the loader from its own rows and stored in
 * bulk — the same counts cypher/link-counts/refresh.cypher stores (Product.producerCount: the link's local
 * producers; one (:LinkCount {link, scope, n}) per zone whose subtree holds n > 0 of them), without Neo4j
 * walking up the zone tree once per (firm, link) and aggregating: a link this load CREATEd has no producer but
 * the load's own PRODUCES rows, so its counts follow from those rows, the load's LOCATED_IN rows and the zone
 * tree (read from the database after the load, so zones that were there before — a seeded district's city and
 * province — count too). tests/integration/link-counts.test.ts checks the stored counts against counts computed
 * from the graph's edges.
 */
import type { Driver } from 'neo4j-driver';
import { query, statements } from '../../cypher/index.ts';
import { writeBatches } from './batches.ts';
import type { NationalGraph } from './graph.ts';

/** One created link: its local producers and, per zone scope holding any, how many (parallel lists). */
export type LinkCountRow = [link: string, producers: number, scopes: string[], counts: number[]];

/**
 * Counts per created link (every product of `g.products`, zeros included) from `g`'s rows. `parents`: each zone's
 * PART_OF parents as the database holds them after the load.
 */
export function countCreatedLinks(
  g: Pick<NationalGraph, 'products' | 'enterprises' | 'locatedIn' | 'produces'>,
  parents: ReadonlyMap<string, readonly string[]>,
): LinkCountRow[] {
  // Zones, firms and links as small integers: the inner loop (~0.9M firm-link pairs, a few scopes each) then adds
  // into one array instead of hashing strings (4 s → well under 1 s on the national graph).
  const zoneIds: string[] = [];
  const zoneIndex = new Map<string, number>();
  const zone = (id: string): number => {
    let i = zoneIndex.get(id);
    if (i === undefined) {
      i = zoneIds.push(id) - 1;
      zoneIndex.set(id, i);
    }
    return i;
  };
  // A zone and every zone above it (PART_OF*0..), once per zone.
  const above = new Map<string, readonly number[]>();
  const up = (start: string): readonly number[] => {
    let all = above.get(start);
    if (all) return all;
    const seen = new Set<string>();
    const todo = [start];
    for (let z = todo.pop(); z !== undefined; z = todo.pop()) {
      if (seen.has(z)) continue;
      seen.add(z);
      todo.push(...(parents.get(z) ?? []));
    }
    all = [...seen].map(zone);
    above.set(start, all);
    return all;
  };
  // Every scope of a local firm, once, however many of its zones share it.
  const local = new Set(g.enterprises.filter((e) => e.local).map((e) => e.id));
  const zonesOf = new Map<string, string[]>();
  for (const r of g.locatedIn) {
    if (!local.has(r.enterprise)) continue;
    const zones = zonesOf.get(r.enterprise);
    if (zones) zones.push(r.zone);
    else zonesOf.set(r.enterprise, [r.zone]);
  }
  const firmIndex = new Map<string, number>();
  const firmScopes: (readonly number[])[] = [];
  for (const id of local) {
    const zones = zonesOf.get(id) ?? [];
    firmIndex.set(id, firmScopes.length);
    firmScopes.push(zones.length === 1 ? up(zones[0] as string) : [...new Set(zones.flatMap(up))]);
  }
  const linkIndex = new Map(g.products.map((p, i) => [p.id, i]));
  const firmsOf: number[][] = g.products.map(() => []);
  for (const r of g.produces) {
    const link = linkIndex.get(r.product);
    const firm = firmIndex.get(r.enterprise);
    if (link !== undefined && firm !== undefined) firmsOf[link]?.push(firm);
  }
  const seenFor = new Int32Array(firmScopes.length).fill(-1);
  const perScope = new Int32Array(zoneIds.length);
  return g.products.map(({ id }, link) => {
    let producers = 0;
    const touched: number[] = [];
    for (const firm of firmsOf[link] ?? []) {
      if (seenFor[firm] === link) continue;
      seenFor[firm] = link;
      producers++;
      for (const s of firmScopes[firm] ?? []) {
        if (perScope[s] === 0) touched.push(s);
        perScope[s] = (perScope[s] as number) + 1;
      }
    }
    const scopes = touched.map((s) => zoneIds[s] as string);
    const counts = touched.map((s) => {
      const n = perScope[s] as number;
      perScope[s] = 0;
      return n;
    });
    return [id, producers, scopes, counts];
  });
}

/** Batches of rows holding about `size` LinkCount nodes each (a link with more scopes goes alone). */
export function countBatches(rows: readonly LinkCountRow[], size: number): LinkCountRow[][] {
  const batches: LinkCountRow[][] = [];
  let batch: LinkCountRow[] = [];
  let held = 0;
  for (const row of rows) {
    const weight = row[2].length + 1;
    if (batch.length > 0 && held + weight > size) {
      batches.push(batch);
      batch = [];
      held = 0;
    }
    batch.push(row);
    held += weight;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * The LinkCount (link, scope) uniqueness constraint, as the schema creates it: a bulk store of counts that are unique
 * by construction can drop it and create it again after (its index then populated once, from a sorted scan,
 * instead of a locking seek and an insert per count written; and its creation checks that no pair is doubled).
 */
export function linkCountKey(): { name: string; create: string } {
  const create = statements('schema/constraints').find((s) => /^CREATE CONSTRAINT link_count_key /.test(s));
  if (!create) throw new Error('cypher/schema/constraints.cypher: no link_count_key constraint');
  return { name: 'link_count_key', create };
}

/**
 * Reads the zone tree, counts the links `g` created and stores them, `concurrency` transactions at a time. With
 * `deferKey`, the LinkCount key is dropped while they are written and created again after (linkCountKey): only
 * for a load whose created links have no LinkCount yet and while nothing else writes counts.
 */
export async function storeCreatedLinkCounts(
  driver: Driver,
  g: Pick<NationalGraph, 'products' | 'enterprises' | 'locatedIn' | 'produces'>,
  opts: {
    database?: string | undefined;
    concurrency?: number;
    batch?: number;
    deferKey?: boolean;
    /** Filled with the milliseconds of counting (tree read and rows), writing, and creating the key again. */
    phases?: { countMs?: number; writeMs?: number; keyMs?: number };
  } = {},
): Promise<number> {
  const t0 = performance.now();
  const tree = await driver.executeQuery(query('bench/zone-parents'), {}, { database: opts.database });
  const parents = new Map<string, string[]>();
  for (const r of tree.records) {
    const zone = r.get('zone') as string;
    parents.set(zone, [...(parents.get(zone) ?? []), r.get('parent') as string]);
  }
  const rows = countCreatedLinks(g, parents);
  const batches = countBatches(rows, opts.batch ?? 10_000);
  const cypher = query('bench/store-link-counts');
  const key = opts.deferKey ? linkCountKey() : null;
  const t1 = performance.now();
  if (key)
    await driver.executeQuery(`DROP CONSTRAINT ${key.name} IF EXISTS`, {}, { database: opts.database });
  let t2 = t1;
  try {
    await writeBatches(driver, opts, batches, (tx, batch) => tx.run(cypher, { rows: batch }));
  } finally {
    t2 = performance.now();
    // Created again even when a batch failed, so that the database keeps its schema.
    if (key) await driver.executeQuery(key.create, {}, { database: opts.database });
  }
  if (opts.phases)
    Object.assign(opts.phases, { countMs: t1 - t0, writeMs: t2 - t1, keyMs: performance.now() - t2 });
  return rows.length;
}
