import { isComparedRegion, isRegionKind } from '../../../vocab/region.ts';
import { countStatuses } from '../../../vocab/status.ts';
import { readChains } from '../../db/reads.ts';
import { toChain } from '../../domain/chain.ts';
import { explain, MAX_LISTED_PRODUCERS, STRONG_MIN_PRODUCERS } from '../../domain/status.ts';
import { readPlanIndustries } from '../../plans/read.ts';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import type {
  ChainGapCountModel,
  ChainModel,
  LinkModel,
  ProductModel,
  ProjectDetail,
  ProjectModel,
  SoughtLinkModel,
  SourceModel,
  ZoneModel,
} from '../models.ts';
import { listedProducers } from '../selection.ts';
import { quoteContext } from '../sourceText.ts';
import type { Resolvers } from '../types.generated.ts';
import { gapFields, zoneGaps } from './gapFields.ts';
import { freshness } from './mutationAudit.ts';
import { targetsField } from './plans.ts';
import { requireRange } from './query.ts';

/** Zone.descendants: how many zones it answers without `first`, and the most it answers. */
export const DESCENDANTS_DEFAULT = 100;
export const MAX_DESCENDANTS = 500;

async function loadSources(ctx: Context, ids: readonly string[] | undefined): Promise<SourceModel[]> {
  const rows = await ctx.sources.loadMany([...(ids ?? [])]);
  return rows.filter((s): s is SourceModel => s !== null && !(s instanceof Error));
}

async function zonesByIds(ctx: Context, ids: readonly string[]): Promise<ZoneModel[]> {
  const zones = await ctx.zone.loadMany(ids);
  return zones.filter((z): z is ZoneModel => z !== null && !(z instanceof Error));
}

async function industriesByIds(ctx: Context, ids: readonly string[]) {
  const all = await ctx.industries();
  return ids.map((id) => all.get(id)).filter((i) => i !== undefined);
}

async function projectDetail(ctx: Context, p: ProjectModel) {
  const d = await ctx.projects.load(p.id);
  if (!d) throw new Error(`Project ${p.id} vanished while resolving`);
  return d;
}

const zoneChainsOnce = new WeakMap<object, Promise<ChainModel[]>>();
const focusOnce = new WeakMap<object, Promise<string[]>>();

/**
 * A zone's focus industries: the ones the plan names for it (FOCUSES_ON: Qijiang's 组团 and 园区); for a region
 * (区县/市/省) that has none of its own, the industries of the current plan of the nearest plan owner at or above it
 * (its own plan; a district without one, its city's) — a district's page listed 主导产业 “—” and no chain's
 * strength, although its plan states them. Read once per zone object.
 */
function focusOf(ctx: Context, z: ZoneModel): Promise<string[]> {
  let p = focusOnce.get(z);
  if (!p) {
    p =
      z.focusIndustries.length > 0 || !isRegionKind(z.kind)
        ? Promise.resolve(z.focusIndustries)
        : ctx.planOwner(z.id).then(async (owner) => {
            const current = owner ? (await ctx.districtPlans(owner)).find((plan) => plan.current) : undefined;
            return current ? readPlanIndustries(ctx.db, current.id) : [];
          });
    focusOnce.set(z, p);
  }
  return p;
}

type SoughtRow = Omit<SoughtLinkModel, 'product' | 'district'> & { product: string };
const zoneSoughtOnce = new WeakMap<ZoneModel, Promise<SoughtRow[]>>();

/**
 * The links the plans in a zone's scope seek, gaps first, then the most-sought (cypher/zone-sought.cypher), read
 * once per zone object.
 */
function zoneSought(ctx: Context, z: ZoneModel): Promise<SoughtRow[]> {
  let p = zoneSoughtOnce.get(z);
  if (!p) {
    p = ctx.db.read<SoughtRow>('zone-sought', { zone: z.id, strongMin: STRONG_MIN_PRODUCERS });
    zoneSoughtOnce.set(z, p);
  }
  return p;
}

/** The chains of a zone's focus and key industries in the zone's scope, read once per zone object. */
function zoneChains(ctx: Context, z: ZoneModel): Promise<ChainModel[]> {
  let p = zoneChainsOnce.get(z);
  if (!p) {
    p = focusOf(ctx, z).then((focus) => {
      const industries = [...new Set([...focus, ...z.keyFor])];
      return industries.length === 0
        ? []
        : Promise.all([readChains(ctx.db, { ids: null, industries, zone: z.id }), ctx.scope(z.id)]).then(
            ([rows, scope]) => rows.map((r) => toChain(r, scope)),
          );
    });
    zoneChainsOnce.set(z, p);
  }
  return p;
}

export const types: Omit<Resolvers, 'Query'> = {
  Industry: {
    chains: async (i, _a, ctx, info) => {
      const rows = await readChains(ctx.db, {
        ids: null,
        industries: [i.id],
        zone: null,
        listed: listedProducers(info, MAX_LISTED_PRODUCERS),
      });
      const scope = await ctx.scope(null);
      return rows.map((r) => toChain(r, scope));
    },
    keyZones: (i, _a, ctx) => zonesByIds(ctx, i.keyZones),
    focusZones: (i, _a, ctx) => zonesByIds(ctx, i.focusZones),
    sources: (i, _a, ctx) => loadSources(ctx, i.sources),
    ...targetsField,
  },

  Chain: {
    industry: async (c, _a, ctx) => {
      const i = (await ctx.industries()).get(c.industry);
      if (!i) throw new Error(`Chain ${c.id} has no industry`);
      return i;
    },
    entered: (c) => c.entered === true,
    counts: (c) => countStatuses(c.links.map((l) => l.status)),
    districts: (c, _a, ctx) =>
      c.scope.zone && isComparedRegion(c.scope.zone.kind)
        ? ctx.chainDistricts(c.scope.zone.id).load(c.id)
        : [],
    sources: (c, _a, ctx) => loadSources(ctx, c.sources),
    ...freshness,
  },

  ChainLink: gapFields<LinkModel>((l) => l),

  ChainDistrict: {
    district: async (d, _a, ctx) => {
      const z = await ctx.zone.load(d.district.id);
      if (!z) throw new Error(`District ${d.district.id} vanished`);
      return z;
    },
  },

  DistrictLink: {
    productId: (l) => l.product.id,
    name: (l) => l.product.name,
    strongIn: (l) => l.strongIn.map((z) => z.name),
  },

  Scope: {
    zone: async (s, _a, ctx) => (s.zone ? await ctx.zone.load(s.zone.id) : null),
    district: async (s, _a, ctx) => {
      const id = await ctx.scopeDistrict(s.zone?.id ?? null);
      return id ? await ctx.zone.load(id) : null;
    },
  },

  Plan: {
    industryTargets: async (p, _a, ctx) => (await ctx.industryTargets(p.district.id)).get(p.id) ?? [],
  },

  Product: {
    status: async (p, _a, ctx) =>
      explain(await ctx.evidence(p.scope.zone?.id ?? null).load(p.id), p.scope.label).status,
    reason: async (p, _a, ctx) =>
      explain(await ctx.evidence(p.scope.zone?.id ?? null).load(p.id), p.scope.label),
    producers: (p) => p.allProducers,
    producerTotal: (p) => p.producerTotal,
    projects: (p) => p.allProjects,
    sources: (p, _a, ctx) => loadSources(ctx, p.sources),
    ...gapFields<ProductModel>(async (p, ctx) => {
      const reason = explain(await ctx.evidence(p.scope.zone?.id ?? null).load(p.id), p.scope.label);
      return { status: reason.status, product: { id: p.id, name: p.name }, reason, scope: p.scope };
    }),
  },

  Enterprise: {
    origin: (e) => e.origin ?? 'plan',
    producesSource: async (e, _a, ctx) =>
      e.producesSource ? await ctx.sources.load(e.producesSource) : null,
    zone: async (e, _a, ctx) => {
      const ref = e.zone !== undefined ? e.zone : ((await ctx.enterprises.load(e.id))?.zone ?? null);
      return ref ? await ctx.zone.load(ref.id) : null;
    },
    products: async (e, _a, ctx) => e.products ?? (await ctx.enterprises.load(e.id))?.products ?? [],
    statedProducts: async (e, _a, ctx) =>
      e.statedProducts !== undefined
        ? (e.statedProducts ?? [])
        : ((await ctx.enterprises.load(e.id))?.statedProducts ?? []),
    targetFor: async (e, _a, ctx) => (await ctx.enterprises.load(e.id))?.targetFor ?? [],
    targetForChains: async (e, _a, ctx) => (await ctx.enterprises.load(e.id))?.targetForChains ?? [],
    industries: async (e, _a, ctx) =>
      industriesByIds(ctx, e.industries ?? (await ctx.enterprises.load(e.id))?.industries ?? []),
    projects: async (e, _a, ctx) => {
      const ids = (await ctx.enterprises.load(e.id))?.projects ?? [];
      const rows = await ctx.projects.loadMany(ids);
      return rows.filter((r): r is ProjectDetail => r !== null && !(r instanceof Error));
    },
    sources: async (e, _a, ctx) => loadSources(ctx, e.sources ?? (await ctx.enterprises.load(e.id))?.sources),
    creditCode: async (e, _a, ctx) =>
      e.creditCode !== undefined ? e.creditCode : ((await ctx.enterprises.load(e.id))?.creditCode ?? null),
    note: async (e, _a, ctx) =>
      e.note !== undefined ? e.note : ((await ctx.enterprises.load(e.id))?.note ?? null),
    ...freshness,
  },

  Project: {
    capacities: (p) =>
      p.capacityValues.map((value, i) => ({
        value,
        unit: p.capacityUnits[i] ?? '',
        product: p.capacityProducts[i] || null,
      })),
    industry: async (p, _a, ctx) => (p.industry ? ((await ctx.industries()).get(p.industry) ?? null) : null),
    enterprise: async (p, _a, ctx) => {
      const d = await projectDetail(ctx, p);
      return d.enterprise ? await ctx.enterprises.load(d.enterprise) : null;
    },
    zone: async (p, _a, ctx) => {
      const ref = p.zone !== undefined ? p.zone : (await projectDetail(ctx, p)).zone;
      return ref ? await ctx.zone.load(ref.id) : null;
    },
    products: async (p, _a, ctx) => (await projectDetail(ctx, p)).products,
    sources: (p, _a, ctx) => loadSources(ctx, p.sources),
    ...freshness,
  },

  Zone: {
    ...targetsField,
    parent: async (z, _a, ctx) => (z.parent ? await ctx.zone.load(z.parent) : null),
    enterpriseCount: (z, _a, ctx) => ctx.zoneEnterpriseCounts.load(z.id),
    children: (z, _a, ctx) => zonesByIds(ctx, z.children),
    childCount: (z) => z.children.length,
    // At most `first` (scope-tree/descendants.cypher: level by level, by id within a level), through the
    // batched zone loader: a province answers its first levels, not thousands of zones.
    descendants: async (z, { first }, ctx) => {
      const n = first ?? DESCENDANTS_DEFAULT;
      requireRange('first', n, 1, MAX_DESCENDANTS);
      const rows = await ctx.db.read<{ id: string }>('scope-tree/descendants', { zone: z.id, first: n });
      return zonesByIds(
        ctx,
        rows.map((r) => r.id),
      );
    },
    // A region's own plans: a district's, or a city's or province's that owns one (empty for any other zone).
    plans: (z, _a, ctx) => (isRegionKind(z.kind) ? ctx.districtPlans(z.id) : []),
    focusIndustries: async (z, _a, ctx) => industriesByIds(ctx, await focusOf(ctx, z)),
    keyFor: (z, _a, ctx) => industriesByIds(ctx, z.keyFor),
    projects: async (z, _a, ctx) => {
      const rows = await ctx.db.read<{ project: ProjectModel }>('zone-projects', { zone: z.id });
      return rows.map((r) => r.project);
    },
    chainGaps: async (z, _a, ctx): Promise<ChainGapCountModel[]> =>
      (await zoneChains(ctx, z)).map((c) => ({
        chain: { id: c.id, name: c.name },
        counts: countStatuses(c.links.map((l) => l.status)),
      })),
    gaps: async (z, { sort, first }, ctx) => {
      const n = first ?? 10;
      if (!Number.isInteger(n) || n < 1 || n > 100)
        throw badInput('first', `must be an integer from 1 to 100, got ${n}`);
      return zoneGaps(ctx, await zoneChains(ctx, z), sort ?? 'PRIORITY', n);
    },
    soughtLinks: async (z, { first }, ctx): Promise<SoughtLinkModel[]> => {
      const n = first ?? 30;
      if (!Number.isInteger(n) || n < 1 || n > 100)
        throw badInput('first', `must be an integer from 1 to 100, got ${n}`);
      // Only the rows listed are scoped (status, reason, priority): a province's hundreds each asked for a priority
      // in one batch that ran out of transaction memory on the national graph (every row an error).
      const [rows, scope] = await Promise.all([zoneSought(ctx, z), ctx.scope(z.id)]);
      const shown = rows.slice(0, n);
      const products = await Promise.all(shown.map((r) => ctx.products.load(r.product)));
      return shown.flatMap((r, i) => {
        const row = products[i];
        const [district] = r.districts;
        return row && district
          ? [{ product: { ...row, scope }, district, districts: r.districts, sources: r.sources }]
          : [];
      });
    },
    soughtLinkCount: async (z, _a, ctx) => (await zoneSought(ctx, z)).length,
    sources: (z, _a, ctx) => loadSources(ctx, z.sources),
    ...freshness,
  },

  SoughtLink: {
    sources: (s, _a, ctx) => loadSources(ctx, s.sources),
  },

  PriorityPart: {
    sources: (p, _a, ctx) => loadSources(ctx, p.sources ?? []),
  },

  Source: {
    before: (s) => quoteContext(s.document.file, s.start, s.quote.length).before,
    after: (s) => quoteContext(s.document.file, s.start, s.quote.length).after,
  },

  Candidate: {
    source: async (c, _a, ctx) => (c.source ? await ctx.sources.load(c.source) : null),
    district: async (c, _a, ctx) => (c.district ? await ctx.zone.load(c.district.id) : null),
  },

  Indicator: {
    sources: (k, _a, ctx) => loadSources(ctx, k.sources),
  },
};
