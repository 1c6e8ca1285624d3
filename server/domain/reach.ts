/**
 * What depends on a gap, from the chains around it (cypher/gap-chains, chain-graphs): the links downstream of it through
 * FEEDS, the chains it belongs to and their industries' 2025 output targets, and the chains it breaks — those in
 * which every path from a raw material (a link nothing feeds) to an end product (a link that feeds nothing)
 * passes through it. Pure; the priority rule (priority.ts) turns this into a score.
 */
import type { Ref } from '../graphql/models.ts';

/** One chain's FEEDS subgraph: its links and the edges it states. */
export interface ChainGraph {
  chain: Ref;
  industry: string;
  /** The industry's 2025 output target, 亿元; null when the plan gives none. */
  output2025: number | null;
  /** The districts whose plans hold the industry; empty for a chain of no plan. */
  districts: string[];
  links: string[];
  feeds: { from: string; to: string }[];
}

export interface Reach {
  /** Distinct links downstream of the gap through the FEEDS edges of its chains. */
  links: number;
  /** The chains the gap is a link of. */
  chains: Ref[];
  /** The sum of the 2025 output targets of those chains' industries (each industry once), 亿元. */
  output2025: number;
  /** The chains the gap breaks (see breaksChain). */
  breaks: Ref[];
}

export const NO_REACH: Reach = { links: 0, chains: [], output2025: 0, breaks: [] };

/**
 * The chains a scope counts in a gap's reach, as it lists them (cypher/fragments/scope-plans): those of its
 * districts' plans and those of no plan; every chain for the whole graph (`districts` null). Another district's
 * chain through the same link is its own chain, not this scope's: its downstream and its industry's target are
 * left out, as its 招引对象 are (cypher/fragments/gap-candidates-rows).
 */
export function chainsInScope<T extends Pick<ChainGraph, 'districts'>>(
  graphs: readonly T[],
  districts: readonly string[] | null | undefined,
): T[] {
  if (districts == null) return [...graphs];
  const mine = new Set(districts);
  return graphs.filter((g) => g.districts.length === 0 || g.districts.some((d) => mine.has(d)));
}

/**
 * What reach needs of a chain, derived once per chain object: the server keeps chain structures across calls
 * under the graph's version (server/db/chainGraphs.ts), so each chain is prepared once, not once per gap per call.
 */
interface Prepared {
  links: Set<string>;
  next: Map<string, string[]>;
  sources: string[];
  sinks: Set<string>;
  /** breaksChain answers so far, by gap. */
  breaks: Map<string, boolean>;
  /**
   * reachOf answers so far for gaps whose first chain (in the order given) is this one, with the chains they were
   * computed over: the same gap over the same chain objects has the same reach.
   */
  reaches: Map<string, { over: readonly ChainGraph[]; reach: Reach }>;
}

const prepared = new WeakMap<Pick<ChainGraph, 'links' | 'feeds'>, Prepared>();

function adjacency(edges: readonly { from: string; to: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  return out;
}

function prepare(g: Pick<ChainGraph, 'links' | 'feeds'>): Prepared {
  let p = prepared.get(g);
  if (!p) {
    const hasIn = new Set(g.feeds.map((f) => f.to));
    const hasOut = new Set(g.feeds.map((f) => f.from));
    p = {
      links: new Set(g.links),
      next: adjacency(g.feeds),
      sources: g.links.filter((l) => !hasIn.has(l)),
      sinks: new Set(g.links.filter((l) => !hasOut.has(l))),
      breaks: new Map(),
      reaches: new Map(),
    };
    prepared.set(g, p);
  }
  return p;
}

/** Every link reachable from `start` (not counting it) through the FEEDS of any of `graphs`. */
function downstream(start: string, graphs: readonly Prepared[]): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    for (const g of graphs)
      for (const n of g.next.get(at) ?? []) {
        if (n === start || seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
  }
  return seen;
}

/**
 * True when no path from a raw material to an end product of the chain avoids `gap`: a cut vertex between the
 * chain's sources and sinks. A chain without sources or sinks (a cycle only) has none to cut.
 */
export function breaksChain(gap: string, g: Pick<ChainGraph, 'links' | 'feeds'>): boolean {
  const p = prepare(g);
  if (!p.links.has(gap)) return false;
  let answer = p.breaks.get(gap);
  if (answer === undefined) {
    answer = cuts(gap, p);
    p.breaks.set(gap, answer);
  }
  return answer;
}

function cuts(gap: string, p: Prepared): boolean {
  if (p.sources.length === 0 || p.sinks.size === 0) return false;
  const queue = p.sources.filter((s) => s !== gap);
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    if (p.sinks.has(at)) return false;
    for (const n of p.next.get(at) ?? []) {
      if (n !== gap && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return true;
}

/** The reach of `gap` over the chains it belongs to (the others are ignored). */
export function reachOf(gap: string, chains: readonly ChainGraph[]): Reach {
  const mine = chains.filter((c) => prepare(c).links.has(gap));
  const first = mine[0];
  if (first === undefined) return NO_REACH;
  // Kept chain structures are the same objects from call to call (server/db/chainGraphs.ts), so a gap asked again
  // is answered from what was computed for it: the walk downstream is most of an upstream call's own work.
  const kept = prepare(first).reaches.get(gap);
  if (kept && kept.over.length === mine.length && kept.over.every((c, i) => c === mine[i])) return kept.reach;
  const below = downstream(
    gap,
    mine.map((c) => prepare(c)),
  );
  const targets = new Map(mine.map((c) => [c.industry, c.output2025 ?? 0]));
  const reach: Reach = {
    links: below.size,
    chains: mine.map((c) => c.chain),
    output2025: [...targets.values()].reduce((a, b) => a + b, 0),
    breaks: mine.filter((c) => breaksChain(gap, c)).map((c) => c.chain),
  };
  prepare(first).reaches.set(gap, { over: mine, reach });
  return reach;
}
