import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 16's rules (#15): a clause's subject with a firm's shape, one zone or one firm written
// two ways, a delegation among visitors. Never a name from a test text.

describe('plan facts: a firm named as the subject of its sentence (round 16)', () => {
  it('reads a brand and a trade word before what firms do or are given', () => {
    expect(placed(facts('去年，甲坤新能源获评省级专精特新示范，园区产值增长12%。'))).toEqual([
      '甲坤新能源@null',
    ]);
    expect(placed(facts('全年新增规上企业9家，辛澜药业顺利投产，癸森科技成为省级“头雁'))).toEqual([
      '辛澜药业@null',
      '癸森科技@null',
    ]);
    expect(placed(facts('例如支持乙坤科技建成可降解材料全产业链。'))).toEqual(['乙坤科技@null']);
  });

  it('reads no common word before a trade word, and no list', () => {
    expect(facts('引进培育汽车电子项目，负极材料项目顺利投产，汽车电子成为新的增长点。').firms).toEqual([]);
    expect(facts('我县化工成为支柱，全县科技实现突破，园区包装获评示范。').firms).toEqual([]);
  });
});

describe('plan facts: one zone or one firm written two ways (round 16)', () => {
  it('merges 我县经开区 into the 县经济开发区 of the same text', () => {
    const f = facts('位于县经济开发区的甲乙塑业有限公司相继投产。2023年，丙丁集团入驻我县经开区。');
    expect(f.zones.map((z) => z.name)).toEqual(['县经济开发区']);
    expect(placed(f)).toEqual(['甲乙塑业有限公司@县经济开发区', '丙丁集团@县经济开发区']);
  });

  it('keeps one firm where a bare brand is another name of it with its trade word', () => {
    const f = facts(
      '引导甲乙森汽车、丙丁传动等本地汽摩零部件企业做大做强，以甲乙森、庚辛视讯等行业重点企业为目标。',
    );
    expect(placed(f)).toEqual(['甲乙森汽车@null', '丙丁传动@null', '庚辛视讯@null']);
    expect(placed(facts('园区现有甲乙铝业、甲乙电力等规上企业。'))).toEqual([
      '甲乙铝业@null',
      '甲乙电力@null',
    ]);
  });
});

describe('plan facts: a delegation is no firm (round 16)', () => {
  it('leaves a 考察团 among visiting firms', () => {
    const f = facts('全区接待了甲乙控股集团、珠江考察团、丙丁实业等一批知名企业来区考察。');
    expect(f.targets.map((t) => t.name)).toEqual(['甲乙控股集团', '丙丁实业']);
  });
});

// Made-up sentences for the rules written after round 16's blind reading.
describe('plan facts: zones of a park introduction and a signing note (round 16, after the blind reading)', () => {
  it('starts a zone at the county named inside its leading words (全部落地甲县乙产业园)', () => {
    const f = facts(
      '县政府与丙丁机械有限公司等5户企业签约，项目将全部落地宁陵县乙城装备制造产业园，整个园区新增产值5亿元。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['宁陵县乙城装备制造产业园']);
    expect(placed(f)).toEqual(['丙丁机械有限公司@宁陵县乙城装备制造产业园']);
  });

  it('reads the other areas ending in 区 of a list two of whose items are zones', () => {
    const f = facts('甲乙工业园区分为农副产品加工区、畜产品加工区、高新技术区、预留发展区等。');
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '甲乙工业园区<null>',
      '农副产品加工区<甲乙工业园区>',
      '畜产品加工区<甲乙工业园区>',
      '高新技术区<甲乙工业园区>',
      '预留发展区<甲乙工业园区>',
    ]);
  });

  it('keeps a name the zone was given as that zone, not a part of it (命名为, 命名)', () => {
    const f = facts(
      '甲乙工业园区始建于1992年；2011年被县领导小组命名为宁陵县中小企业创业园；2013年被市领导小组命名商丘市创业园区。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲乙工业园区']);
  });

  it('reads products each before its amount in a list the capacity word closes', () => {
    const f = facts('甲乙铝业公司现有电解铝13万吨、铝铸轧卷1.5万吨、再生铝合金2万吨的生产能力。');
    expect(f.projects.map((p) => `${p.product} ${p.value}${p.unit}`)).toEqual([
      '电解铝 13万吨/年',
      '铝铸轧卷 1.5万吨/年',
      '再生铝合金 2万吨/年',
    ]);
    expect(facts('公司目前具有9.5万吨的产能。').projects.map((p) => p.product)).not.toContain('具有');
  });
});

// Made-up sentences for the rules written after the fifth text's blind reading (a zone's report naming firms as
// subjects).
describe('plan facts: a development zone report that names its firms as subjects (round 16, fifth text)', () => {
  it('reads the bare 经开区 as a clause subject, titles it won as no zone, and its firms there', () => {
    const f = facts(
      '经开区2022年工作汇报。今年以来，经开区深入推进改革。2022年，经开区入选国家外贸示范区、获省级智能汽车特色产业园等称号。癸森汽车连续9年位居全省第一，辛澜集团成为全球第一光伏巨头。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['经开区']);
    expect(placed(f)).toEqual(['癸森汽车@经开区', '辛澜集团@经开区']);
  });

  it('reads two firms given a title together, and a one-character brand with 的 before its suffix', () => {
    expect(placed(facts('全年，癸森新材料和乙坤铜业入围国家级制造业单项冠军企业。'))).toEqual([
      '癸森新材料@null',
      '乙坤铜业@null',
    ]);
    expect(placed(facts('今年，甲的集团位居全国家电行业第一。'))).toEqual(['甲的集团@null']);
    expect(facts('新能源汽车连续3年位居全省第一，电子信息和新材料入围省级重点产业。').firms).toEqual([]);
  });
});

// Made-up sentences for the rules written after the sixth text's blind reading (a county report building parks).
describe('plan facts: parks being built in a county report (round 16, sixth text)', () => {
  it('reads a 农高区, leaves a title won with its level, and drops the closer 等 from a list of leaders', () => {
    const f = facts(
      '甲乙国家农高区研究院建成运行。建设2760亩的生物医药产业园，形成了以丙丁生物、戊己康鑫、庚辛药业等为龙头的医药产业集群；建设1000亩的伞业产业园，获批省级返乡创业示范园区。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲乙国家农高区', '生物医药产业园', '伞业产业园']);
    expect(placed(f)).toEqual([
      '丙丁生物@生物医药产业园',
      '戊己康鑫@生物医药产业园',
      '庚辛药业@生物医药产业园',
    ]);
  });
});
