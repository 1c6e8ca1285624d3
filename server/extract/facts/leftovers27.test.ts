import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Made-up sentences for round 27's rules (#15): the leftovers of rounds 25 and 26. Never a name from a test text.

const capacities = (t: string) => facts(t).projects.map((p) => `${p.product} ${p.value}${p.unit}`);

describe('power said of a machine that draws it (round 27)', () => {
  it('reads no capacity from a furnace’s rating', () => {
    expect(
      capacities('记者来到甲镇工业园区,在乙丙实业有限公司2.5万千瓦矿热炉技改项目现场,工人正在加班。'),
    ).toEqual([]);
  });
  it('keeps a generating set’s power as its capacity', () => {
    expect(capacities('丁戊能源公司建设35万千瓦热电机组项目，已开工。')).toEqual(['热电机组 35万千瓦']);
  });
});

describe('this year’s expected output (round 27)', () => {
  it('reads no capacity from 年内预计生产', () => {
    expect(capacities('一期已完工并投产,年内预计生产8万吨硅铁合金,每月能产出2000吨。')).toEqual([]);
  });
  it('keeps what a project is expected to make once built', () => {
    expect(capacities('该项目建成后预计生产8万吨硅铁合金，已开工。')).toEqual(['硅铁合金 8万吨/年']);
  });
});

describe('集团 right before a company suffix (round 27)', () => {
  const firms = (t: string) => facts(t).firms.map((f) => f.name);
  it('proposes a firm with a bracketed place once, with its suffix', () => {
    expect(firms('仪式上,甲乙丙丁控股(浙江)集团有限公司董事长某某介绍项目情况。')).toEqual([
      '甲乙丙丁控股(浙江)集团有限公司',
    ]);
  });
  it('proposes a group company once', () => {
    expect(firms('戊己传媒集团有限公司拟在园区建设总部。')).toEqual(['戊己传媒集团有限公司']);
  });
});
