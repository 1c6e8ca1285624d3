/**
 * The gap fields of chain links, products and zones: every one goes through domain/gapPipeline.ts `assessLink`
 * (kind, breaksChain, priority, ranked candidates), once per link object and request, over the batched loaders.
 */
import type { GapSort } from '../../../vocab/priority.ts';
import { type AssessableLink, assessLink } from '../../domain/gapPipeline.ts';
import { byPriority } from '../../domain/priority.ts';
import type { Context } from '../context.ts';
import type { GapAssessmentModel, LinkModel, Ref, ZoneGapModel } from '../models.ts';

const assessed = new WeakMap<object, Promise<GapAssessmentModel | null>>();

/** The assessment of a link (null when it is not a gap), memoised on the object that carries it. */
export function assessment(
  ctx: Context,
  key: object,
  link: AssessableLink,
): Promise<GapAssessmentModel | null> {
  let p = assessed.get(key);
  if (!p) {
    p = assessLink(link, {
      candidates: (id) => ctx.candidates(link.scope ?? null).load(id),
      reach: (id) => ctx.reach(link.scope?.districts).load(id),
    });
    assessed.set(key, p);
  }
  return p;
}

/** The four gap fields of an object whose link `linkOf` gives. */
export function gapFields<T extends object>(
  linkOf: (parent: T, ctx: Context) => Promise<AssessableLink> | AssessableLink,
) {
  const get = async (parent: T, ctx: Context) => assessment(ctx, parent, await linkOf(parent, ctx));
  return {
    candidates: async (parent: T, _a: unknown, ctx: Context) => (await get(parent, ctx))?.candidates ?? [],
    gapKind: async (parent: T, _a: unknown, ctx: Context) => (await get(parent, ctx))?.kind ?? null,
    breaksChain: async (parent: T, _a: unknown, ctx: Context) =>
      (await get(parent, ctx))?.breaksChain ?? false,
    priority: async (parent: T, _a: unknown, ctx: Context) => (await get(parent, ctx))?.priority ?? null,
  };
}

/** The gaps of a zone's chains, each link once (its first chain), by priority or in chain order; at most `first`. */
export async function zoneGaps(
  ctx: Context,
  chains: readonly { id: string; name: string; links: LinkModel[] }[],
  sort: GapSort,
  first: number,
): Promise<ZoneGapModel[]> {
  const seen = new Set<string>();
  const gaps: { chain: Ref; link: LinkModel }[] = [];
  for (const c of chains)
    for (const l of c.links) {
      if (seen.has(l.product.id)) continue;
      seen.add(l.product.id);
      gaps.push({ chain: { id: c.id, name: c.name }, link: l });
    }
  const rated = (
    await Promise.all(gaps.map(async (g) => ({ ...g, a: await assessment(ctx, g.link, g.link) })))
  ).flatMap((g) => (g.a ? [{ ...g, priority: g.a.priority, product: g.link.product }] : []));
  const ordered = sort === 'PRIORITY' ? byPriority(rated) : rated;
  return ordered.slice(0, first).map((g) => ({ chain: g.chain, link: g.link }));
}
