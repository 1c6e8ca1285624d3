import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 25's rules (#15): the twenty-fifth blind round's misses. Never a name from a test text.

const zones = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);
const capacities = (t: string) => facts(t).projects.map((p) => `${p.product} ${p.value}${p.unit}`);

describe('a park referred to as 同一园区 (round 25)', () => {
  const t =
    '位于甲乙循环经济产业园的丙丁化工有限公司项目正加紧建设。在同一园区的戊己科技有限公司年产500吨涂料项目已进入试运行阶段。';

  it('reads 同一园区 as no zone of its own', () => {
    expect(zones(t)).toEqual(['甲乙循环经济产业园<null>']);
  });

  it('places a firm 在同一园区的 in the park named before', () => {
    expect(placed(facts(t))).toEqual([
      '丙丁化工有限公司@甲乙循环经济产业园',
      '戊己科技有限公司@甲乙循环经济产业园',
    ]);
  });
});

describe('台套 as one unit (round 25)', () => {
  it('reads 年产N万台套 X as N 万台套 of X, not N 万台 of 套X', () => {
    expect(capacities('庚辛装备有限公司在壬癸工业园新建年产30万台套电机控制器项目。')).toEqual([
      '电机控制器 30万台套/年',
    ]);
  });
});
