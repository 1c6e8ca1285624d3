/**
 * Upstream of a link, breadth first through FEEDS: the nearest links first, at most `maxDepth` steps and at most
 * `limit` links. In a district the upstream of a product is a few dozen links; at national scale the product
 * graph is one connected web (six steps up from a typical product reach ~10,000 of 95,000 products), so the walk
 * stops once it has `limit` links — a screenful, the nearest ones — and says it was truncated. Each step is one query (`step`).
 */
export const UPSTREAM_LIMIT = 100;

export interface UpstreamLink {
  id: string;
  name: string;
  distance: number;
}

export type Step = (
  frontier: string[],
  seen: string[],
  limit: number,
) => Promise<{ id: string; name: string }[]>;

/** The links upstream of a product, in walk order, and whether the walk stopped at its limit. */
export interface Walked {
  links: UpstreamLink[];
  truncated: boolean;
}

/** A walk of `product`: at most `maxDepth` steps and `limit` links. */
export type Walk = (product: string, maxDepth: number, limit: number) => Promise<Walked>;

/** The walk that asks `step` for each breadth-first step. */
export const stepwise =
  (step: Step): Walk =>
  (product, maxDepth, limit) =>
    walkUpstream(product, maxDepth, step, limit);

export async function walkUpstream(
  product: string,
  maxDepth: number,
  step: Step,
  limit = UPSTREAM_LIMIT,
): Promise<Walked> {
  const links: UpstreamLink[] = [];
  const seen = new Set([product]);
  let frontier = [product];
  for (let distance = 1; distance <= maxDepth && frontier.length > 0; distance++) {
    const room = limit - links.length;
    // One more than there is room for tells whether the walk had to stop early.
    const next = await step(frontier, [...seen], room + 1);
    const kept = next.slice(0, room);
    for (const n of kept) {
      seen.add(n.id);
      links.push({ id: n.id, name: n.name, distance });
    }
    if (next.length > room) return { links, truncated: true };
    frontier = kept.map((n) => n.id);
  }
  return { links, truncated: false };
}
