import { describe, expect, it } from 'vitest';
import type { OverviewQuery } from '../api/types.generated.ts';
import { defaultTarget, industryDistricts, targetFigures } from './industryCard.ts';

// Found on 重庆市's overview (綦江区 and 秀山 side by side): two cards both headed 新材料, neither saying whose;
// 秀山's read “目标：规划未载明产值” though its plan states 2026 产值 200 亿元 (the card fell back to the 2025
// figure, which only the Qijiang plan has).
type Industry = OverviewQuery['industries'][number];
type Chain = OverviewQuery['chains'][number];
const industry = (over: Partial<Industry> = {}): Industry => ({
  id: 'ind-500241-x',
  name: '新材料',
  output2025: null,
  valueAdded2025: null,
  targets: [],
  ...over,
});
const counts = { strong: 0, weak: 0, missing: 3, total: 3 };
const chain = (industryId: string, inPlan: string[], others: string[] = []): Chain => ({
  id: `chain-${industryId}`,
  name: '链',
  expression: '甲—乙',
  industry: { id: industryId },
  counts,
  districts: [
    ...inPlan.map((name) => ({ district: { id: name, name }, inPlan: true, counts, links: [] })),
    ...others.map((name) => ({ district: { id: name, name }, inPlan: false, counts, links: [] })),
  ],
});

describe('an industry card in a 省/市 scope', () => {
  it("shows the industry's own plan's latest target when no plan is viewed", () => {
    expect(defaultTarget(industry({ targets: [{ year: 2026, output: 200, valueAdded: null }] }))).toEqual({
      year: 2026,
      output: 200,
      valueAdded: null,
    });
    expect(defaultTarget(industry({ output2025: 500, valueAdded2025: 140 }))).toEqual({
      year: 2025,
      output: 500,
      valueAdded: 140,
    });
  });

  it('names the districts whose plans hold its chains, not those that merely show them', () => {
    const chains = [
      chain('ind-500241-x', ['秀山土家族苗族自治县'], ['綦江区']),
      chain('ind-new-materials', ['綦江区'], ['秀山土家族苗族自治县']),
    ];
    expect(industryDistricts('ind-500241-x', chains)).toEqual(['秀山土家族苗族自治县']);
    expect(industryDistricts('ind-new-materials', chains)).toEqual(['綦江区']);
  });
});

describe('targetFigures', () => {
  it('gives only the figures the plan states, and nothing when it states none', () => {
    expect(targetFigures(200, null)).toBe('产值 200 亿元');
    expect(targetFigures(500, 120)).toBe('产值 500 亿元 · 增加值 120 亿元');
    expect(targetFigures(null, null)).toBe('');
    expect(targetFigures(undefined, undefined)).toBe('');
  });
});
