import { describe, expect, it } from 'vitest';
import { planFixtureText } from './measure.ts';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 17's rules (#15). Never a name from a test text.

describe('plan fixtures: the source line is no plan text (round 17)', () => {
  it('blanks a first line 来源：… (or 來源：…) and keeps the lines where they are', () => {
    const raw = '来源：https://example.org/yuanqu/1（某招商网园区简介页）\n甲乙工业园区位于丙县。';
    expect(planFixtureText(raw)).toBe('\n甲乙工业园区位于丙县。');
    expect(planFixtureText(raw.replace('来源', '來源'))).toBe('\n甲乙工业园区位于丙县。');
    expect(facts(raw).zones.map((z) => z.name)).toContain('某招商网园区');
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
