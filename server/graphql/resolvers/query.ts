import { readChains, readEnterprisePage, readGapCandidates, readUpstreamWalk } from '../../db/reads.ts';
import { search } from '../../db/search.ts';
import { toChain } from '../../domain/chain.ts';
import { upstreamGaps } from '../../domain/gapPipeline.ts';
import { MAX_LISTED_PRODUCERS } from '../../domain/status.ts';
import { UPSTREAM_LIMIT } from '../../domain/upstream.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { badInput, notFound } from '../errors.ts';
import type { EvidenceModel, ProductRow, Ref } from '../models.ts';
import { fieldsUnder, listedProducers, selects } from '../selection.ts';
import type { QueryResolvers } from '../types.generated.ts';

export const MAX_SEARCH_LENGTH = 50;

export function requireRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max}, got ${value}`);
  }
}

/**
 * The upstream list's product when the operation asks only its id and name (from the walk): no other field of it
 * is resolved, so the lists stay empty rather than read.
 */
const nameOnlyProduct = (p: Ref): ProductRow => ({
  ...p,
  sources: [],
  chains: [],
  upstream: [],
  downstream: [],
  targets: [],
  allProducers: [],
  producerTotal: 0,
  allProjects: [],
});

export const Query: QueryResolvers = {
  industries: async (_p, _a, ctx) => [...(await ctx.industries()).values()],

  chains: async (_p, { industry, zone, plan }, ctx, info) => {
    if (industry && !(await ctx.industries()).has(industry)) throw notFound('Industry', industry);
    const [scope, plans, hidden] = await Promise.all([
      ctx.scope(zone),
      ctx.planPeriods(),
      ctx.supersededPlans(),
    ]);
    if (plan && !plans.some((p) => p.id === plan)) throw notFound('Plan', plan);
    const rows = await readChains(ctx.db, {
      ids: null,
      industries: industry ? [industry] : null,
      zone: zone ?? null,
      plan: plan ?? null,
      hidden,
      listed: listedProducers(info, MAX_LISTED_PRODUCERS),
    });
    return rows.map((r) => toChain(r, scope));
  },

  // One round trip: the chain query also resolves the zone scope.
  chain: async (_p, { id, zone }, ctx, info) => {
    const rows = await readChains(ctx.db, {
      ids: [id],
      industries: null,
      zone: zone ?? null,
      listed: listedProducers(info, MAX_LISTED_PRODUCERS),
    });
    const row = rows[0];
    if (!row) throw notFound('Chain', id);
    if (zone && !row.scopeZone) throw notFound('Zone', zone);
    return toChain(row);
  },

  product: async (_p, { id, zone }, ctx) => {
    const [row, scope] = await Promise.all([ctx.products.load(id), ctx.scope(zone)]);
    if (!row) throw notFound('Product', id);
    return { ...row, scope };
  },

  upstreamGaps: async (
    _p,
    { product, zone, maxDepth, sort, listOtherDistricts, listCandidates },
    ctx,
    info,
  ) => {
    const depth = maxDepth ?? 6;
    requireRange('maxDepth', depth, 1, 20);
    if (listCandidates != null) requireRange('listCandidates', listCandidates, 0, UPSTREAM_LIMIT);
    // Listed among the candidates (the nearest 20 per gap), or only counted (the explorer's long list).
    const listOthers = listOtherDistricts ?? true;
    // The walk (with its edges) is one query, side by side with the scope and — unless only its id and name are
    // asked, which the walk returns — the product (its producers, chains, neighbours: a hub's are many).
    const nameOnly = [...fieldsUnder(info, ['product'])].every((f) => f === 'id' || f === 'name');
    const [scope, loaded, walked] = await Promise.all([
      ctx.scope(zone),
      nameOnly ? null : ctx.products.load(product),
      readUpstreamWalk(ctx.db, product, depth, UPSTREAM_LIMIT),
    ]);
    if (!walked || (!nameOnly && !loaded)) throw notFound('Product', product);
    const productRow = loaded ?? nameOnlyProduct(walked.product);
    const evidence = ctx.evidence(zone ?? null);
    const up = await upstreamGaps(
      product,
      depth,
      scope.label,
      {
        walk: async () => walked,
        evidence: (id) => evidence.load(id),
        candidates: (ids) =>
          readGapCandidates(
            ctx.db,
            ids,
            scope.zone ? { zone: scope.zone.id, zoneIds: scope.zoneIds } : null,
            listOthers,
          ),
        // Only the scope's own chains count in a gap's reach (domain/reach.ts chainsInScope).
        chains: (ids) => ctx.chainGraphs.around(ids, scope.districts),
        // 外区企业 counted, not listed: the link's producers in the graph less those in the scope.
        ...(!listOthers
          ? {
              others: (e: EvidenceModel) =>
                scope.zone ? Math.max(0, (e.producerTotal ?? 0) - (e.producerCount ?? 0)) : null,
            }
          : {}),
      },
      UPSTREAM_LIMIT,
      sort ?? 'PRIORITY',
      listCandidates ?? null,
    );
    const edges = walked.edges;
    return {
      product: { ...productRow, scope },
      scope,
      maxDepth: depth,
      limit: UPSTREAM_LIMIT,
      truncated: up.truncated,
      nodes: up.nodes,
      edges,
      gaps: up.gaps,
    };
  },

  zones: async (_p, _a, ctx) => [...(await ctx.zones()).values()],

  scope: (_p, { zone }, ctx) => ctx.scope(zone),

  zone: async (_p, { id }, ctx) => {
    const z = await ctx.zone.load(id);
    if (!z) throw notFound('Zone', id);
    return z;
  },

  // One round trip: the page query says whether the zone exists and returns the page's zones; the industries
  // (the filter's check, the firms' industry names) are read side by side with it.
  enterprises: async (_p, args, ctx, info) => {
    const first = args.first ?? 50;
    requireRange('first', first, 1, 200);
    const after = args.after ? decodeCursor(args.after) : null;
    const q = args.query?.trim().toLowerCase() || null;
    if (q && q.length > MAX_SEARCH_LENGTH)
      throw badInput('query', `must be at most ${MAX_SEARCH_LENGTH} characters`);
    const industries =
      args.industry || selects(info, ['edges', 'node', 'industries']) ? ctx.industries() : null;
    const [{ found, totalCount, page, zones }, known] = await Promise.all([
      readEnterprisePage(
        ctx.db,
        {
          zone: args.zone ?? null,
          product: args.product ?? null,
          industry: args.industry ?? null,
          local: args.local ?? null,
          query: q,
        },
        { after, limit: first + 1 },
      ),
      industries,
    ]);
    if (args.zone && !found) throw notFound('Zone', args.zone);
    if (args.industry && !known?.has(args.industry)) throw notFound('Industry', args.industry);
    for (const z of zones) ctx.zone.prime(z.id, z);
    const nodes = page.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.name, node.id), node }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },

  search: async (_p, { query, first }, ctx) => {
    const q = query.trim();
    if (q.length === 0) throw badInput('query', 'must not be empty');
    if (q.length > MAX_SEARCH_LENGTH)
      throw badInput('query', `must be at most ${MAX_SEARCH_LENGTH} characters`);
    const n = first ?? 20;
    requireRange('first', n, 1, 200);
    return search(ctx.db, q, n);
  },

  source: async (_p, { id }, ctx) => {
    const s = await ctx.sources.load(id);
    if (!s) throw notFound('Source', id);
    return s;
  },

  indicators: (_p, _a, ctx) => ctx.indicators(),
};
