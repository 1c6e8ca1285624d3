import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 21's rules (#15): the misses of round 21's blind texts. Never a name from a test text.

const firmNames = (t: string) => facts(t).firms.map((f) => f.name);
const parents = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);

describe('zones: one zone under a place’s name and without it (round 21)', () => {
  it('takes the top zone written after the district’s name as the zone without it, and places its firms there', () => {
    const t =
      '相继落户碣阳山工业园区的重点项目托起了昌黎县工业经济的希望。记者走进了昌黎县碣阳山工业园区。\n' +
      '河北丙丁化工有限公司年产5万吨涂料项目总投资6亿元。';
    expect(parents(t)).toEqual(['碣阳山工业园区<null>']);
    expect(placed(facts(t))).toContain('河北丙丁化工有限公司@碣阳山工业园区');
  });

  it('takes the zone a text names first, written after a province’s name, as the zone without it', () => {
    const t =
      '丙丁铝业生产线竣工投产。江西丙丁循环经济产业园看到一派繁荣景象。丙丁循环经济产业园已形成五大产业集群。';
    expect(parents(t)).toEqual(['丙丁循环经济产业园<null>']);
  });
});

describe('zones: names that are no zones, and where a name starts (round 21)', () => {
  it('reads …集聚园区 as a zone word, and the parks a sentence counts as peers, none the subject of the others', () => {
    const t =
      '滦南县三大循环型产业集聚园区包括，“丙丁产业集聚园区”：主要依托煤炭资源，建设电力项目；' +
      '“戊己产业集聚园区”：依托整合煤矿，建设水泥项目；“庚辛产业集聚园区”：建设砖厂。';
    expect(parents(t)).toEqual([
      '丙丁产业集聚园区<null>',
      '戊己产业集聚园区<null>',
      '庚辛产业集聚园区<null>',
    ]);
  });

  it('reads no zone from a size of goal (百亿园区, 千亿产业园区) or from parks counted before their kind', () => {
    expect(parents('丙丁工业园正奋力打造百亿产业园区，力争建成产值过400亿的“千亿园区”。')).toEqual([
      '丙丁工业园<null>',
    ]);
    expect(parents('丙丁工业园投产。甲乙镇规划了矿产品、有色金属、陶瓷3个循环经济产业园。')).toEqual([
      '丙丁工业园<null>',
    ]);
  });

  it('starts a zone’s name after a verb that follows a county or a town (滦南县甲乙镇抓住…产业园)', () => {
    const names = facts(
      '今年以来，滦南县丙丁镇抓住循环经济产业园被列为示范单位的机遇，发展再生资源产业。',
    ).zones.map((z) => z.name);
    expect(names).toEqual(['循环经济产业园']);
  });
});

describe('firms: lists of projects named by their firms, and words before a company suffix (round 21)', () => {
  it('reads a list of brand-and-trade items closed by 项目 or 等…项目', () => {
    const t =
      '丙丁铝业、戊己塑业项目主体厂房完工；庚辛铜业、壬癸科技等项目相继启动。' +
      '在良好环境的吸引下，子丑铝业、寅卯铜业等一批科技型、环保型项目在园区落户。';
    expect(firmNames(t)).toEqual(
      expect.arrayContaining(['丙丁铝业', '戊己塑业', '庚辛铜业', '壬癸科技', '子丑铝业', '寅卯铜业']),
    );
  });

  it('leaves the phase out of a firm listed by its project (甲乙铜业二期)', () => {
    const names = firmNames('庚辛铜业二期、子丑环保二期等扩改新项目形成滚动开发之势。');
    expect(names).toEqual(expect.arrayContaining(['庚辛铜业', '子丑环保']));
    expect(names).not.toContain('庚辛铜业二期');
  });

  it('reads no firm from a list of trades closed by 等企业', () => {
    expect(firmNames('丙丁经济开发区有规模以上企业25家，配套包装、印刷、物流等企业18家。')).toEqual([]);
  });

  it('cuts a verb before a brand, and reads no firm from a pronoun or an activity before 公司', () => {
    const t =
      '走进丙丁实业有限公司的厂区，几十栋厂房整齐排列。董事长介绍说，他们公司是一家矿冶企业。' +
      '我们持续升级“管委会+运营公司+企业”模式。';
    expect(firmNames(t)).toEqual(['丙丁实业有限公司']);
  });
});

describe('placement and capacities (round 21)', () => {
  it('places no firm by 园区经济', () => {
    const t =
      '昌黎“园区经济”领跑现代工业\n昌黎日报讯 （通讯员甲乙、丙丁）3月底，丙丁食品公司在昌黎再追加投资2亿元。该公司负责人透露，他们非常看中昌黎“园区经济”的配套服务和' +
      '成熟的产业链。\n近3年，昌黎县投资10亿多元全面强化工业园区基础设施配套，提升园区整体功能。园区因地制宜，差异' +
      '定位，特色明显，布局合理，配套完善。戊己经济开发区突出农产品加工和包装印刷。庚辛工业园突出纺织服装产业特色。';
    expect(placed(facts(t))).toContain('丙丁食品公司@null');
  });

  it('reads what a plant makes as the product of a capacity with no project named, not what it is for', () => {
    const p = facts(
      '丙丁化学有限公司二期工程将试生产，届时利用植物油酸加工生产生物润滑油，用于生产机油的添加剂，年生产能力达1.2万吨。',
    ).projects;
    expect(p.map((x) => `${x.product} ${x.value} ${x.unit}`)).toContain('生物润滑油 1.2 万吨/年');
  });

  it('reads 加工能力是加工X N吨 as a capacity of X', () => {
    const p = facts(
      '丙丁药业有限公司位于戊己工业集中区，我们企业年设计加工能力是加工黄芪原料3000吨，计划7月投产。',
    ).projects;
    expect(p.map((x) => `${x.product} ${x.value}`)).toContain('黄芪 3000');
  });
});
