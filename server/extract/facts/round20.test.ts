import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 20's rules (#15): round 19's named misses, then the misses of round 20's blind texts.
// Never a name from a test text.

const firmNames = (t: string) => facts(t).firms.map((f) => f.name);
const zoneNames = (t: string) => facts(t).zones.map((z) => z.name);
const parents = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);

describe('firm lists: round 19’s named misses (round 20)', () => {
  it('reads a list closed by 等项目 after the last 企业 of its sentence, not the first (等企业及…企业甲、乙等项目)', () => {
    const t = '甲乙工业园已落户的企业包括丙丁食品、戊己集团等企业及上下游产业企业庚辛、壬癸、子丑等项目。';
    expect(firmNames(t)).toEqual(expect.arrayContaining(['庚辛', '壬癸', '子丑']));
  });

  it('reads the brand of an item followed by its products (丁师傅方便面、果汁)', () => {
    const names = firmNames('甲乙工业园已落户的企业包括丁师傅方便面、果汁，戊己食品、庚辛集团等企业。');
    expect(names).toContain('丁师傅');
    expect(names).not.toContain('丁师傅方便面');
  });

  it('ends the last item of a list of firms at its predicate (…、汶上和泰隆也榜上有名)', () => {
    expect(firmNames('山西万丰食品、太原鼎盛集团、汶上和泰隆也榜上有名。')).toContain('汶上和泰隆');
  });

  it('keeps 和 in a name the text writes with it elsewhere (包括和丰光电 after 山西和丰光电有限公司)', () => {
    const t =
      '园区内企业山西和丰光电有限公司生产玻璃盖板。该园区已集聚包括和丰光电、甲乙电子、丙丁电子等众多优质企业。';
    const names = firmNames(t);
    expect(names).not.toContain('丰光电');
    expect(names).toEqual(expect.arrayContaining(['山西和丰光电有限公司', '甲乙电子', '丙丁电子']));
  });

  it('reads a list closed by 等一批…项目 or 等10多个…产业 when most items are names', () => {
    expect(
      firmNames('甲乙工业园创办于2004年。近年来，该园先后引进了鑫瑞科技、弘泰电子等一批新型重大项目。'),
    ).toEqual(expect.arrayContaining(['鑫瑞科技', '弘泰电子']));
    expect(firmNames('甲乙科技城已有鑫瑞科技、弘泰电子等10多个先进制造业和战略性新兴产业投产。')).toEqual(
      expect.arrayContaining(['鑫瑞科技', '弘泰电子']),
    );
  });
});

describe('firms: short names a later list gives firms named in full (round 20)', () => {
  const t =
    '今年已有3家企业在甲乙工业园区开工建设，分别是：平遥鑫瑞节能材料有限公司、平遥弘泰包装印务有限公司、' +
    '平遥丰隆生物科技有限公司。其中鑫瑞塑钢、弘泰印务入驻“丙丁物流园”。';

  it('places the firms in the park their short names move into', () => {
    expect(placed(facts(t))).toEqual(
      expect.arrayContaining([
        '平遥鑫瑞节能材料有限公司@丙丁物流园',
        '平遥弘泰包装印务有限公司@丙丁物流园',
        '平遥丰隆生物科技有限公司@甲乙工业园区',
      ]),
    );
  });
});

describe('firm lists: a list the next clause calls firms (round 20)', () => {
  const t =
    '甲乙工业园举行开工仪式，集中开工项目5个，包括宁德鑫瑞、江苏弘泰、常州丰隆、苏州固特苏州华祥，均为动力电池配套企业。';

  it('reads the items of …，均为…企业, and splits two place-and-brand names written without a mark', () => {
    expect(placed(facts(t))).toEqual(
      expect.arrayContaining([
        '宁德鑫瑞@甲乙工业园',
        '江苏弘泰@甲乙工业园',
        '常州丰隆@甲乙工业园',
        '苏州固特@甲乙工业园',
        '苏州华祥@甲乙工业园',
      ]),
    );
  });
});

describe('a layout sentence opened by the bare 园区 (round 20)', () => {
  const t =
    '来源：http://www.example.com/portal.php?aid=1&mod=view（地方门户转载，无日期；正文全文）\n' +
    '3月11日,某镇招商分管率招商小分队赴外省开展学习交流活动。 一行人实地参观了浙江嵊泗工业园,听取了工作人员对工业园的详细介绍,全方位了解了工业园的发展理念、创建过程、产业培育等情况。\n' +
    '企 业 简 介\n' +
    '浙江嵊泗工业园区是2006年4月经国家发改委核准的省级开发区,2012年增加丙丁装备高新区牌子。2021年6月,嵊泗工业园区将原有区块进行全面整合提升,规划总面积48.72平方公里。园区已入驻企业超500家。\n' +
    '园区主要分为五大产业区块:绿色石化基地拓展区、高端装备产业区、港口物流仓储区、传统产业转型升级区、产城融合功能区。目前已有鑫瑞集团、弘泰集团等一批知名企业入驻。';

  // Since round 21 the zone goes by its name without the province's (浙江嵊泗工业园区 and 嵊泗工业园区 are one zone).
  it('puts the listed blocks under the zone 园区 stands for', () => {
    expect(parents(t)).toEqual(
      expect.arrayContaining(['港口物流仓储区<嵊泗工业园区>', '产城融合功能区<嵊泗工业园区>']),
    );
  });

  it('places the firms of the next sentence in that zone, not in the last block listed', () => {
    expect(placed(facts(t))).toEqual(
      expect.arrayContaining(['鑫瑞集团@嵊泗工业园区', '弘泰集团@嵊泗工业园区']),
    );
  });

  it('reads no zone from the count of blocks (五大产业区)', () => {
    expect(zoneNames(t)).not.toContain('五大产业区');
  });
});

describe('firms named by the copula, and the list they were written in before (round 20)', () => {
  const t =
    '日前，平遥甲乙科技产业园举行项目集中签约仪式，其中不乏新三板上市公司。\n' +
    '湘磁材料、奥瑞科技、航天特种机械制造等13个科技型项目集中签约落户。其中湘磁材料不仅是新三板上市企业，还是该行业龙头企业。';

  it('reads the subject 是…企业 calls a firm, and its earlier list mate of a firm’s shape', () => {
    expect(firmNames(t)).toEqual(expect.arrayContaining(['湘磁材料', '奥瑞科技']));
  });

  it('reads no firm from 不乏新三板上市公司', () => {
    expect(firmNames(t).some((n) => n.includes('上市'))).toBe(false);
  });

  it('places them in the zone the text opens with, though its fact keeps a later mention', () => {
    expect(placed(facts(`${t}\n据了解，甲乙科技产业园是在丙丁工业园基础上成立的。`))).toEqual(
      expect.arrayContaining(['湘磁材料@甲乙科技产业园', '奥瑞科技@甲乙科技产业园']),
    );
  });

  it('reads no firm from a clause before 是…企业 (建成后将是具有一定规模的企业)', () => {
    expect(firmNames('其中有2个项目投资额过亿，建成后将是具有一定规模的企业。')).toEqual([]);
  });
});

describe('zones: generic parks and a town before a park’s name (round 20)', () => {
  it('reads no zone from a level or an attribute before a generic park', () => {
    expect(zoneNames('将原砖厂开发为集约化工业园区，建成镇级集约化工业园区的样板。')).toEqual([]);
    expect(zoneNames('一个个即将开园的综合产业园迎来招商季。')).toEqual([]);
  });

  it('reads the park written after the town the text names as the same zone', () => {
    const t = '甲乙丙丁工业园项目正式启用。据了解，丙丁工业园是甲乙镇重点项目之一。';
    expect(zoneNames(t)).toEqual(['丙丁工业园']);
  });

  it('ends a firm’s preamble at 业主单位', () => {
    expect(firmNames('现场，园区业主单位平遥鑫瑞仓储有限公司与入驻企业签约。')).toEqual([
      '平遥鑫瑞仓储有限公司',
    ]);
  });
});

describe('parks firms move into (round 20)', () => {
  const t =
    '今年已有4家企业在甲乙工业园区开工建设，分别是：平遥鑫瑞节能材料有限公司、平遥弘泰包装印务有限公司、' +
    '平遥丰隆生物科技有限公司、平遥嘉祺食品有限公司。其中鑫瑞塑钢、弘泰印务入驻“丙丁物流园”；丰隆生物、嘉祺食品入驻“创业园”。';

  it('reads a park named in quotes after 入驻 as a zone, though its name is a bare kind', () => {
    expect(zoneNames(t)).toContain('创业园');
  });

  it('puts the parks a subset of the firms (其中…) moves into under the zone they were placed in', () => {
    expect(parents(t)).toEqual(expect.arrayContaining(['丙丁物流园<甲乙工业园区>', '创业园<甲乙工业园区>']));
  });
});

describe('zones a zone takes in (round 20)', () => {
  it('reads 将原甲乙产业园区 without 原, under the zone that takes it in', () => {
    const t =
      '2021年6月，丙丁工业园区将原戊己产业园区、西大岛、长白湾等区块进行全面整合提升，规划总面积48平方公里。';
    expect(parents(t)).toEqual(expect.arrayContaining(['戊己产业园区<丙丁工业园区>']));
  });
});

describe('a firm named by its project after its amount (round 20)', () => {
  it('reads the brand before the project’s field (投资金额达5亿元的鑫瑞科高端医疗项目)', () => {
    const t = '以甲乙产业园为例，不仅成功招引计划投资金额达5亿元的鑫瑞科高端医疗项目，还引进了一批企业。';
    expect(placed(facts(t))).toContain('鑫瑞科@甲乙产业园');
  });
});

describe('a quoted kind of park the text calls a model (round 20)', () => {
  it('reads no zone from “飞地园区” where the text writes “飞地园区”模式', () => {
    const t =
      '近年来，甲乙经济技术开发区积极探索“飞地园区”模式。走进甲乙经济技术开发区“飞地园区”丙丁产业园区，厂房整齐排列。';
    expect(zoneNames(t)).not.toContain('飞地园区');
    expect(zoneNames(t)).toContain('丙丁产业园区');
  });
});

describe('a doubled character as a brand (round 20)', () => {
  it('reads 乐乐 in a list of firms, though the dictionary has it as a common word', () => {
    const t = '甲乙产业集聚区汇聚了鑫瑞、乐乐、弘泰、丰隆等一批知名食品企业。';
    expect(firmNames(t)).toContain('乐乐');
  });
});

describe('an item its description calls a firm (round 20)', () => {
  it('reads 美好饲料 after …十大时代企业 in a list closed by 等公司, though its words are common', () => {
    const t =
      '甲乙经济开发区引导培育的中国高品质鸡蛋领导者鑫瑞、中国畜牧饲料行业十大时代企业美好饲料、著名食品龙头企业弘泰食品等公司领跑健康食品加工企业。';
    expect(firmNames(t)).toContain('美好饲料');
  });
});

describe('zones another was set up on (round 20)', () => {
  it('puts the development zone and parks a park was set up on under it (是在A及B、C基础上成立的)', () => {
    const t =
      '据了解，甲乙科技产业园是在丙丁经济开发区及戊己汽车产业园、庚辛工业园基础上成立的工业示范园区，总规划面积62平方公里。';
    expect(parents(t)).toEqual(
      expect.arrayContaining(['丙丁经济开发区<甲乙科技产业园>', '戊己汽车产业园<甲乙科技产业园>']),
    );
  });
});

describe('the first area of a layout list right after its colon (round 20)', () => {
  it('reads 机械与海洋工程装备区 opening the list after the colon', () => {
    const t =
      '甲乙工业园区主要分为四大产业区块：机械与海洋工程装备区、高端装备产业区、港口物流仓储区、产城融合功能区。';
    expect(zoneNames(t)).toContain('机械与海洋工程装备区');
  });
});

describe('the verb before the first item of a list of firms (round 20)', () => {
  it('reads the first item of 实地察看A、B、C公司等 after its verb', () => {
    const t = '领导一行到甲乙科技城调研，实地察看鑫瑞航空、星际动漫、弘泰有限公司等园区产业项目。';
    expect(firmNames(t)).toContain('鑫瑞航空');
  });
});
