import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';
import { makeDoc } from '../text.ts';
import { soughtFacts } from './sought.ts';

const LINKS = [
  '铝土矿',
  '氧化铝',
  '电解铝',
  '铝合金',
  '铝型材',
  '铝',
  '煤',
  '电',
  '玻璃纤维',
  '制氢',
  '汽车电子',
];
const sought = (text: string, links = LINKS) => soughtFacts(makeDoc(text), links);
const names = (text: string, links = LINKS) => sought(text, links).map((s) => s.name);

describe('sought links (规划点名引进的环节)', () => {
  it('reads a link named after a recruit or fill word, with the word and the sentence', () => {
    const text = '一是招商引资。重点引进铝型材生产企业，同步招引汽车电子项目。';
    const got = sought(text);
    expect(got.map((s) => [s.name, s.cue])).toEqual([
      ['铝型材', '引进'],
      ['汽车电子', '招引'],
    ]);
    expect(got[0]?.quote).toBe('重点引进铝型材生产企业，同步招引汽车电子项目。');
    expect(text.slice(got[0]?.start, got[0]?.end)).toBe('铝型材');
    expect(names('该区还缺少氧化铝生产企业。')).toEqual(['氧化铝']);
    expect(names('补齐电解铝环节。')).toEqual(['电解铝']);
  });

  it('reads links in a frame the word closes (在…等方面引进), and nothing after the clause ends', () => {
    expect(names('拟在铝型材、铝合金等方面引进项目。')).toEqual(['铝型材', '铝合金']);
    expect(names('继续招引大项目，完善铝土矿—氧化铝—电解铝产业链。')).toEqual([]);
  });

  it('reads what a nominalised word recruits before it (…领域企业引育)', () => {
    expect(names('抓好高效低成本制氢领域企业引育。')).toEqual(['制氢']);
  });

  it('reads no past fact', () => {
    for (const s of [
      '已引进铝型材企业3家。',
      '先后引进铝型材企业。',
      '相继引进铝型材项目。',
      '累计引进铝型材企业5家。',
      '成功引进了铝型材项目。',
      '今年引进了铝型材项目。',
      '引进的铝型材企业已投产。',
    ])
      expect(names(s), s).toEqual([]);
  });

  it('reads no negation', () => {
    for (const s of ['严禁引进电解铝项目。', '不再引进电解铝产能。', '限制引进电解铝项目。'])
      expect(names(s), s).toEqual([]);
  });

  it('reads no intro of talent, technology or equipment', () => {
    for (const s of ['引进人才和铝型材企业。', '引进先进设备，改造铝型材生产线。', '引进铝型材生产技术。'])
      expect(names(s), s).toEqual([]);
  });

  it('lets the longest link win, and reads no link inside another product’s name', () => {
    expect(names('重点引进铝合金生产企业。')).toEqual(['铝合金']);
    expect(names('引进汽车电子项目。', ['汽车电子', '电子'])).toEqual(['汽车电子']);
    expect(names('引进玻璃纤维增强复合材料生产企业。')).toEqual([]);
    expect(names('引进以生产玻璃纤维为主的制造企业。')).toEqual(['玻璃纤维']);
  });

  it('reads a one-character link only as a whole list item', () => {
    expect(names('引进煤、电、铝等项目。')).toEqual(['煤', '电', '铝']);
    expect(names('引进铝业龙头企业。')).toEqual([]);
    expect(names('重点引进铝产业链企业。')).toEqual([]);
    expect(names('引进电池企业。')).toEqual([]);
  });

  it('gives one fact per link and sentence', () => {
    expect(names('引进铝型材企业，招引铝型材项目。引进铝型材企业。')).toEqual(['铝型材', '铝型材']);
  });

  it('reads the plan’s own chain links, in simplified script, from a traditional text', () => {
    const x = extract(
      '一、鋁產業\n打造鋁土礦—氧化鋁—電解鋁—鋁型材產業鏈。\n重點引進鋁型材生產企業，補齊電解鋁環節。\n',
    );
    expect(x.chains.length).toBeGreaterThan(0);
    expect(x.facts.sought.map((s) => [s.name, s.cue])).toEqual([
      ['铝型材', '引进'],
      ['电解铝', '补齐'],
    ]);
    expect(x.facts.sought[0]?.quote).toContain('重點引進鋁型材生產企業');
  });

  it('reads no link that is no chain link of the plan', () => {
    const x = extract('打造铝土矿—氧化铝—电解铝产业链。重点引进锂电池生产企业。');
    expect(x.facts.sought).toEqual([]);
  });

  it('reads a megabyte of recruit words without punctuation in linear time', () => {
    const text = `${'引进铝型材'.repeat(200_000)}。`;
    const at = Date.now();
    const got = sought(text);
    expect(Date.now() - at).toBeLessThan(4000);
    expect(got).toHaveLength(1);
  });
});
