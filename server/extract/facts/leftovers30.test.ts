import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Made-up sentences for the defects officers met importing whole plans (#15, after round 29). Never a name from a
// test text.

const projects = (t: string) => facts(t).projects.map((p) => `${p.name}@${p.enterprise}@${p.zone}`);

describe('a project named inside 以…为龙头 (the frame is no part of its name)', () => {
  it('names the project without 以 and 为龙头, the firm before it without its 的', () => {
    expect(
      projects('甲乙功能区：规划用地2平方公里，以丙丁钢铁有限公司的2×30万吨焦化项目为龙头，形成产业链。'),
    ).toEqual(['丙丁钢铁有限公司2×30万吨焦化项目@丙丁钢铁有限公司@甲乙功能区']);
  });
  it('drops the frame around a project with no firm too', () => {
    expect(projects('以年产5万吨铝板项目为引领，做大园区。').map((p) => p.split('@')[0])).toEqual([
      '年产5万吨铝板项目',
    ]);
  });
});

describe('a project name that runs on with a place or a predicate (it ends at its 项目)', () => {
  it('ends at 项目 before 在 and the zone the project is built in', () => {
    expect(projects('推动甲乙铝箔有限公司年产 8 万吨轧制材项目在丙丁组团建成投产。')).toEqual([
      '甲乙铝箔有限公司年产8万吨轧制材项目@甲乙铝箔有限公司@丙丁组团',
    ]);
  });
  it('ends at 项目 before what the project has done or costs', () => {
    const names = (t: string) => facts(t).projects.map((p) => p.name);
    expect(names('甲乙化工公司年产5万吨涂料项目总投资6亿元。')).toEqual(['甲乙化工公司年产5万吨涂料项目']);
    expect(names('丙丁科技年产3万吨电解液项目将于年内竣工投产。')).toEqual(['丙丁科技年产3万吨电解液项目']);
  });
  it('keeps a clause whose 项目 comes before the amount', () => {
    expect(facts('该项目建成后可实现年产3万吨甲醇。').projects.map((p) => p.name)).toEqual([
      '该项目建成后可实现年产3万吨甲醇',
    ]);
  });
});
