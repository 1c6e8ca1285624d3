/**
 * Plans have periods (issue #15): a district's plans with the current one marked, year-keyed targets, the plan
 * periods a fact is cited by, and the comparison of two plans. Reads cypher/plans/; the rules are in
 * server/domain/periods.ts and server/domain/planComparison.ts.
 */
import type { Db } from '../db/neo4j.ts';
import { byPeriod, currentPlan } from '../domain/periods.ts';
import {
  type Comparison,
  compareChains,
  compareTargets,
  gapsClosed,
  type LinkEvidence,
  type PlanChain,
  type PlanTarget,
} from '../domain/planComparison.ts';
import { documentText } from '../graphql/sourceText.ts';

/** A plan and its period, the current one of its district marked (without counting its chains). */
export interface PlanPeriodModel {
  id: string;
  title: string;
  district: { id: string; name: string };
  periodStart: number | null;
  periodEnd: number | null;
  current: boolean;
}

export interface PlanModel extends PlanPeriodModel {
  chainCount: number;
}

export interface TargetModel {
  year: number;
  output: number | null;
  valueAdded: number | null;
  plan: string | null;
  /** The plan's sentence that states it; null when the graph does not say which (a seeded 2025 target). */
  quote: string | null;
}

export interface IndustryTargetModel {
  industry: { id: string; name: string };
  year: number;
  output: number | null;
  valueAdded: number | null;
}

interface PlanRow {
  plan: { id: string; title: string | null; periodStart: number | null; periodEnd: number | null };
  district: { id: string; name: string };
}

/** Rows → plans, latest period first per district, the current one marked (server/domain/periods.ts). */
function byDistrictCurrent<R extends PlanRow, P extends PlanPeriodModel>(
  rows: R[],
  extra: (r: R) => Omit<P, keyof PlanPeriodModel>,
  today: Date,
): P[] {
  const byDistrict = new Map<string, P[]>();
  for (const r of rows) {
    const plan = {
      id: r.plan.id,
      title: r.plan.title ?? r.plan.id,
      district: r.district,
      periodStart: r.plan.periodStart === null ? null : Number(r.plan.periodStart),
      periodEnd: r.plan.periodEnd === null ? null : Number(r.plan.periodEnd),
      current: false,
      ...extra(r),
    } as P;
    const list = byDistrict.get(r.district.id) ?? [];
    list.push(plan);
    byDistrict.set(r.district.id, list);
  }
  return [...byDistrict.values()].flatMap((plans) => {
    const current = currentPlan(plans, today);
    return byPeriod(plans).map((p) => ({ ...p, current: p === current }));
  });
}

/** Every district's plans (or one district's) with how many chains each states (cypher/plans/plans.cypher). */
export async function readPlans(db: Db, district: string | null, today: Date): Promise<PlanModel[]> {
  const rows = await db.read<PlanRow & { chainCount: number }>('plans/plans', { district });
  return byDistrictCurrent<PlanRow & { chainCount: number }, PlanModel>(
    rows,
    (r) => ({ chainCount: Number(r.chainCount) }),
    today,
  );
}

/** The industries a plan states, by id (cypher/plans/plan-industries.cypher). */
export async function readPlanIndustries(db: Db, plan: string): Promise<string[]> {
  return (await db.read<{ id: string }>('plans/plan-industries', { plan })).map((r) => r.id);
}

/** The district a plan is for (cypher/plans/plan-district.cypher); null when no plan has the id. */
export async function readPlanDistrict(db: Db, plan: string): Promise<string | null> {
  const [row] = await db.read<{ district: string }>('plans/plan-district', { plan });
  return row?.district ?? null;
}

/**
 * Every district's plans and periods, no chain counts (cypher/plans/periods.cypher): which plans are superseded
 * and whether a plan exists — what chains(zone:, plan:) needs; counting 2,850 plans' chains took seconds.
 */
export async function readPlanPeriods(db: Db, today: Date): Promise<PlanPeriodModel[]> {
  return byDistrictCurrent<PlanRow, PlanPeriodModel>(
    await db.read<PlanRow>('plans/periods'),
    () => ({}),
    today,
  );
}

/** Year-keyed targets of industries or zones, batched (cypher/plans/targets.cypher). */
export async function readTargets(db: Db, ids: readonly string[]): Promise<TargetModel[][]> {
  const rows = await db.read<{ id: string; targets: TargetModel[] }>('plans/targets', { ids: [...ids] });
  const map = new Map(rows.map((r) => [r.id, r.targets.map((t) => ({ ...t, year: Number(t.year) }))]));
  return ids.map((id) => map.get(id) ?? []);
}

export interface PlanDates {
  /** The period ends (years) of the plans whose sources cite the fact; empty when none is known. */
  ends: number[];
  /** The newest date (YYYY-MM-DD) of those plans: issued, or imported when no issue date is known; null if none. */
  issued: string | null;
}

/** The period ends and the newest date of the plans citing each fact, batched (cypher/plans/plan-dates.cypher). */
export async function readPlanDates(db: Db, ids: readonly string[]): Promise<PlanDates[]> {
  const rows = await db.read<{ id: string; ends: unknown[]; dates: unknown[] }>('plans/plan-dates', {
    ids: [...ids],
  });
  const map = new Map(
    rows.map((r) => {
      const dates = r.dates.map((d) => String(d).slice(0, 10)).sort();
      return [r.id, { ends: r.ends.map(Number), issued: dates.at(-1) ?? null }];
    }),
  );
  return ids.map((id) => map.get(id) ?? { ends: [], issued: null });
}

interface OwnerTargets {
  owner: PlanTarget['owner'];
  targets: TargetModel[];
}

/** The targets a plan gives, from every industry and zone of its district that has any. */
function planTargets(owners: OwnerTargets[], plan: string): PlanTarget[] {
  return owners.flatMap((o) =>
    o.targets
      .filter((t) => t.plan === plan)
      .map((t) => ({ owner: o.owner, year: t.year, output: t.output, valueAdded: t.valueAdded })),
  );
}

async function readOwners(db: Db, districts: string[]): Promise<OwnerTargets[]> {
  const rows = await db.read<PlanTarget['owner']>('plans/target-owners', { districts });
  const targets = await readTargets(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((owner, i) => ({ owner, targets: targets[i] ?? [] }));
}

/**
 * The targets the plans of one district give its industries, by plan id (Plan.industryTargets): the industries of
 * the district's plans (cypher/plans/target-owners.cypher), their targets (cypher/plans/targets.cypher).
 */
export async function readIndustryTargets(
  db: Db,
  district: string,
): Promise<Map<string, IndustryTargetModel[]>> {
  const owners = (
    await db.read<PlanTarget['owner']>('plans/target-owners', { districts: [district] })
  ).filter((o) => o.kind === 'INDUSTRY');
  const targets = await readTargets(
    db,
    owners.map((o) => o.id),
  );
  const byPlan = new Map<string, IndustryTargetModel[]>();
  owners.forEach((o, i) => {
    for (const t of targets[i] ?? []) {
      if (!t.plan) continue;
      const row = {
        industry: { id: o.id, name: o.name },
        year: t.year,
        output: t.output,
        valueAdded: t.valueAdded,
      };
      byPlan.set(t.plan, [...(byPlan.get(t.plan) ?? []), row]);
    }
  });
  return byPlan;
}

export class PlanNotFound extends Error {
  constructor(readonly id: string) {
    super(`no plan ${id}`);
  }
}

/** A plan's text: kept on an imported plan's Document, read from the repository for the seeded one. */
async function planText(db: Db, plan: string): Promise<string | null> {
  const [row] = await db.read<{ text: string | null; file: string | null }>('plans/plan-text', { plan });
  if (row?.text) return row.text;
  return row?.file ? documentText(row.file) : null;
}

/** Compares plan `from` with plan `to`; `owners` are the industries and zones whose targets count. */
export async function comparePlans(
  db: Db,
  fromId: string,
  toId: string,
  today: Date,
): Promise<Comparison & { from: PlanModel; to: PlanModel }> {
  const plans = await readPlans(db, null, today);
  const from = plans.find((p) => p.id === fromId);
  const to = plans.find((p) => p.id === toId);
  if (!from) throw new PlanNotFound(fromId);
  if (!to) throw new PlanNotFound(toId);
  const chainsOf = (plan: string) => db.read<PlanChain>('plans/plan-chains', { plan });
  const [before, after, laterText] = await Promise.all([
    chainsOf(from.id),
    chainsOf(to.id),
    planText(db, to.id),
  ]);
  // Plans of from's district later than it: their facts were not known under it.
  const later = plans
    .filter((p) => p.district.id === from.district.id && p.id !== from.id)
    .filter((p) => (p.periodStart ?? 0) > (from.periodStart ?? 0) || p.id === to.id)
    .map((p) => p.id);
  const evidence = await db.read<LinkEvidence>('plans/link-evidence', {
    district: from.district.id,
    chains: before.map((c) => c.id),
    later,
  });
  const targetOwners = await readOwners(db, [...new Set([from.district.id, to.district.id])]);
  return {
    from,
    to,
    ...compareChains(before, after, laterText),
    targetsChanged: compareTargets(planTargets(targetOwners, from.id), planTargets(targetOwners, to.id)),
    gapsClosed: gapsClosed(evidence),
  };
}
