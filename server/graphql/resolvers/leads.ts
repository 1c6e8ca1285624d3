/**
 * Reading the pipeline: the board's query, a lead's fields (its link's status and gap priority in its zone,
 * overdue, history), per-link lead counts for the chain map and the upstream view, and a chain's health series.
 */
import DataLoader from 'dataloader';
import { isOpenStage, type LeadStage } from '../../../vocab/lead.ts';
import { PRIORITY_TIERS } from '../../../vocab/priority.ts';
import { type AuditEvent, type DatedLink, healthSeries, monthsUpTo, sinceOf } from '../../domain/health.ts';
import { countLeads, isOverdue } from '../../domain/leads.ts';
import { explain } from '../../domain/status.ts';
import type { Context } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import type {
  AuditEntryModel,
  ChainModel,
  GapAssessmentModel,
  LeadCountModel,
  LeadModel,
  ProjectModel,
  Ref,
  UpstreamModel,
} from '../models.ts';
import type { QueryResolvers, Resolvers } from '../types.generated.ts';
import { assessment } from './gapFields.ts';

export const MAX_LEADS = 500;

const loaders = new WeakMap<Context, DataLoader<string, LeadModel | null>>();
const byProject = new WeakMap<Context, DataLoader<string, string | null>>();

/** Leads by id, batched per request. */
export function leadLoader(ctx: Context): DataLoader<string, LeadModel | null> {
  let l = loaders.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await ctx.db.read<{ lead: LeadModel }>('leads/by-id', { ids: [...ids] });
      const map = new Map(rows.map((r) => [r.lead.id, r.lead]));
      return ids.map((id) => map.get(id) ?? null);
    });
    loaders.set(ctx, l);
  }
  return l;
}

function projectLeadLoader(ctx: Context): DataLoader<string, string | null> {
  let l = byProject.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await ctx.db.read<{ project: string; lead: string }>('leads/by-project', {
        ids: [...ids],
      });
      const map = new Map(rows.map((r) => [r.project, r.lead]));
      return ids.map((id) => map.get(id) ?? null);
    });
    byProject.set(ctx, l);
  }
  return l;
}

/** The lead's link in the lead's zone: its status and reason, and (when a gap) its assessment. */
async function linkInZone(ctx: Context, l: LeadModel) {
  const [evidence, zone] = await Promise.all([ctx.evidence(l.zone).load(l.link.id), ctx.zone.load(l.zone)]);
  const reason = explain(evidence, zone?.name ?? l.zone);
  return { reason, status: reason.status, product: l.link };
}

function leadAssessment(ctx: Context, l: LeadModel): Promise<GapAssessmentModel | null> {
  return linkInZone(ctx, l).then((link) => assessment(ctx, l, link));
}

export const leadsQuery: Pick<QueryResolvers, 'leads' | 'lead'> = {
  leads: async (_p, args, ctx) => {
    const first = args.first ?? MAX_LEADS;
    if (!Number.isInteger(first) || first < 1 || first > MAX_LEADS)
      throw badInput('first', `must be an integer from 1 to ${MAX_LEADS}, got ${first}`);
    if (args.zone) await ctx.scope(args.zone);
    if (args.chain) {
      const [row] = await ctx.db.read<{ exists: boolean }>('leads/chain-exists', { chain: args.chain });
      if (!row?.exists) throw notFound('Chain', args.chain);
    }
    const rows = await ctx.db.read<{ lead: LeadModel }>('leads/list', {
      zone: args.zone ?? null,
      owner: args.owner?.trim() || null,
      chain: args.chain ?? null,
      stage: args.stage ?? null,
      first,
    });
    const leads = rows.map((r) => r.lead);
    const tier = args.tier;
    if (!tier || !PRIORITY_TIERS.includes(tier)) return leads;
    const rated = await Promise.all(leads.map(async (l) => ({ l, a: await leadAssessment(ctx, l) })));
    return rated.filter((x) => x.a?.priority.tier === tier).map((x) => x.l);
  },

  lead: async (_p, { id }, ctx) => {
    const l = await leadLoader(ctx).load(id);
    if (!l) throw notFound('Lead', id);
    return l;
  },
};

export const leadTypes: Pick<Resolvers, 'Lead'> = {
  Lead: {
    firm: (l, _a, ctx) => (l.firm ? ctx.enterprises.load(l.firm) : null),
    zone: async (l, _a, ctx) => {
      const z = await ctx.zone.load(l.zone);
      if (!z) throw notFound('Zone', l.zone);
      return z;
    },
    open: (l) => isOpenStage(l.stage),
    overdue: (l, _a, ctx) => isOverdue(l.stage, l.nextStepDate, ctx.now),
    linkStatus: async (l, _a, ctx) => (await linkInZone(ctx, l)).status,
    priority: async (l, _a, ctx) => (await leadAssessment(ctx, l))?.priority ?? null,
    project: async (l, _a, ctx) =>
      l.project ? ((await ctx.projects.load(l.project)) as ProjectModel) : null,
    // Names who changed what: a viewer token in every mode, as Query.audit.
    history: async (l, _a, ctx) => {
      await ctx.requireRole('viewer');
      const rows = await ctx.db.read<{ entry: AuditEntryModel }>('audit/list', { entity: l.id, first: 500 });
      return rows.map((r) => r.entry);
    },
  },
};

/** Project.lead: the lead the project was signed from. */
export async function projectLead(p: { id: string }, ctx: Context): Promise<LeadModel | null> {
  const id = await projectLeadLoader(ctx).load(p.id);
  return id ? leadLoader(ctx).load(id) : null;
}

/** Lead counts of the links `links` in a scope (the links keep their names), links with no lead left out. */
export async function leadCounts(
  ctx: Context,
  links: readonly Ref[],
  zone: string | null,
): Promise<LeadCountModel[]> {
  if (links.length === 0) return [];
  const rows = await ctx.db.read<{ product: string; stage: LeadStage }>('leads/counts', {
    ids: links.map((l) => l.id),
    zone,
  });
  const names = new Map(links.map((l) => [l.id, l]));
  return countLeads(rows).map((c) => ({
    ...c,
    product: names.get(c.product) ?? { id: c.product, name: c.product },
  }));
}

/** Chain.health: status counts at each month's end in the chain's scope (domain/health.ts). */
export async function chainHealth(ctx: Context, c: ChainModel, months: number) {
  if (!Number.isInteger(months) || months < 1 || months > 60)
    throw badInput('months', `must be an integer from 1 to 60, got ${months}`);
  const rows = await ctx.db.read<{ product: string; producers: string[]; projects: string[] }>(
    'leads/chain-health',
    { chain: c.id, zone: c.scope.zone?.id ?? null },
  );
  const ids = [...new Set(rows.flatMap((r) => [...r.producers, ...r.projects]))];
  const [events, issued] = await Promise.all([
    ctx.db.read<{ id: string; events: { at: string; before: string | null; after: string | null }[] }>(
      'leads/audit-events',
      { ids },
    ),
    ctx.planIssued(),
  ]);
  const parse = (s: string | null) => (s === null ? null : (JSON.parse(s) as Record<string, unknown>));
  const byEntity = new Map<string, AuditEvent[]>(
    events.map((r) => [
      r.id,
      r.events.map((e) => ({ at: e.at, before: parse(e.before), after: parse(e.after) })),
    ]),
  );
  const fallback = issued ?? '0000-01-01';
  const links: DatedLink[] = rows.map((r) => ({
    product: r.product,
    producers: r.producers.map((e) => sinceOf(byEntity.get(e) ?? [], 'produces', r.product, fallback)),
    projects: r.projects.map((p) => sinceOf(byEntity.get(p) ?? [], 'builds', r.product, fallback)),
  }));
  return healthSeries(links, monthsUpTo(ctx.now, months));
}

/** The object types' resolvers with the pipeline's fields added (Lead, and the lead fields of other types). */
export function withPipeline<T extends Pick<Resolvers, 'Chain' | 'Project' | 'UpstreamGaps'>>(types: T) {
  return {
    ...types,
    ...leadTypes,
    Chain: {
      ...types.Chain,
      leadCounts: (c: ChainModel, _a: unknown, ctx: Context) =>
        leadCounts(
          ctx,
          c.links.map((l) => l.product),
          c.scope.zone?.id ?? null,
        ),
      health: (c: ChainModel, a: { months?: number | null }, ctx: Context) =>
        chainHealth(ctx, c, a.months ?? 12),
    },
    Project: {
      ...types.Project,
      lead: (p: { id: string }, _a: unknown, ctx: Context) => projectLead(p, ctx),
    },
    UpstreamGaps: {
      ...types.UpstreamGaps,
      leadCounts: (u: UpstreamModel, _a: unknown, ctx: Context) =>
        leadCounts(
          ctx,
          u.nodes.map((n) => n.product),
          u.scope.zone?.id ?? null,
        ),
    },
  };
}
