/**
 * The chains around gap links, for the priority's reach (server/domain/reach.ts): which chains each gap is a
 * link of (cypher/gap-chains.cypher) and their structure — links, stated FEEDS, industry target
 * (cypher/chain-graphs.cypher). A chain's structure changes only when a plan or the seed is written, while every
 * upstreamGaps call needs the structure of the ~70 chains around its gaps (on the national benchmark graph about
 * 47,000 db hits, more than the rest of the call). So structures are kept in memory under the graph's version
 * (the response cache's GraphVersionWatch key: this process's own writes and the version every writer sets in
 * Neo4j) and dropped whole when it moves; so are the chains of each link asked before. Without a version (no response cache: tests, scripts, Neo4j down)
 * nothing is kept and both queries run.
 */
import { type ChainGraph, chainsInScope } from '../domain/reach.ts';
import type { Db } from './neo4j.ts';

/**
 * At most this many chains per gap link (by id) count in its reach, among the scope's own (a hub link of the
 * national graph, 面粉, is in 90 chains, and the reach part counts at most 15 downstream links anyway); at most
 * MAX_LISTED_CHAINS are listed per link to choose them from, so that a district's own chain is not cut off by
 * the chains of others that sort before it.
 */
export const MAX_REACH_CHAINS = 8;
export const MAX_LISTED_CHAINS = 400;

/** A chain a link belongs to, with the districts whose plans hold it (none: a chain of no plan). */
export interface LinkChain {
  id: string;
  districts: string[];
}

/**
 * The ids of the chains a scope counts in a link's reach: its districts' chains and those of no plan (every chain
 * for the whole graph, `districts` null), at most MAX_REACH_CHAINS, by id. Also the benchmark's raw replica.
 */
export function reachChains(chains: readonly LinkChain[], districts: readonly string[] | null | undefined) {
  return chainsInScope(chains, districts)
    .slice(0, MAX_REACH_CHAINS)
    .map((c) => c.id);
}

/** Structures kept at most (a national graph has ~1,000 chains; each is a few KB). */
const MAX_KEPT = 20_000;

export class ChainGraphCache {
  private key: string | undefined;
  /** Chain id → its structure, one per industry the chain belongs to. */
  private readonly graphs = new Map<string, ChainGraph[]>();
  /** Link id → the chains it is a link of (at most MAX_LISTED_CHAINS, by id), with their districts. */
  private readonly chainsOf = new Map<string, LinkChain[]>();

  constructor(
    private readonly db: Db,
    private readonly version: () => string | undefined = () => undefined,
  ) {}

  /**
   * The chains around `ids` that a scope counts (`districts`: those it touches; null: the whole graph): for each
   * link at most MAX_REACH_CHAINS of its chains in scope, each once, in chain id order — the structures of
   * those chains' industries in scope (domain/reach.ts chainsInScope).
   */
  async around(ids: readonly string[], districts: readonly string[] | null = null): Promise<ChainGraph[]> {
    if (ids.length === 0) return [];
    // The version is read before the queries: what is read across a write is kept under the old version.
    const key = this.version();
    if (key === undefined || key !== this.key) {
      this.graphs.clear();
      this.chainsOf.clear();
      this.key = key;
    }
    const unknown = [...new Set(ids)].filter((id) => !this.chainsOf.has(id));
    const read =
      unknown.length === 0
        ? []
        : await this.db.read<{ link: string; chains: LinkChain[] }>('gap-chains', {
            ids: unknown,
            maxChains: MAX_LISTED_CHAINS,
          });
    const keep = key !== undefined && this.key === key;
    const lists = new Map(read.map((r) => [r.link, r.chains]));
    if (keep && this.chainsOf.size + unknown.length <= MAX_KEPT * 10)
      for (const id of unknown) this.chainsOf.set(id, lists.get(id) ?? []);
    const chainIds = [
      ...new Set(ids.flatMap((id) => reachChains(this.chainsOf.get(id) ?? lists.get(id) ?? [], districts))),
    ].sort();
    const kept = new Map<string, ChainGraph[]>();
    const missing: string[] = [];
    for (const id of chainIds) {
      const g = this.graphs.get(id);
      if (g) kept.set(id, g);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const structures = await this.db.read<ChainGraph>('chain-graphs', { chains: missing });
      for (const g of structures) kept.set(g.chain.id, [...(kept.get(g.chain.id) ?? []), g]);
      if (keep && this.key === key && this.graphs.size + missing.length <= MAX_KEPT)
        for (const id of missing) this.graphs.set(id, kept.get(id) ?? []);
    }
    return chainsInScope(
      chainIds.flatMap((id) => kept.get(id) ?? []),
      districts,
    );
  }

  /** How many chains' structures are kept (for tests and the benchmark's notes). */
  get size(): number {
    return this.graphs.size;
  }
}
