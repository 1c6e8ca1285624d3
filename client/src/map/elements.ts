import type { ElementDefinition } from 'cytoscape';
import type { Status } from '../i18n/zh.ts';

export interface MapLink {
  stage: number;
  status: Status;
  product: { id: string; name: string };
  sharedWith: { id: string; name: string }[];
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
      label: l.sharedWith.length > 0 ? `${l.product.name} ⇄` : l.product.name,
      name: l.product.name,
      stage: l.stage,
      status: l.status,
      shared: l.sharedWith.length > 0,
    },
  }));
  const edges: ElementDefinition[] = feeds
    .filter((f) => ids.has(f.from) && ids.has(f.to))
    .map((f) => ({ group: 'edges', data: { id: `${f.from}→${f.to}`, source: f.from, target: f.to } }));
  return [...nodes, ...edges];
}
