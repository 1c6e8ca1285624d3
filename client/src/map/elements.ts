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
