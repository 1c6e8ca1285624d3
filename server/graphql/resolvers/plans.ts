import { comparePlans, PlanNotFound, readPlanDistrict } from '../../plans/read.ts';
import type { Context } from '../context.ts';
import { notFound } from '../errors.ts';
import type { QueryResolvers } from '../types.generated.ts';

/** Query.plans, plan and planComparison (issue #15 part 5: plans have periods). */
export const plansQuery: Pick<QueryResolvers, 'plans' | 'plan' | 'planComparison'> = {
  plans: async (_p, { district }, ctx) => {
    if (!district) return ctx.plans();
    if (!(await ctx.zone.load(district))) throw notFound('Zone', district);
    // One district's plans read alone: counting every district's chains takes seconds at national size.
    return ctx.districtPlans(district);
  },

  // Its district's plans read (not every district's): which is current needs them all.
  plan: async (_p, { id }, ctx) => {
    const district = await readPlanDistrict(ctx.db, id);
    const plan = district ? (await ctx.districtPlans(district)).find((p) => p.id === id) : undefined;
    if (!plan) throw notFound('Plan', id);
    return plan;
  },

  planComparison: async (_p, { from, to }, ctx) => {
    try {
      const c = await comparePlans(ctx.db, from, to, ctx.now);
      return {
        ...c,
        targetsChanged: c.targetsChanged.map((t) => ({
          owner: { id: t.owner.id, name: t.owner.name },
          ownerKind: t.owner.kind,
          metric: t.metric,
          from: t.from,
          to: t.to,
        })),
      };
    } catch (err) {
      if (err instanceof PlanNotFound) throw notFound('Plan', err.id);
      throw err;
    }
  },
};

/** Industry.targets and Zone.targets: every plan's targets, by year. */
export const targetsField = {
  targets: (x: { id: string }, _a: unknown, ctx: Context) => ctx.targets.load(x.id),
};
