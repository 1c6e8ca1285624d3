/** The plan switcher's and comparison page's derivations from the Plans answer: pure, unit-tested. */
import type { PlansQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';

export type PlanItem = PlansQuery['plans'][number];

/** The plan a view shows: the one the URL names, else the current plan (of the only district, or the first). */
export function viewedPlan(plans: PlanItem[], urlPlan: string | null): PlanItem | null {
  return plans.find((p) => p.id === urlPlan) ?? plans.find((p) => p.current) ?? null;
}

/** The other plans of the same district (the switcher lists a district's plans together). */
export function districtPlans(plans: PlanItem[], plan: PlanItem | null): PlanItem[] {
  return plan ? plans.filter((p) => p.district.id === plan.district.id) : plans;
}

/**
 * The pair the comparison page shows: `to` as named, else the current plan of `from`'s district; `from` as named,
 * else the latest plan of that district before `to`. Null when the district holds fewer than two plans.
 */
export function comparisonPair(
  plans: PlanItem[],
  from: string | null,
  to: string | null,
): { from: PlanItem; to: PlanItem } | null {
  const named = plans.find((p) => p.id === from) ?? plans.find((p) => p.id === to) ?? viewedPlan(plans, null);
  if (!named) return null;
  const mine = districtPlans(plans, named);
  const later = mine.find((p) => p.id === to) ?? mine.find((p) => p.current) ?? null;
  const earlier =
    mine.find((p) => p.id === from && p !== later) ??
    mine.find((p) => p !== later && (p.periodStart ?? 0) <= (later?.periodStart ?? 0)) ??
    mine.find((p) => p !== later) ??
    null;
  return later && earlier ? { from: earlier, to: later } : null;
}

/**
 * An industry's target as a view shows it: that of the plan the URL names when that plan is of the industry's
 * district (an earlier plan that gives none: null), else that of its district's current plan. With several
 * districts in the graph, one district's plan says nothing about another's industries (秀山's 2026 target is
 * not read from 綦江's plan).
 */
export function planTarget(
  industry: PlansQuery['industries'][number] | undefined,
  plans: readonly PlanItem[],
  urlPlan: string | null,
): { year: number; output: number | null; valueAdded: number | null } | null {
  const targets = industry?.targets ?? [];
  const byId = new Map(plans.map((p) => [p.id, p]));
  const of = (plan: string) => targets.filter((t) => t.plan === plan).at(-1) ?? null;
  const districts = new Set(targets.flatMap((t) => byId.get(t.plan ?? '')?.district.id ?? []));
  const named = urlPlan ? byId.get(urlPlan) : undefined;
  if (named && (districts.size === 0 || districts.has(named.district.id))) return of(named.id);
  const current = plans.find((p) => p.current && districts.has(p.district.id));
  return current ? of(current.id) : null;
}

/**
 * A plan as the switcher and the comparison page list it: title, period, 现行. A title that already states its
 * years (…规划（2021—2025 年）) is not followed by them a second time.
 */
export function planLabel(p: Pick<PlanItem, 'title' | 'periodStart' | 'periodEnd' | 'current'>): string {
  const start = p.periodStart ?? null;
  const end = p.periodEnd ?? null;
  const stated =
    start !== null && end !== null && p.title.includes(String(start)) && p.title.includes(String(end));
  if (!stated) return zh.plans.option(p.title, zh.plans.period(start, end), p.current);
  return p.current ? `${p.title}（${zh.plans.current}）` : p.title;
}
