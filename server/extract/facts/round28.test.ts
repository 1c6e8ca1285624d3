import { describe, expect, it } from 'vitest';
import { simplify } from '../text.ts';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 28's rules (#15): the twenty-eighth blind round's misses. Never a name from a test text.

describe('firms by short names as the subject of an honour (round 28)', () => {
  it('reads a 、 list and a single name before 入选 / 荣登 / 分获', () => {
    const names = facts(
      '全县新增规上工业企业40家。甲乙能源、丙丁投资入选全省民营企业营收百强，戊己石油荣登全省制造业综合百强名单。庚辛实业、壬癸医药分获省科技进步奖。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['甲乙能源', '丙丁投资', '戊己石油', '庚辛实业', '壬癸医药']),
    );
  });
  it('reads no place, body or kind of business before 入选', () => {
    expect(facts('我县入选全国百强县，园区企业入选省级名单，新材料、电子信息入选重点产业。').firms).toEqual(
      [],
    );
  });
});

describe('a 分园 written after its park (round 28)', () => {
  it('reads the 分园 as the park’s branch', () => {
    const f = facts(
      '甲乙产业转移工业园丙丁分园(以下简称丙丁分园)扩能增效成果显著。至今年5月，丙丁分园累计引入企业83家。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '甲乙产业转移工业园<null>',
      '丙丁分园<甲乙产业转移工业园>',
    ]);
  });
});

describe('a park described by what leads it (round 28)', () => {
  it('reads no zone in 以…为主导的…产业园区, and the park named after it has no parent', () => {
    const f = facts(
      '近年来，甲县着力打造以钢结构为主导的机械加工特色产业园区。目前，甲县工业园区内钢结构产业集群已颇具规模。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual(['甲县工业园区<null>']);
  });
});

describe('two-character names among peers of a brand’s shape (round 28)', () => {
  it('reads every item of a list of short names closed by 等…企业 when most have a brand’s shape', () => {
    const names = facts(
      '甲县工业园区内，钢结构产业集群已颇具规模。汇通、庚辛、华茂、骏达、汇达、壬癸、金工等钢构主导及上下游配套企业建成投产后，年产值近20亿元。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['汇通', '庚辛', '华茂', '骏达', '汇达', '壬癸', '金工']));
  });
});

describe('就 (about) before a list of firms (round 28)', () => {
  it('is no part of the first firm’s name', () => {
    const names = facts(
      '会上，参会单位就庚辛玻纤、壬癸意等13家重点企业现状、项目推进情况逐个分析研讨。',
    ).firms.map((f) => f.name);
    expect(names).toContain('庚辛玻纤');
    expect(names.some((n) => n.includes('就'))).toBe(false);
  });
});

describe('a firm read in one list names the other items of another list it is in (round 28)', () => {
  it('reads the siblings of a firm whose name a later list of projects gives', () => {
    const names = facts(
      '园区基础设施加快完善。甲乙药业、丙丁表业、华茂电子、庚辛药业新建厂房约20万平方米；壬癸公司供应甲乙药业、庚辛药业项目的蒸汽管道已完成。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['丙丁表业', '华茂电子']));
  });
});

describe('该公司 opening the sentence after a firm’s says where it is (round 28)', () => {
  it('places the firm in the zone 该公司…入驻 names last', () => {
    const f = facts(
      '元旦当天，甲乙食品有限公司车间里生产如火如荼。该公司是入驻甲县工业园区月饼小镇最早的企业之一。甲县工业园区的其他企业也忙得不亦乐乎，在丙丁食品有限公司生产车间，蛋黄酥走下了生产线。',
    );
    expect(placed(f)).toEqual(['甲乙食品有限公司@月饼小镇', '丙丁食品有限公司@甲县工业园区']);
  });
});

describe('one firm alone whose name holds its place in brackets (round 28)', () => {
  it('reads 甲乙丙丁(某市)纸业 before 等…企业 as a firm', () => {
    const names = facts(
      '园区累计引入企业83家。其中，华茂丙丁(韶关)纸业等28家企业(首期)已建成投产。',
    ).firms.map((f) => f.name);
    expect(names).toContain('华茂丙丁(韶关)纸业');
  });
});

describe('a product with its part in ASCII brackets before N 单位/年 (round 28)', () => {
  it('reads the capacity', () => {
    const p = facts('项目建成后，生产规模为钢窗2万吨/年，钢家具(配件)2万平方米/年。').projects.map(
      (x) => `${x.product} ${x.value} ${x.unit}`,
    );
    expect(p).toContain('钢家具(配件) 2 万平方米/年');
  });
});

describe('a yearly output written 年 + product + 产量达 N (round 28)', () => {
  it('reads the capacity, 万余 and a count in 颗 alike', () => {
    const p = facts('该公司专业生产光学镜头，年光学镜头产量达8000万余颗，全球占有率2.8%。').projects.map(
      (x) => `${x.product} ${x.value} ${x.unit}`,
    );
    expect(p).toEqual(['光学镜头 8000 万颗/年']);
  });
});

describe('a firm written once more with its county before it (round 28)', () => {
  it('is one firm', () => {
    const f = facts(
      '3月15日，位于瑞金高新技术产业开发区的华茂光电科技有限公司生产车间内各条生产线正在快速运转。“今年订单量增长态势非常好。”瑞金华茂光电科技有限公司总经理助理说道。',
    );
    expect(f.firms.map((x) => x.name)).toEqual(['华茂光电科技有限公司']);
  });
});

describe('a one-character verb before a list’s first item (round 28)', () => {
  it('is no part of the firm its province opens', () => {
    const names = facts(
      '继江西华茂、庚辛、壬癸先后落户甲县后，乙省骏达再次选择甲县。庚辛、壬癸、骏达、汇达等配套企业建成投产。',
    ).firms.map((f) => f.name);
    expect(names).toContain('江西华茂');
    expect(names.some((n) => n.startsWith('继'))).toBe(false);
  });
});

describe('陜, the variant of 陝, in a traditional text (round 28)', () => {
  it('reads as 陕: the province opens the firm’s name', () => {
    const names = facts(
      '繼陜西華茂、庚辛、壬癸先後落戶甲縣後，乙省駿達再次選擇甲縣。庚辛、壬癸、駿達、匯達等配套企業建成投產。',
    ).firms.map((f) => simplify(f.name));
    expect(names).toContain('陕西华茂');
  });
});
