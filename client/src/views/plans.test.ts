import { describe, expect, it } from 'vitest';
import {
  comparisonPair,
  heldPlans,
  type PlanItem,
  planLabel,
  planTarget,
  strayPlan,
  viewedPlan,
} from './plans.ts';

type Target = PlanItem['industryTargets'][number];
const target = (
  industry: string,
  year: number,
  output: number | null,
  valueAdded: number | null,
): Target => ({
  industry: { id: industry },
  year,
  output,
  valueAdded,
});
const plan = (
  id: string,
  start: number,
  current: boolean,
  district = 'region-500110',
  industryTargets: Target[] = [],
): PlanItem => ({
  id,
  title: id,
  periodStart: start,
  periodEnd: start + 4,
  current,
  chainCount: 1,
  district: { id: district, name: '綦江区' },
  industryTargets,
});
const p15 = plan('p15', 2026, true, 'region-500110', [
  target('i', 2030, 800, 200),
  target('j', 2030, 1, null),
]);
const p14 = plan('p14', 2021, false, 'region-500110', [target('i', 2025, 500, 140)]);
const other = plan('x', 2021, true, 'region-211223', [target('i', 2025, 90, 20)]);
const QIJIANG = 'region-500110';

describe('plan switcher', () => {
  it('names a plan once with its years: not …规划（2021—2025 年）（2021—2025 年）', () => {
    const titled = { ...p14, title: '重庆市綦江区“十四五”工业转型升级高质量发展规划（2021—2025 年）' };
    expect(planLabel(titled)).toBe('重庆市綦江区“十四五”工业转型升级高质量发展规划（2021—2025 年）');
    expect(planLabel({ ...titled, current: true })).toBe(`${titled.title}（现行）`);
    expect(planLabel(p15)).toBe('p15（2026—2030 年，现行）');
    expect(planLabel({ ...p14, periodStart: null, periodEnd: null })).toBe('p14（期限未载明）');
  });

  it("shows the viewed district's current plan by default and the named one when asked", () => {
    expect(viewedPlan([p15, p14], null, QIJIANG)).toBe(p15);
    expect(viewedPlan([p15, p14], 'p14', QIJIANG)).toBe(p14);
    expect(viewedPlan([], null, QIJIANG)).toBeNull();
  });

  it("takes the viewed scope's district, not the first district's current plan (issue #20)", () => {
    // 'other' is listed first and is current in its district: viewing 綦江区 shows 綦江区's plan.
    expect(viewedPlan([other, p15, p14], null, QIJIANG)).toBe(p15);
    expect(viewedPlan([other, p15, p14], null, 'region-211223')).toBe(other);
    // A plan of another district named in the URL (left there from another scope) is not the one viewed.
    expect(viewedPlan([other, p15, p14], 'x', QIJIANG)).toBe(p15);
    // No district in view (a province of several): no plan.
    expect(viewedPlan([other, p15, p14], null, null)).toBeNull();
  });

  it('compares the earlier plan with the current one of its district', () => {
    expect(comparisonPair([p15, p14, other], null, null)).toEqual({ from: p14, to: p15 });
    expect(comparisonPair([p15, p14, other], 'p14', null)).toEqual({ from: p14, to: p15 });
    expect(comparisonPair([p15, p14], 'p15', 'p14')).toEqual({ from: p15, to: p14 });
    expect(comparisonPair([other], null, null)).toBeNull();
  });

  it("reads an industry's target of the viewed plan", () => {
    const plans = [p15, p14];
    expect(planTarget('i', plans, null, QIJIANG)).toEqual({ year: 2030, output: 800, valueAdded: 200 });
    expect(planTarget('i', plans, 'p14', QIJIANG)).toEqual({ year: 2025, output: 500, valueAdded: 140 });
    // An earlier plan of the district that gives none: none, not the current one's.
    expect(planTarget('j', plans, 'p14', QIJIANG)).toBeNull();
    expect(planTarget('i', plans, 'p13', QIJIANG)).toEqual({ year: 2030, output: 800, valueAdded: 200 });
  });

  it("reads the target from the viewed district's plan, none without a district", () => {
    const plans = [other, p15, p14];
    expect(planTarget('i', plans, null, QIJIANG)?.output).toBe(800);
    expect(planTarget('i', plans, null, 'region-211223')?.output).toBe(90);
    expect(planTarget('i', plans, null, null)).toBeNull();
    expect(planTarget('nothing', plans, null, QIJIANG)).toBeNull();
  });

  it('drops a URL plan of another district once the answer of the scope in view says so, not on 规划对比', () => {
    const nanchuan = { zone: 'region-500119', plans: [plan('doc-nc', 2021, true, 'region-500119')] };
    // Moved from 綦江区 (十四五 viewed) to 南川区: its answer holds no such plan.
    expect(strayPlan('doc-14', 'region-500119', nanchuan, false)).toBe(true);
    // The previous scope's answer, still shown while the new one loads, decides nothing.
    expect(strayPlan('doc-14', 'region-500110', nanchuan, false)).toBe(false);
    expect(strayPlan('doc-14', 'region-500119', null, false)).toBe(false);
    // A plan of the district in view stays; a province of several districts has none in view.
    expect(strayPlan('doc-nc', 'region-500119', nanchuan, false)).toBe(false);
    expect(strayPlan('doc-14', 'region-500000', { zone: 'region-500000', plans: [] }, false)).toBe(true);
    expect(strayPlan('doc-14', 'region-500119', nanchuan, true)).toBe(false);
    expect(strayPlan(null, 'region-500119', nanchuan, false)).toBe(false);
  });
});

describe('heldPlans: the plans of the region a zone page views when it is not the zone', () => {
  const city = { id: 'region-510500', name: '泸州市' };
  const cityPlan = plan('doc-lz', 2025, true, 'region-510500');
  it('a district of 泸州市 without a plan of its own shows the city plan under the city name', () => {
    const jy = 'region-510502';
    expect(heldPlans(jy, { zone: jy }, city, [cityPlan])).toEqual({ name: '泸州市', plans: [cityPlan] });
  });
  it('none on the city page itself, before the answer is the zone one, or without plans', () => {
    expect(heldPlans(city.id, { zone: city.id }, city, [cityPlan])).toBeNull();
    expect(heldPlans('region-510502', { zone: 'region-510500' }, city, [cityPlan])).toBeNull();
    expect(heldPlans('region-510502', null, city, [cityPlan])).toBeNull();
    expect(heldPlans('region-510502', { zone: 'region-510502' }, city, [])).toBeNull();
    expect(heldPlans(null, { zone: null }, city, [cityPlan])).toBeNull();
  });
});
