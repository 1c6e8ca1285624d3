import { describe, expect, it } from 'vitest';
import { industryTarget } from './data.ts';
import { buildBriefing } from './fixture.ts';
import { briefingMarkdown } from './markdown.ts';

// Found as an officer of 秀山 (a plan to 2026, no section headings) printing the 医药 chain's briefing: it said
// “医药产业 2025 年目标：产值 —，增加值 —” — the Qijiang plan's year, and dashes where the plan states no figure —
// and every quote ended in an empty “（）”.
const md = (over = {}) => briefingMarkdown(buildBriefing(over), { image: './chain-x.svg' });
const industry = (over = {}) => ({
  name: '新材料',
  output2025: null,
  valueAdded2025: null,
  targets: [],
  sources: [],
  focusZones: [],
  keyZones: [],
  ...over,
});

describe("a briefing's industry target", () => {
  it("states the year and figures of the industry's own plan", () => {
    const t = industryTarget(industry({ targets: [{ year: 2026, output: 200, valueAdded: null }] }));
    expect(t).toEqual({ year: 2026, output: 200, valueAdded: null });
    const text = md({ industry: '新材料', targets: { ...t, cites: [3], zones: [] } });
    expect(text).toContain('新材料产业 2026 年目标：产值 200 亿元[3]');
    expect(text).not.toContain('增加值');
  });

  it('the latest plan first; the 2025 figures when the plans give no year', () => {
    const both = [
      { year: 2025, output: 500, valueAdded: 140 },
      { year: 2030, output: 800, valueAdded: null },
    ];
    expect(industryTarget(industry({ targets: both })).year).toBe(2030);
    expect(industryTarget(industry({ output2025: 500, valueAdded2025: 140 }))).toEqual({
      year: 2025,
      output: 500,
      valueAdded: 140,
    });
  });

  it('says the plan states none, without a year or dashes, when it gives no figure', () => {
    const t = industryTarget(industry({ name: '医药' }));
    expect(t.year).toBeNull();
    const text = md({ industry: '医药', targets: { ...t, cites: [2], zones: [] } });
    expect(text).toContain('医药产业目标：规划未载明产值[2]');
    expect(text).not.toMatch(/2025 年目标：产值 —/);
  });

  it('a quote without a section has no empty brackets after it', () => {
    const text = md({ sources: [{ n: 1, id: 's1', section: '', quote: '力争到2026年达到百亿级规模' }] });
    expect(text).toContain('[1] 「力争到2026年达到百亿级规模」\n');
    expect(text).not.toContain('（）');
  });
});
