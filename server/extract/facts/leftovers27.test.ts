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

describe('a firm’s own park is its project, not a zone (round 27)', () => {
  const zones = (t: string) => facts(t).zones.map((z) => z.name);
  it('drops a park whose name opens with a firm’s name', () => {
    expect(
      zones(
        '甲乙丙丁控股集团有限公司电机项目位于某县经济开发区。董事长说:“甲乙丙丁高速装备产业园占地100亩,年底有望投产。”',
      ),
    ).toEqual(['某县经济开发区']);
  });
  it('drops a park named by a brand, every mention of it a project’s', () => {
    expect(
      zones('在某县经济开发区,戊己庚辛新冶产业园一期已经完成车间建设;不远处的热电联产项目正在打桩。'),
    ).toEqual(['某县经济开发区']);
  });
  it('keeps a park named by its industry, even written as a project', () => {
    expect(
      zones('在某县经济开发区,循环塑料产业园项目已经完成车间建设;不远处的热电联产项目正在打桩。'),
    ).toEqual(['某县经济开发区', '循环塑料产业园']);
  });
});

describe('a firm named by its short name before its officer’s title (round 27)', () => {
  const firms = (t: string) => facts(t).firms.map((f) => f.name);
  it('reads the brand and its trade before a unit and a title', () => {
    expect(
      firms('仪式上,甲乙控股集团有限公司董事长某某介绍项目情况,瑞驰能源华东大区总经理某某在仪式上致辞。'),
    ).toEqual(['甲乙控股集团有限公司', '瑞驰能源']);
  });
  it('reads no firm from a bare 公司 before a title', () => {
    expect(firms('会上,县发展改革局局长某某、公司总经理某某致辞。')).toEqual([]);
  });
});
