import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 29's rules (#15): the twenty-ninth blind round's misses. Never a name from a test text.

describe('the words before a firm a park has (round 29)', () => {
  it('cuts 企业有 before the first firm listed', () => {
    const names = facts(
      '甲县工业园区组建以来，已入驻的企业有丙丁羊业有限公司，投资3000万元；戊己塑业有限公司投资800万元。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['丙丁羊业有限公司', '戊己塑业有限公司']));
    expect(names.some((n) => n.startsWith('有'))).toBe(false);
  });
  it('cuts 除此之外 before a list’s first item', () => {
    const names = facts(
      '甲县工业园区已入驻丙丁羊业有限公司。除此之外丙丁牛业、金泉复合肥厂、银河饮用水厂都在园区内投入生产。',
    ).firms.map((f) => f.name);
    expect(names).toContain('丙丁牛业');
  });
  it('cuts 知名品牌 before a firm', () => {
    const names = facts('随后，考察组来到中国知名品牌庚辛集团甲市公司的生产车间内。').firms.map(
      (f) => f.name,
    );
    expect(names).toContain('庚辛集团甲市公司');
    expect(names.some((n) => n.includes('品牌'))).toBe(false);
  });
});

describe('a time span before 园区 (round 29)', () => {
  it('reads no zone in 在这四年中园区有了较大的发展, and places the firms in the park named', () => {
    const f = facts(
      '甲县工业园区建于2002年初，在这四年中园区有了较大的发展。园区组建以来，已入驻的企业有丙丁羊业有限公司，戊己塑业有限公司投入1000万元。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲县工业园区']);
    expect(placed(f)).toEqual(
      expect.arrayContaining(['丙丁羊业有限公司@甲县工业园区', '戊己塑业有限公司@甲县工业园区']),
    );
  });
});

describe('a district whose name ends in 园区 (round 29)', () => {
  it('is no zone: the cluster district after it is, with the firms visited there', () => {
    const f = facts(
      '5月11日上午，采访组一行深入长春市绿园区产业集聚区进行了走访。在甲乙食品有限公司采访时，记者详细询问企业的发展状况。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual(['长春市绿园区产业集聚区<null>']);
    expect(placed(f)).toEqual(['甲乙食品有限公司@长春市绿园区产业集聚区']);
  });
});

describe('parks in a list of projects closed by 等项目 (round 29)', () => {
  it('are projects, not zones', () => {
    const f = facts(
      '甲县高新技术产业开发区将大力推进乙丙醋文化博览园、甲县肉食品加工产业园等项目，加快推进机械装备产业园、花生机械第二产业园等项目落地建设。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲县高新技术产业开发区']);
  });
});

describe('firms the county brings in (round 29)', () => {
  it('are the county’s, not the zone’s of the sentence before, over the sentence’s ；-joined clauses', () => {
    const f = facts(
      '近日，在上蔡县开发区乙丙卫材项目生产车间里，技术人员正在调试。上蔡县引入君乐宝、鲁花、正花等食品加工企业38家，培育形成了食品加工产业集群；引进华星、精工等装备制造企业37家。',
    );
    expect(placed(f)).toEqual(
      expect.arrayContaining(['君乐宝@null', '鲁花@null', '正花@null', '华星@null', '精工@null']),
    );
  });
  it('keeps a zone the clause names after the firm', () => {
    const f = facts('上蔡县引进甲乙科技有限公司落户上蔡县产业集聚区，总投资5亿元。');
    expect(placed(f)).toEqual(['甲乙科技有限公司@上蔡县产业集聚区']);
  });
});

describe('a park still being planned (round 29)', () => {
  it('is no zone, nor the parent of the park built after it', () => {
    const f = facts(
      '摘要：乙县将谋划建设食品产业园。总投资27亿元的乙县高新技术产业园建设项目一期完成投资15亿元，成功引进丙丁光电、戊己新能源等4家企业。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual(['乙县高新技术产业园<null>']);
  });
});

describe('a two-character peer in a list of short names of mixed length (round 29)', () => {
  it('is a firm like the others, though a town has its name', () => {
    const names = facts('乙县引入金乐宝、齐花、锦丰、花生天地、兴花等食品加工企业38家。').firms.map(
      (f) => f.name,
    );
    expect(names).toEqual(expect.arrayContaining(['金乐宝', '齐花', '锦丰', '兴花']));
  });
});

describe('what a zone is, after 是 (round 29)', () => {
  it('is a class, not a second zone', () => {
    const f = facts(
      '连日来，乙县丙丁工业园的项目建设一派繁忙。乙县经济开发区是省山海协作示范园区，规划面积7560亩。',
    );
    expect(f.zones.map((z) => z.name)).not.toContain('省山海协作示范园区');
    expect(f.zones.map((z) => z.name)).toContain('乙县经济开发区');
  });
});

describe('a verb of visiting before a firm (round 29)', () => {
  it('ends the words before its name, a caption line run on included', () => {
    const names = facts(
      '记者一行在甲乙食品有限公司面粉车间采访\n甲乙食品有限公司规模宏大的面粉车间\n随后，考察组先后考察丙丁科技有限公司、戊己材料有限公司。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['甲乙食品有限公司', '丙丁科技有限公司', '戊己材料有限公司']),
    );
    expect(names.some((n) => /采访|考察/.test(n))).toBe(false);
  });
});
