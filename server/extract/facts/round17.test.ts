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
