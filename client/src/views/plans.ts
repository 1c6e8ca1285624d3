/** The plan switcher's and comparison page's derivations from the Plans answer: pure, unit-tested. */
import type { PlansQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';

/** The viewed scope's district with its plans (Scope.district); null for a region of several districts. */
export type PlanDistrict = NonNullable<PlansQuery['scope']['district']>;
export type PlanItem = PlanDistrict['plans'][number];

/**
 * The plan a view shows: the one the URL names when it is a plan of the viewed scope's district, else that
 * district's current plan; null without a district (a province or the country holding several).
 */
export function viewedPlan(
  plans: readonly PlanItem[],
  urlPlan: string | null,
  district: string | null,
): PlanItem | null {
  if (!district) return null;
  const mine = plans.filter((p) => p.district.id === district);
  return mine.find((p) => p.id === urlPlan) ?? mine.find((p) => p.current) ?? null;
}

/** A Plans answer as the URL check reads it: the scope it answers (null: the whole graph) and its plans. */
export interface PlansAnswer {
  zone: string | null;
  plans: readonly { id: string }[];
}

/**
 * Whether the URL's plan is left over from another scope: the Plans answer of the scope in view (its zone is the
 * URL's, so not the previous scope's answer still shown) holds no such plan — a plan of another district, or none
 * in view (a province of several). The switcher ignores it; the overview's chain list must not filter by it, and
 * the URL drops it. Never on the comparison page, whose plans may be of any district.
 */
export function strayPlan(
  urlPlan: string | null,
  urlZone: string | null,
  answer: PlansAnswer | null,
  comparing: boolean,
): boolean {
  if (!urlPlan || comparing || !answer || answer.zone !== urlZone) return false;
  return !answer.plans.some((p) => p.id === urlPlan);
}

/** The other plans of the same district (the switcher lists a district's plans together). */
export function districtPlans(plans: readonly PlanItem[], plan: PlanItem | null): readonly PlanItem[] {
  return plan ? plans.filter((p) => p.district.id === plan.district.id) : plans;
}

/**
 * The pair the comparison page shows: `to` as named, else the current plan of `from`'s district; `from` as named,
 * else the latest plan of that district before `to`. Null when the district holds fewer than two plans.
 */
export function comparisonPair(
  plans: readonly PlanItem[],
  from: string | null,
  to: string | null,
): { from: PlanItem; to: PlanItem } | null {
  const named =
    plans.find((p) => p.id === from) ??
    plans.find((p) => p.id === to) ??
    plans.find((p) => p.current) ??
    null;
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
 * An industry's target as a view shows it: that of the plan viewed (viewedPlan: the URL's plan of the district,
 * else its current one), its latest year; null when that plan gives the industry none (an earlier plan that gives
 * none: none, not the current one's) or when no district is viewed.
 */
export function planTarget(
  industry: string,
  plans: readonly PlanItem[],
  urlPlan: string | null,
  district: string | null,
): { year: number; output: number | null; valueAdded: number | null } | null {
  const viewed = viewedPlan(plans, urlPlan, district);
  const t = viewed?.industryTargets.filter((x) => x.industry.id === industry).at(-1);
  return t ? { year: t.year, output: t.output ?? null, valueAdded: t.valueAdded ?? null } : null;
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

/**
 * The plans a zone's page shows as its region's when the scope views another region's (Scope.district: a district
 * of 泸州市 without a plan of its own views the city's plan, whose chains its page lists): that region's name and
 * plans. Null when the answer is not yet the zone's, the region is the zone itself (its own plans are listed as
 * 本地区规划), or there is none.
 */
export function heldPlans(
  zone: string | null,
  answered: { zone: string | null } | null,
  district: { id: string; name: string } | null,
  plans: readonly PlanItem[],
): { name: string; plans: readonly PlanItem[] } | null {
  if (!zone || answered?.zone !== zone || !district || district.id === zone || plans.length === 0)
    return null;
  return { name: district.name, plans };
}
