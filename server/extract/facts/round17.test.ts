import { describe, expect, it } from 'vitest';
import { planFixtureText } from './measure.ts';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 17's rules (#15). Never a name from a test text.

describe('plan fixtures: the source line is no plan text (round 17)', () => {
  it('blanks a first line 来源：… (or 來源：…) and keeps the lines where they are', () => {
    const raw = '来源：https://example.org/yuanqu/1（某招商网园区简介页）\n甲乙工业园区位于丙县。';
    expect(planFixtureText(raw)).toBe('\n甲乙工业园区位于丙县。');
    expect(planFixtureText(raw.replace('来源', '來源'))).toBe('\n甲乙工业园区位于丙县。');
    // The extractor itself reads no name on such a line either (makeDoc's source lines, since #15's leftovers).
    expect(facts(raw).zones.map((z) => z.name)).toEqual(['甲乙工业园区']);
    expect(facts(planFixtureText(raw)).zones.map((z) => z.name)).toEqual(['甲乙工业园区']);
  });

  it('leaves a 来源 that is not the first line', () => {
    const raw = '甲乙工业园区位于丙县。\n来源：某某网';
    expect(planFixtureText(raw)).toBe(raw);
  });
});

describe('plan facts: a brand of one character and 的 inside a list item (round 17)', () => {
  it('reads 甲的厨卫 in a counted list of firms', () => {
    expect(placed(facts('甲的厨卫、乙智空调2家企业分别入选国家智能制造示范工厂。'))).toEqual([
      '甲的厨卫@null',
      '乙智空调@null',
    ]);
  });

  it('keeps 的 after a pronoun or an adjective a modifier', () => {
    expect(facts('新的厨卫、好的空调2家企业分别入选示范工厂。').firms).toEqual([]);
  });
});

describe('zones: a heading ends at its first clause, not at its label (round 17)', () => {
  // A heading line longer than its 40-character label: the label's cut falls inside the clause.
  const words = '坚持创新驱动全面推进工业经济高质量发展不断提升产业基础能力和链条现代化水平';

  it('does not start a zone name at the label cut', () => {
    const t = `一、${words.slice(0, 34)}，建设甲乙经济开发区。\n甲乙经济开发区丁戊产业园主要发展装备制造。`;
    expect(t.indexOf('乙')).toBe(40);
    expect(facts(t).zones.map((z) => `${z.name}<${z.parent}`)).toEqual([
      '甲乙经济开发区<null',
      '丁戊产业园<甲乙经济开发区',
    ]);
  });

  it('does not read a bare 开发区 at the label cut as a sentence opening', () => {
    const t = `一、${words.slice(0, 33)}，我们推动开发区引进项目16个，总投资50亿元。\n全年工业产值增长12%。`;
    expect(t.indexOf('开发区')).toBe(40);
    expect(facts(t).zones).toEqual([]);
  });
});

// Made-up sentences for the rules written after round 17's blind reading.
describe('firms of a signing note, a 链长制 plan and a zone news item (round 17, after the blind reading)', () => {
  it('reads a counted list of projects written 等项目N个', () => {
    expect(placed(facts('1-8月份,签约润滑油、皇坤万喜汇、联辰药业、三戊生物等项目29个。'))).toEqual([
      '皇坤万喜汇@null',
      '联辰药业@null',
      '三戊生物@null',
    ]);
  });

  it('reads the firm groups a list of chains is named after (…等12个产业链(企业集团)), not the gloss', () => {
    expect(
      placed(facts('成立了洁坤、铁辰来、新型碳材料、不锈钢、乳制品等12个产业链(企业集团),组建了领导小组。')),
    ).toEqual(['洁坤@null', '铁辰来@null']);
    expect(facts('组建了12个产业链(企业集团)服务专班。').firms).toEqual([]);
  });

  it('starts a firm after the zone written before it, and reads the owner of a capacity written X的N万吨', () => {
    const f = facts(
      '记者来到市经济开发区甲坤化工有限公司采访。而新辰化学的30万吨烧碱项目也将于近期投产,开发区进入了投产高潮。',
    );
    expect(placed(f)).toEqual(['甲坤化工有限公司@市经济开发区', '新辰化学@市经济开发区']);
    expect(f.projects.map((p) => `${p.enterprise}:${p.value}${p.unit}`)).toEqual(['新辰化学:30万吨/年']);
  });

  it('reads the later items of a list of investments (总投资50亿元的A、30亿元的B)', () => {
    expect(
      placed(facts('在丁戊工业园区,总投资50亿元的甲坤造船、30亿元的展辰实业等重大项目正在加快建设。')),
    ).toEqual(['甲坤造船@丁戊工业园区', '展辰实业@丁戊工业园区']);
  });
});

describe('zones of a plan chapter on parks (round 17, after the blind reading)', () => {
  it('reads parks named by their places only (甲坪、乙寨…等重点产业园区), and 落实 ends no name', () => {
    const f = facts(
      '大力推进甲乙经济开发区建设,制定落实产业园区的政策措施,加快推进大湾、蟠龙、汪家寨等重点产业园区,明确主导产业。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}`)).toEqual([
      '甲乙经济开发区<null',
      '大湾<null',
      '蟠龙<null',
      '汪家寨<null',
    ]);
    expect(facts('加快推进食品、机械、纺织等工业园区建设。').zones).toEqual([]);
    // With no zone before it, the list's first park is not the text's subject, holding the others.
    expect(
      facts('加快推进大湾、蟠龙、汪家寨等重点产业园区,明确主导产业。').zones.map(
        (z) => `${z.name}<${z.parent}`,
      ),
    ).toEqual(['大湾<null', '蟠龙<null', '汪家寨<null']);
  });

  it('puts the parks of a numbered item under the zone opening it before its colon', () => {
    const f = facts(
      '(一)省级经济开发区(2个)1、甲乙经济开发区(即丙新区):实行一区多园,有物流园区、高新技术产业园区、食品加工园区等。2、丁戊经济开发区:含两个乡。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}`)).toEqual([
      '甲乙经济开发区<null',
      // Round 18: the generic 物流园区 opening the list (after 有) is a park of the list too.
      '物流园区<甲乙经济开发区',
      '高新技术产业园区<甲乙经济开发区',
      '食品加工园区<甲乙经济开发区',
      '丁戊经济开发区<null',
    ]);
  });
});
