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
    const plans = [p15, p14, other];
    expect(planTarget(ind, plans, null)).toEqual({ year: 2030, output: 800, valueAdded: 200, plan: 'p15' });
    expect(planTarget(ind, plans, 'p14')).toEqual({ year: 2025, output: 500, valueAdded: 140, plan: 'p14' });
    // An earlier plan of the district that gives none: none, not the current one's.
    const only15 = { id: 'j', targets: [{ year: 2030, output: 1, valueAdded: null, plan: 'p15' }] };
    expect(planTarget(only15, plans, 'p14')).toBeNull();
    expect(planTarget(ind, plans, 'p13')).toEqual({ year: 2030, output: 800, valueAdded: 200, plan: 'p15' });
  });

  it("with several districts, reads an industry's target from its own district's plan", () => {
    // 'other' (another district) is listed first and is current there: it says nothing about 綦江's industries.
    const plans = [other, p15, p14];
    const qijiang = { id: 'q', targets: [{ year: 2030, output: 800, valueAdded: 200, plan: 'p15' }] };
    const theirs = { id: 'o', targets: [{ year: 2025, output: 90, valueAdded: 20, plan: 'x' }] };
    expect(viewedPlan(plans, null)).toBe(other);
    expect(planTarget(qijiang, plans, null)?.output).toBe(800);
    expect(planTarget(theirs, plans, null)?.output).toBe(90);
    // Viewing 綦江's earlier plan does not hide the other district's target.
    expect(planTarget(theirs, plans, 'p14')?.output).toBe(90);
    expect(planTarget(undefined, plans, null)).toBeNull();
  });
});
