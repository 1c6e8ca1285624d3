import type { ElementDefinition } from 'cytoscape';
import type { LinkStatus } from '../../../vocab/status.ts';
import { chainElements, type MapFeed, type MapLink } from './elements.ts';

export interface UpstreamNode {
  product: { id: string; name: string };
  distance: number;
  status: LinkStatus;
}

/**
 * The chain's links plus everything upstream of the focused link (which may lie in other chains), and the ids
 * to keep bright: the focused link and its upstream. Upstream nodes show their distance.
 */
export function upstreamElements(
  chainLinks: readonly MapLink[],
  chainFeeds: readonly MapFeed[],
  target: { id: string; name: string; status: LinkStatus },
  nodes: readonly UpstreamNode[],
  edges: readonly MapFeed[],
): { elements: ElementDefinition[]; highlight: Set<string> } {
  const distance = new Map(nodes.map((n) => [n.product.id, n.distance]));
  const links = new Map<string, MapLink>();
  for (const l of chainLinks) links.set(l.product.id, l);
  if (!links.has(target.id))
    links.set(target.id, { stage: 0, status: target.status, product: target, sharedWith: [] });
  for (const n of nodes) {
    if (!links.has(n.product.id))
      links.set(n.product.id, { stage: 0, status: n.status, product: n.product, sharedWith: [] });
  }
  const feeds = new Map<string, MapFeed>();
  for (const f of [...chainFeeds, ...edges]) feeds.set(`${f.from}>${f.to}`, f);
  const elements = chainElements([...links.values()], [...feeds.values()]).map((el) => {
    const d = el.group === 'nodes' ? distance.get(String(el.data.id)) : undefined;
    return d === undefined ? el : { ...el, data: { ...el.data, label: `${el.data.label}\n↑${d}` } };
  });
  return { elements, highlight: new Set([target.id, ...distance.keys()]) };
}
