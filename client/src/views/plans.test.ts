import { describe, expect, it } from 'vitest';
import { comparisonPair, type PlanItem, planLabel, planTarget, viewedPlan } from './plans.ts';

const plan = (id: string, start: number, current: boolean, district = 'region-500110'): PlanItem => ({
  id,
  title: id,
  periodStart: start,
  periodEnd: start + 4,
  current,
  chainCount: 1,
  district: { id: district, name: '綦江区' },
});
const p15 = plan('p15', 2026, true);
const p14 = plan('p14', 2021, false);
const other = plan('x', 2021, true, 'region-211223');

describe('plan switcher', () => {
  it('names a plan once with its years: not …规划（2021—2025 年）（2021—2025 年）', () => {
    const titled = { ...p14, title: '重庆市綦江区“十四五”工业转型升级高质量发展规划（2021—2025 年）' };
    expect(planLabel(titled)).toBe('重庆市綦江区“十四五”工业转型升级高质量发展规划（2021—2025 年）');
    expect(planLabel({ ...titled, current: true })).toBe(`${titled.title}（现行）`);
    expect(planLabel(p15)).toBe('p15（2026—2030 年，现行）');
    expect(planLabel({ ...p14, periodStart: null, periodEnd: null })).toBe('p14（期限未载明）');
  });

  it('shows the current plan by default and the named one when asked', () => {
    expect(viewedPlan([p15, p14], null)).toBe(p15);
    expect(viewedPlan([p15, p14], 'p14')).toBe(p14);
    expect(viewedPlan([], null)).toBeNull();
  });

  it('compares the earlier plan with the current one of its district', () => {
    expect(comparisonPair([p15, p14, other], null, null)).toEqual({ from: p14, to: p15 });
    expect(comparisonPair([p15, p14, other], 'p14', null)).toEqual({ from: p14, to: p15 });
    expect(comparisonPair([p15, p14], 'p15', 'p14')).toEqual({ from: p15, to: p14 });
    expect(comparisonPair([other], null, null)).toBeNull();
  });

  it("reads an industry's target of the viewed plan", () => {
    const ind = {
      id: 'i',
      targets: [
        { year: 2025, output: 500, valueAdded: 140, plan: 'p14' },
        { year: 2030, output: 800, valueAdded: 200, plan: 'p15' },
      ],
    };
    expect(planTarget(ind, 'p15')).toEqual({ year: 2030, output: 800, valueAdded: 200, plan: 'p15' });
    expect(planTarget(ind, 'p13')).toBeNull();
  });
});
