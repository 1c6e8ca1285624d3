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

function adjacency(edges: readonly { from: string; to: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  return out;
}

/** Every link reachable from `start` (not counting it). */
function downstream(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const n of next.get(at) ?? []) {
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
  if (!g.links.includes(gap)) return false;
  const hasIn = new Set(g.feeds.map((f) => f.to));
  const hasOut = new Set(g.feeds.map((f) => f.from));
  const sources = g.links.filter((l) => !hasIn.has(l));
  const sinks = new Set(g.links.filter((l) => !hasOut.has(l)));
  if (sources.length === 0 || sinks.size === 0) return false;
  const next = adjacency(g.feeds.filter((f) => f.from !== gap && f.to !== gap));
  const seen = new Set<string>();
  const queue = sources.filter((s) => s !== gap);
  for (const s of queue) seen.add(s);
  while (queue.length > 0) {
    const at = queue.shift() as string;
    if (sinks.has(at) && at !== gap) return false;
    for (const n of next.get(at) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return true;
}

/** The reach of `gap` over the chains it belongs to (the others are ignored). */
export function reachOf(gap: string, chains: readonly ChainGraph[]): Reach {
  const mine = chains.filter((c) => c.links.includes(gap));
  if (mine.length === 0) return NO_REACH;
  const below = downstream(gap, adjacency(mine.flatMap((c) => c.feeds)));
  const targets = new Map(mine.map((c) => [c.industry, c.output2025 ?? 0]));
  return {
    links: below.size,
    chains: mine.map((c) => c.chain),
    output2025: [...targets.values()].reduce((a, b) => a + b, 0),
    breaks: mine.filter((c) => breaksChain(gap, c)).map((c) => c.chain),
  };
}
