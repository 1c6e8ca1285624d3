/**
 * The chains around gap links, for the priority's reach (server/domain/reach.ts): which chains each gap is a
 * link of (cypher/gap-chains.cypher, every call) and their structure — links, stated FEEDS, industry target
 * (cypher/chain-graphs.cypher). A chain's structure changes only when a plan or the seed is written, while every
 * upstreamGaps call needs the structure of the ~70 chains around its gaps (on the national benchmark graph about
 * 47,000 db hits, more than the rest of the call). So structures are kept in memory under the graph's version
 * (the response cache's GraphVersionWatch key: this process's own writes and the version every writer sets in
 * Neo4j) and dropped whole when it moves. Without a version (no response cache: tests, scripts, Neo4j down)
 * nothing is kept and both queries run.
 */
import type { ChainGraph } from '../domain/reach.ts';
import type { Db } from './neo4j.ts';

/**
 * At most this many chains per gap link (by id) are read for its reach: a hub link of the national graph (面粉) is
 * in 90 chains, and the reach part counts at most 15 downstream links anyway.
 */
export const MAX_REACH_CHAINS = 8;

/** Structures kept at most (a national graph has ~1,000 chains; each is a few KB). */
const MAX_KEPT = 20_000;

export class ChainGraphCache {
  private key: string | undefined;
  /** Chain id → its structure, one per industry the chain belongs to. */
  private readonly graphs = new Map<string, ChainGraph[]>();

  constructor(
    private readonly db: Db,
    private readonly version: () => string | undefined = () => undefined,
  ) {}

  /** The chains around `ids`, each once, in chain id order. */
  async around(ids: readonly string[]): Promise<ChainGraph[]> {
    if (ids.length === 0) return [];
    // The version is read before the queries: a structure read across a write is kept under the old version.
    const key = this.version();
    const rows = await this.db.read<{ id: string }>('gap-chains', {
      ids: [...ids],
      maxChains: MAX_REACH_CHAINS,
    });
    if (key === undefined || key !== this.key) {
      this.graphs.clear();
      this.key = key;
    }
    const kept = new Map<string, ChainGraph[]>();
    const missing: string[] = [];
    for (const { id } of rows) {
      const g = this.graphs.get(id);
      if (g) kept.set(id, g);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const read = await this.db.read<ChainGraph>('chain-graphs', { chains: missing });
      for (const g of read) kept.set(g.chain.id, [...(kept.get(g.chain.id) ?? []), g]);
      if (key !== undefined && this.key === key && this.graphs.size + missing.length <= MAX_KEPT)
        for (const id of missing) this.graphs.set(id, kept.get(id) ?? []);
    }
    return rows.flatMap(({ id }) => kept.get(id) ?? []);
  }

  /** How many chains' structures are kept (for tests and the benchmark's notes). */
  get size(): number {
    return this.graphs.size;
  }
}
