import { query } from '../cypher/index.ts';
import type { SeedGraph } from './compile.ts';

/** What the seed writer needs of a transaction (a neo4j-driver Transaction is one). */
export interface Tx {
  run(text: string, params?: Record<string, unknown>): PromiseLike<unknown>;
}

/**
 * Runs work in one write transaction that also marks the graph changed — the server's Db.write
 * (server/db/neo4j.ts) is one; seed/ is given it rather than importing the server.
 */
export interface GraphWriter {
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface WriteOptions {
  /** Delete the seeded graph first, in the same transaction. */
  reset?: boolean;
}

/**
 * Each kind of row, in the order written, with the statement that writes it: cypher/seed/<name>.cypher, except
 * HAS_LINK, which is the plan import's statement (the same MERGE).
 */
const ROWS: [statement: string, rows: (g: SeedGraph) => unknown[]][] = [
  ['seed/sources', (g) => g.sources],
  ['seed/industries', (g) => g.industries],
  ['seed/chains', (g) => g.chains],
  ['seed/products', (g) => g.products],
  ['imports/has-link', (g) => g.hasLink],
  ['seed/feeds', (g) => g.feeds],
  ['seed/zones', (g) => g.zones],
  ['seed/part-of', (g) => g.partOf],
  ['seed/focuses', (g) => g.focuses],
  ['seed/key-zones', (g) => g.keyZones],
  ['seed/enterprises', (g) => g.enterprises],
  ['seed/located-in', (g) => g.locatedIn],
  ['seed/produces', (g) => g.produces],
  ['seed/target-for-product', (g) => g.targetFor.filter((t) => t.kind === 'Product')],
  ['seed/target-for-chain', (g) => g.targetFor.filter((t) => t.kind === 'Chain')],
  ['seed/projects', (g) => g.projects],
  ['seed/builds', (g) => g.builds],
  ['seed/in-zone', (g) => g.inZone],
  ['seed/by', (g) => g.by],
  ['seed/indicators', (g) => g.indicators],
];

/**
 * Writes the compiled seed graph in ONE transaction: all or nothing. Every statement MERGEs on `id`, so
 * loading the same seed twice changes nothing.
 */
export async function writeSeed(db: GraphWriter, g: SeedGraph, opts: WriteOptions = {}): Promise<void> {
  await db.write(async (tx) => {
    if (opts.reset) await tx.run(query('seed/reset'));
    await tx.run(query('seed/document'), { document: g.document });
    for (const [name, rows] of ROWS) await tx.run(query(name), { rows: rows(g) });
  });
}
