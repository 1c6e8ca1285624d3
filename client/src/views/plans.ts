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

/** An industry's target in the viewed plan: the plan's own (latest year), else its 2025 target. */
export function planTarget(
  industry: PlansQuery['industries'][number] | undefined,
  plan: string | null,
): { year: number; output: number | null; valueAdded: number | null } | null {
  const own = (industry?.targets ?? []).filter((t) => t.plan === plan);
  return own.at(-1) ?? null;
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
