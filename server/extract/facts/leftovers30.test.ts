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

describe('the page’s source line is no plan text (never a quote, never where a fact is read)', () => {
  const text = [
    '来源：http://example.cn/news/1.html（某县甲乙工业园区简介页，2023-01-01；全文）',
    '丙丁经济开发区位于某县城南,规划面积10平方公里,园区内有戊己科技有限公司等企业。',
  ].join('\n');
  const f = facts(text);
  it('quotes the sentence after it, not the address line', () => {
    const quotes = [...f.zones, ...f.firms].map((x) => x.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).not.toMatch(/来源|http/);
    expect(f.district?.quote ?? '').not.toMatch(/来源|http/);
  });
  it('reads no zone the source line’s note names', () => {
    expect(f.zones.map((z) => z.name)).toEqual(['丙丁经济开发区']);
  });
  it('is the same after a dateline, and in a traditional text', () => {
    const byline = facts(
      ['2023-08-20 來源:某某融媒體中心', '丙丁經濟開發區位於某縣城南,規劃面積10平方公里。'].join('\n'),
    );
    expect(byline.zones.map((z) => [z.name, z.quote])).toEqual([
      ['丙丁经济开发区', '丙丁經濟開發區位於某縣城南,規劃面積10平方公里。'],
    ]);
  });
});

describe('source lines, adversarial', () => {
  it('reads a megabyte of source lines in linear time', () => {
    const lines = `${'来源:甲乙\n'.repeat(150_000)}甲乙工业园区位于丙县。`;
    const at = Date.now();
    const f = facts(lines);
    expect(Date.now() - at).toBeLessThan(4000);
    expect(f.zones.map((z) => [z.name, z.quote])).toEqual([['甲乙工业园区', '甲乙工业园区位于丙县。']]);
  });
});

describe('short trade names in a list of firms (a visit list)', () => {
  const firms = (t: string) => facts(t, '某县调研').firms.map((f) => f.name);
  const visit =
    '在湖南甲乙农业发展有限公司、丙丁农牧科技有限公司、和琪鹅业、甲戊电子、正钜新材料、庚辛科技,每到一处,县长都深入企业车间。';
  it('reads every item of a list most of whose items are firms, a brand and its trade word', () => {
    expect(firms(visit)).toEqual([
      '湖南甲乙农业发展有限公司',
      '丙丁农牧科技有限公司',
      '和琪鹅业',
      '甲戊电子',
      '正钜新材料',
      '庚辛科技',
    ]);
  });
  it('reads no such item where the list’s firms are fewer than half', () => {
    expect(firms('参观了甲乙科技有限公司、新型材料、和琪鹅业、正钜新材料展区和农业园区。')).toEqual([
      '甲乙科技有限公司',
    ]);
  });
  it('reads no sector or product as a firm, however many firms are beside it', () => {
    expect(
      firms('走访甲乙科技有限公司、丙丁化工有限公司、戊己电子有限公司、电子信息、新材料、畜牧业,听取汇报。'),
    ).toEqual(['甲乙科技有限公司', '丙丁化工有限公司', '戊己电子有限公司']);
  });
});
