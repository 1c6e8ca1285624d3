import { query } from '../cypher/index.ts';
import { type DerivedDb, refreshScopeKeys, type Tx } from './scopeKeys.ts';

/**
 * What a write touched, for the stored producer counts (cypher/link-counts/refresh.cypher): links whose
 * producers it changed directly (a PRODUCES edge removed), firms whose links, zone or `local` it changed (their
 * links now), and zones it joined to a new parent (the links produced by firms under them).
 */
export interface Touched {
  links?: Iterable<string>;
  firms?: Iterable<string>;
  zones?: Iterable<string>;
}

/**
 * Recomputes, inside the writer's transaction and after its changes, the producer counts of the links it
 * touched: Product.producerCount and the per-zone LinkCount nodes. Every writer of PRODUCES, LOCATED_IN,
 * PART_OF or a firm's `local` calls it; the chain view and the upstream gaps read the stored numbers. The firms'
 * scope keys depend on the same firms and zones, and are refreshed here too (seed/scopeKeys.ts).
 */
export async function refreshLinkCounts(tx: Tx, touched: Touched): Promise<void> {
  const links = [...(touched.links ?? [])];
  const firms = [...(touched.firms ?? [])];
  const zones = [...(touched.zones ?? [])];
  if (links.length + firms.length + zones.length === 0) return;
  await refreshScopeKeys(tx, { firms, zones });
  await tx.run(query('link-counts/refresh'), { links, firms, zones, within: null });
}

/** What filling the counts needs of the database: a named read and one write transaction (Db.read, Db.write). */
export type CountDb = DerivedDb;

/**
 * Links counted per transaction by fillLinkCounts and the bench loader's count (the national graph has ~95,000
 * links): 500 used 0.81-0.88x the Neo4j CPU of 2,000 on a quiet machine (docs/BENCHMARKS.md); 10,000 1.3x.
 */
export const FILL_BATCH = 500;

/**
 * Start-up check: counts every link whose counts were never stored (a database written before they existed),
 * FILL_BATCH links per transaction, in id order; a fill cut short is resumed by the next start. Does nothing on
 * a database whose counts are in place. Returns how many links it counted.
 */
export async function fillLinkCounts(db: CountDb, batch = FILL_BATCH): Promise<number> {
  let after = '';
  let counted = 0;
  for (;;) {
    const ids = (await db.read<{ id: string }>('link-counts/pending', { after, limit: batch })).map(
      (r) => r.id,
    );
    if (ids.length === 0) return counted;
    await db.write((tx) => refreshLinkCounts(tx, { links: ids }));
    counted += ids.length;
    after = ids[ids.length - 1] as string;
  }
}
