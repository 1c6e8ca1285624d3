import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Made-up sentences for the rules written after the tenth round of #15 was scored blind (its texts are development
// since), never a name from a test text.

describe('plan facts: zones in text written with little punctuation', () => {
  const f = facts(
    '甲乙工业集中区获批省级高新技术产业开发区。截至目前我省共有高新技术产业开发区48家其中国家高新技术产业开发区8家。甲乙工业集中区空间布局为一区三园一区即工业集中区三园包括中小企业创业园、丙丁东园、丙丁西园园区发展定位为:“产业新城、城市新区”,目前有入园投产企业95家其中戊科亿、己声声学等6家规模企业进入市工业100强庚康电子、辛昌纺织被认定为某省小巨人企业。',
  );

  it('reads [东西南北]园 parks of a 一区三园 layout under the zone, and no counted class, level or goal as a zone', () => {
    const zones = f.zones.map((z) => `${z.name}<${z.parent}>`);
    expect(zones).toEqual([
      '甲乙工业集中区<null>',
      '中小企业创业园<甲乙工业集中区>',
      '丙丁东园<甲乙工业集中区>',
      '丙丁西园<甲乙工业集中区>',
    ]);
  });

  it('places firms counted among the residents (入园企业…其中A、B) in the zone, and reads those 被认定为…企业', () => {
    for (const name of ['戊科亿', '己声声学', '庚康电子', '辛昌纺织'])
      expect(f.firms).toContainEqual(expect.objectContaining({ name, zone: '甲乙工业集中区' }));
  });
});

describe('plan facts: parks counted after their bases, and projects in a zone', () => {
  it('writes out parks counted after bases of any length, the words they share once', () => {
    const zones = facts(
      '甲乙工业园区规划了物流、机械加工、高新技术产业及木材深加工等四个产业园区。',
    ).zones.map((z) => z.name);
    expect(zones).toEqual(
      expect.arrayContaining(['物流产业园区', '机械加工产业园区', '高新技术产业园区', '木材深加工产业园区']),
    );
    // Bases the text writes with another zone word are those zones: no new parks.
    const named = facts(
      '园区形成煤焦化工、机械制造和生物制药三个工业园区。煤焦化工功能区:规划用地2平方公里。',
    ).zones.map((z) => z.name);
    expect(named).toContain('煤焦化工功能区');
    expect(named).not.toContain('煤焦化工工业园区');
  });

  it('places the firms of a list of projects in the zone the list is in, not in a park listed as a project', () => {
    const f = facts(
      '目前已在甲乙县产业集聚区开工的项目有:投资5.8亿元的甲乙科技创业园项目,投资3亿元的丙丁化纤有限公司20万锭粘胶短丝纺织生产项目。',
    );
    expect(f.firms).toEqual([
      expect.objectContaining({ name: '丙丁化纤有限公司', zone: '甲乙县产业集聚区' }),
    ]);
    expect(f.projects.map((p) => [p.value, p.unit])).toContainEqual([20, '万锭/年']);
  });

  it('reads 工业小区 as a zone', () => {
    expect(facts('2009年投入生产经营的甲乙工业小区安置就业300人。').zones.map((z) => z.name)).toEqual([
      '甲乙工业小区',
    ]);
  });
});
