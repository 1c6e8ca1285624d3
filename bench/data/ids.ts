/**
 * Node ids for the loader's relationship rows. A relationship kind of the bulk load (PRODUCES, LOCATED_IN, FEEDS,
 * MAIN_PRODUCT: 1.6M rows) used to find both ends by their `id` through the uniqueness constraints' indexes: in a
 * writing statement that is a *locking* unique index seek, which also takes an index-entry lock the commit then
 * releases — a fifth of the Neo4j CPU of writing those kinds in a flight recording of the national import
 * (docs/BENCHMARKS.md, "The import's producer counts and node lookups"). The statements now find their ends by
 * Neo4j's internal node id (NodeByIdSeek: a record read, no index, no lock): the node kinds return the ids of the
 * nodes they create (one row of two lists a batch), and the ends that are older than the load (seeded products, the
 * seed's district and regions, every node a district slice references) are looked up once per node, read-only. The
 * ids are only held for the load's duration, in which nothing is deleted, so none is reused under them.
 */
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';
import type { Kind, NationalGraph } from './graph.ts';

export type Label = 'Product' | 'Zone' | 'Enterprise';

/** The node kinds whose statements return `keys, ns` (the rows' ids and the created nodes' internal ids). */
export const RETURNS_IDS: Partial<Record<Kind, Label>> = { products: 'Product', enterprises: 'Enterprise' };

/** Per relationship kind, the columns naming a node, sent as internal ids. */
export const REFS: Partial<Record<Kind, Record<string, Label>>> = {
  feeds: { from: 'Product', to: 'Product' },
  locatedIn: { enterprise: 'Enterprise', zone: 'Zone' },
  produces: { enterprise: 'Enterprise', product: 'Product' },
  mainProduct: { enterprise: 'Enterprise', product: 'Product' },
};

const LOOKUP: Record<Label, string> = {
  Product: 'bench/product-ids',
  Zone: 'bench/zone-ids',
  Enterprise: 'bench/enterprise-ids',
};

/** Ids per label, as sent (driver Integers: a JS number would go as a float). */
export class NodeIds {
  private readonly ids: Record<Label, Map<string, Integer>> = {
    Product: new Map(),
    Zone: new Map(),
    Enterprise: new Map(),
  };

  /** Records the `keys, ns` lists (ids and internal ids, in one order) a node or lookup statement returned. */
  record(label: Label, records: readonly { get(key: string): unknown }[]): void {
    const ids = this.ids[label];
    for (const r of records) {
      const keys = r.get('keys') as string[];
      const ns = r.get('ns') as number[];
      for (const [i, key] of keys.entries()) ids.set(key, neo4j.int(ns[i] as number));
    }
  }

  /** Looks up, once each, the ends of `kind`'s rows not recorded yet (nodes older than the load). */
  async resolve(driver: Driver, g: NationalGraph, kind: Kind, database?: string): Promise<void> {
    const refs = REFS[kind];
    if (!refs) return;
    const rows = g[kind] as unknown as Record<string, string>[];
    for (const [column, label] of Object.entries(refs)) {
      const ids = this.ids[label];
      const missing = [...new Set(rows.map((r) => r[column] as string))].filter((k) => !ids.has(k));
      for (let i = 0; i < missing.length; i += 50_000) {
        const res = await driver.executeQuery(
          query(LOOKUP[label]),
          { keys: missing.slice(i, i + 50_000) },
          { database, routing: 'READ' },
        );
        this.record(label, res.records);
      }
    }
  }

  /** The row with its node columns replaced by ids (null for a node that does not exist: the row writes nothing). */
  translate(kind: Kind, row: Record<string, unknown>): Record<string, unknown> {
    const refs = REFS[kind];
    if (!refs) return row;
    const out = { ...row };
    for (const [column, label] of Object.entries(refs))
      out[column] = this.ids[label].get(row[column] as string) ?? null;
    return out;
  }
}
