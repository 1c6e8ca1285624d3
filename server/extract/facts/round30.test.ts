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

describe('a firm where the text has walked into a park (round 30)', () => {
  const text =
    '某市日前发布今年上半年经济运行成绩单，甲县地区生产总值、工业用电量、社会消费品零售总额等六项指标增速居该市第1位。\n2020年以来，甲县实施工业强县、投资倍增三年行动计划，规上企业从2019年底的67家增至目前的144家，规上工业产值从2019年的78亿元增长到2022年的225亿元，3年增长近两倍。\n' +
    '8月17日，记者走进甲县循环经济产业园，只见大货车来往穿梭，好一派繁忙的场景。\n在湖北庚辛再生资源有限公司拆解车间，工人用装载机把废铜倒入破碎机内。\n公司总经理介绍，破碎机把废品嚼碎成颗粒。围绕循环经济产业，甲县编制了专项规划，出台了优惠政策，支持产业发展，为企业解决了用地、用工、融资等一系列难题。\n同在园区的湖北益丰金属科技有限公司是庚辛公司的下游企业，已建成6条铝材生产线。';
  it('places the firm a sentence opened by 在 names, right after the sentence that walked into the park', () => {
    expect(placed(facts(text))).toContain('湖北庚辛再生资源有限公司@甲县循环经济产业园');
  });
  it('places the firm 同在园区 names in the park named before, whatever the paragraphs between', () => {
    expect(placed(facts(text))).toContain('湖北益丰金属科技有限公司@甲县循环经济产业园');
  });
  it('leaves a firm whose sentence follows no walk into a park where it was', () => {
    const f = facts(
      '某市日前发布今年上半年经济运行成绩单，甲县地区生产总值、工业用电量、社会消费品零售总额等六项指标增速居该市第1位。\n2020年以来，甲县实施工业强县、投资倍增三年行动计划，规上企业从2019年底的67家增至目前的144家，规上工业产值从2019年的78亿元增长到2022年的225亿元，3年增长近两倍。\n' +
        '甲县循环经济产业园规划面积3平方公里。\n在湖北庚辛再生资源有限公司调研时，县长要求企业做大做强。',
    );
    expect(placed(f)).toContain('湖北庚辛再生资源有限公司@null');
  });
});

describe('the county a text names by its base, over places of other kinds (round 30)', () => {
  it('a prefecture city’s name (承德市) does not vote for its namesake county (承德县)', () => {
    const f = facts(
      '5月25日下午，县委书记甲乙前往丙丁工业园区，与来自承德市的客商座谈。甲乙要求相关部门要站在推动莎车科学发展的高度，把主要精力放在项目建设上。',
    );
    expect(f.district?.name).toBe('莎车县');
  });
  it('a county’s base inside a company’s full name weighs half: the firm’s brand or origin', () => {
    const f = facts(
      '5月25日下午，县委书记甲乙前往丙丁工业园区调研。甲乙一行察看了南丰庚辛建材有限公司的生产车间建设。甲乙要求相关部门要站在推动莎车科学发展的高度，把主要精力放在项目建设上。',
    );
    expect(f.district?.name).toBe('莎车县');
  });
});
