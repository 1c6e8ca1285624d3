import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 30's rules (#15): classes of first-reading misses over the blind rounds 25–30
// (docs/EXTRACTION.md, round 30's table). Never a name from a test text.

describe('a verb of going before a zone’s name (round 30)', () => {
  it('前往 ends the words before a park, and the firms seen there are placed in it', () => {
    const f = facts(
      '5月25日下午，县委书记甲乙前往丙丁工业园区调研招商引资企业建设情况。甲乙一行先后实地察看了戊己科技有限公司厂房建设、庚辛建材有限公司生产车间建设等。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['丙丁工业园区']);
    expect(placed(f)).toEqual(
      expect.arrayContaining(['戊己科技有限公司@丙丁工业园区', '庚辛建材有限公司@丙丁工业园区']),
    );
  });
  it('深入, 赴, 走进 and 来到 end them too', () => {
    for (const verb of ['深入', '赴', '走进', '来到']) {
      const f = facts(`甲县县长乙丙带领相关部门${verb}丁戊镇建材产业园展开调研。`);
      expect(f.zones.map((z) => z.name)).toEqual(['丁戊镇建材产业园']);
    }
  });
});

describe('a brand and its trade opening a project or an investment (round 30)', () => {
  it('reads the owner before 总投资, 投资 and 厂房, a trade word of one character and 业 allowed', () => {
    const names = facts(
      '县委书记甲乙前往丙丁工业园区调研。一行先后察看了绿岭枣业总投资2500万元、年产2万吨红枣生产线的二期工程、庚辛板业厂房建设，吉林益丰木业投资2000多万元，兴建细木工板加工企业。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['绿岭枣业', '庚辛板业', '吉林益丰木业']));
  });
  it('reads the owner before its product and 项目, a province before the brand allowed', () => {
    const f = facts(
      '甲县经开区共签约10个项目。其中，投资19.6亿元的湖南丙丁食品槟榔产业项目已建成投产；金博纸业生活用纸生产项目在甲县经开区开工。',
    );
    expect(f.firms.map((x) => x.name)).toEqual(expect.arrayContaining(['湖南丙丁食品', '金博纸业']));
  });
  it('reads no owner where the words before the trade are common ones or a place, nor a park’s building, nor 智能 before a product', () => {
    const names = facts(
      '推进新型建材厂房建设，绿色食品产业项目总投资3亿元，湖南食品槟榔产业项目开工，甲县益丰科技产业园建设项目启动，庚辛智能农业机械生产项目投产。',
    ).firms.map((f) => f.name);
    expect(names).toEqual([]);
  });
});
