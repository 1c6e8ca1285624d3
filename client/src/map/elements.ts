import type { ElementDefinition } from 'cytoscape';
import type { LinkStatus } from '../../../vocab/status.ts';

export interface MapLink {
  stage: number;
  status: LinkStatus;
  product: { id: string; name: string };
  sharedWith: { id: string; name: string }[];
  /** A link of an expanded neighbouring chain, drawn lighter. */
  neighbour?: boolean;
  /** Its leads (招商线索) per stage, e.g. 线索2 洽谈1: a second line under the name. */
  leads?: string;
}
export interface MapFeed {
  from: string;
  to: string;
}

/** API chain → Cytoscape elements: one node per link (with its stage and status), one edge per FEEDS. */
export function chainElements(links: readonly MapLink[], feeds: readonly MapFeed[]): ElementDefinition[] {
  const ids = new Set(links.map((l) => l.product.id));
  const nodes: ElementDefinition[] = links.map((l) => ({
    group: 'nodes',
    data: {
      id: l.product.id,
      label: `${l.sharedWith.length > 0 ? `${l.product.name} ⇄` : l.product.name}${l.leads ? `\n${l.leads}` : ''}`,
      name: l.product.name,
      stage: l.stage,
      status: l.status,
      shared: l.sharedWith.length > 0,
      ...(l.neighbour ? { neighbour: true } : {}),
    },
  }));
  const edges: ElementDefinition[] = feeds
    .filter((f) => ids.has(f.from) && ids.has(f.to))
    .map((f) => ({ group: 'edges', data: { id: `${f.from}→${f.to}`, source: f.from, target: f.to } }));
  return [...nodes, ...edges];
}

/** A chain with some neighbouring chains expanded: their links join the map, marked as neighbours. */
export function withNeighbours(
  links: readonly MapLink[],
  feeds: readonly MapFeed[],
  neighbours: readonly { links: readonly MapLink[]; feeds: readonly MapFeed[] }[],
): ElementDefinition[] {
  const all = new Map(links.map((l) => [l.product.id, l]));
  const allFeeds = new Map(feeds.map((f) => [`${f.from}>${f.to}`, f]));
  for (const n of neighbours) {
    for (const l of n.links) if (!all.has(l.product.id)) all.set(l.product.id, { ...l, neighbour: true });
    for (const f of n.feeds) allFeeds.set(`${f.from}>${f.to}`, f);
  }
  return chainElements([...all.values()], [...allFeeds.values()]);
}

/** The map's nodes and edges by id, in order: a map is built anew only when this changes (ChainMap). */
export function structureKey(elements: readonly ElementDefinition[]): string {
  return elements.map((e) => `${e.group === 'edges' ? 'e' : 'n'}:${String(e.data.id)}`).join('\n');
}

/** The data of the nodes whose data differs from what the map holds (`current` reads a node's data by id). */
export function changedData(
  elements: readonly ElementDefinition[],
  current: (id: string) => Record<string, unknown> | undefined,
): (Record<string, unknown> & { id: string })[] {
  const out: (Record<string, unknown> & { id: string })[] = [];
  for (const e of elements) {
    if (e.group !== 'nodes') continue;
    const id = String(e.data.id);
    const now = current(id) ?? {};
    const next = e.data as Record<string, unknown>;
    const keys = new Set([...Object.keys(now), ...Object.keys(next)]);
    if ([...keys].some((k) => now[k] !== next[k])) out.push({ ...next, id });
  }
  return out;
}
