import type { OverviewQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';

export type YearTarget = { year: number; output?: number | null; valueAdded?: number | null };
type Industry = OverviewQuery['industries'][number];
type Chain = OverviewQuery['chains'][number];

/**
 * The target an industry card shows when no plan is viewed (a 省/市 scope holds several districts' plans): the
 * latest year its plans give — 秀山's 新材料: 2026, 产值 200 亿元 — else the 2025 figures.
 */
export function defaultTarget(ind: Industry): YearTarget {
  const latest = [...ind.targets]
    .filter((t) => t.output !== null || t.valueAdded !== null)
    .sort((a, b) => b.year - a.year)[0];
  return latest ?? { year: 2025, output: ind.output2025, valueAdded: ind.valueAdded2025 };
}

/**
 * In a 省/市 scope, the districts whose plans hold the industry's chains (a chain's `inPlan` districts), by name
 * as the chains list them: two districts' 新材料 side by side each say whose they are. Empty in a district scope.
 */
export function industryDistricts(industry: string, chains: readonly Chain[]): string[] {
  const names: string[] = [];
  for (const c of chains)
    if (c.industry.id === industry)
      for (const d of c.districts)
        if (d.inPlan && !names.includes(d.district.name)) names.push(d.district.name);
  return names;
}

/**
 * A target's figures as the explorer shows them — only those the plan states (秀山's 新材料 states 产值 and no
 * 增加值) — or '' when it states none: the overview's cards and the zone page's target line.
 */
export function targetFigures(
  output: number | null | undefined,
  valueAdded: number | null | undefined,
): string {
  return [
    output !== null && output !== undefined && `${zh.output} ${output} ${zh.yi}`,
    valueAdded !== null && valueAdded !== undefined && `${zh.valueAdded} ${valueAdded} ${zh.yi}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
