import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 19's rules (#15): how a firm's zone is read from the sentence around it, and where a
// zone's name starts. Never a name from a test text.

const zoneNames = (t: string) => facts(t).zones.map((z) => z.name);

describe('zones: …科技城, …工业城 and …产业城 are zones (round 19)', () => {
  it('reads a named 科技城 and places the firm settled in it', () => {
    const f = facts('重点推进甲乙科技城建设。丙丁电子有限公司已落户甲乙科技城。');
    expect(f.zones.map((z) => z.name)).toContain('甲乙科技城');
    expect(placed(f)).toContain('丙丁电子有限公司@甲乙科技城');
  });

  it('reads no zone from the bare word (在工业城建生产线)', () => {
    expect(zoneNames('戊己公司将投资1亿元在工业城建生产线。')).toEqual([]);
  });
});

describe('zones: where a name starts inside a sentence’s words (round 19)', () => {
  it('reads no zone from a title won, written after an honour verb inside the run', () => {
    expect(zoneNames('丙丁工业园区获评省级高新技术产业开发区。')).toEqual(['丙丁工业园区']);
  });

  it('starts the name after a pronoun 我县', () => {
    expect(zoneNames('领导一行到我县戊己产业园考察。')).toEqual(['戊己产业园']);
  });

  it('starts the name after a year written with a space before 年', () => {
    expect(zoneNames('2020 年庚辛产业园实现产值10亿元。')).toEqual(['庚辛产业园']);
  });

  it('starts the name at a place after four characters of the sentence’s own words', () => {
    expect(zoneNames('一条大道直通永川产业集聚区。')).toEqual(['永川产业集聚区']);
  });

  it('reads no zone from a verbal noun before a generic park (调研产业园区项目)', () => {
    expect(zoneNames('省领导一行到我县调研产业园区项目建设工作。')).toEqual([]);
  });
});

describe('zone parents: a zone written as inside another (round 19)', () => {
  it('puts 甲乙食品工业城 under the park it was hung in', () => {
    const zones = facts('甲乙食品工业城在丙丁农业科技园内正式挂牌。').zones.map(
      (z) => `${z.name}<${z.parent}>`,
    );
    expect(zones).toContain('甲乙食品工业城<丙丁农业科技园>');
  });
});

describe('firms: 该园区 and 园区内 refer back to the park named last (round 19)', () => {
  const t =
    '甲乙经济开发区积极探索新模式。走进甲乙经济开发区丙丁产业园区，一排排厂房整齐排列。' +
    '园区内企业戊己电子有限公司是一家生产玻璃盖板的企业。截至目前，该园区已集聚包括庚辛光电、壬癸电子等众多优质企业。';

  it('places the firms in the park, not in the zone the text is about', () => {
    expect(placed(facts(t))).toEqual(
      expect.arrayContaining([
        '戊己电子有限公司@丙丁产业园区',
        '庚辛光电@丙丁产业园区',
        '壬癸电子@丙丁产业园区',
      ]),
    );
  });
});

describe('firms: a bare 园区 opening a clause refers back to the park named last (round 19)', () => {
  it('places 庚辛集团 in the park of the sentence before, not in the development zone', () => {
    const t =
      '甲乙经济开发区大力发展食品产业。甲乙经济开发区丙丁食品产业园入驻企业戊己集团位列第二名。' +
      '此外，园区招引入驻的庚辛集团也成功入榜。';
    expect(placed(facts(t))).toContain('庚辛集团@丙丁食品产业园');
  });
});

describe('firm lists closed by 等…企业/公司: brackets, quoted honours, descriptions (round 19)', () => {
  it('reads over a bracketed place inside an item', () => {
    const names = facts(
      '丙丁产业园已集聚包括甲乙光电、中科丙(山西)研究院、丁戊电子等众多优质企业。',
    ).firms.map((f) => f.name);
    expect(names).toContain('甲乙光电');
  });

  it('cuts each item’s description and quoted honour before the name', () => {
    const t =
      '甲乙经济开发区食品产业加快发展。引导培育的全国鸡蛋领导者庚辛乐、饲料行业十大时代企业甲丁饲料、著名食品龙头企业壬癸食品等公司领跑食品加工企业；' +
      '省“瞪羚企业”宏远制药、“专精特新小巨人”瑞丰生物等公司蓬勃发展。';
    expect(facts(t).firms.map((f) => f.name)).toEqual(
      expect.arrayContaining(['庚辛乐', '壬癸食品', '宏远制药', '瑞丰生物']),
    );
  });

  it('keeps the zone for the last item of a long list (counted from the clause’s start)', () => {
    const t =
      '甲乙经济开发区今年产值增长。引导培育的全国知名鸡蛋品牌领导者庚辛乐、全国饲料畜牧行业知名时代企业甲丁饲料、全国著名食品龙头企业壬癸食品、' +
      '全国著名调味品行业龙头企业子丑食品、全国著名肉制品行业龙头企业寅卯食品、全国著名休闲食品行业龙头企业辰巳食品等公司领跑食品加工企业。';
    expect(placed(facts(t))).toContain('辰巳食品@甲乙经济开发区');
  });
});

describe('firm lists: a list right after 企业 names firms though 等项目 closes it (round 19)', () => {
  it('reads the brands of 上下游产业企业甲乙、丙丁…等项目', () => {
    const t = '丙丁产业园已经落户上下游产业企业华宁、秉丰、卓盛、奥瑞金等项目。';
    expect(facts(t).firms.map((f) => f.name)).toEqual(expect.arrayContaining(['卓盛', '奥瑞金']));
  });
});
