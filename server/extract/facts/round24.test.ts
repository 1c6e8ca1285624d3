import { describe, expect, it } from 'vitest';
import { amountValue } from '../amounts.ts';
import { districtBase } from './district.ts';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 24's rules (#15): round 22's leftovers. Never a name from a test text.

const parents = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);
const capacities = (t: string) => facts(t).projects.map((p) => `${p.product} ${p.value}${p.unit}`);

describe('amounts in Chinese numerals (round 24)', () => {
  it('reads the value of a number written in Chinese numerals', () => {
    expect(['两', '三十', '一百二十', '十', '十五', '三千零五', '二〇'].map(amountValue)).toEqual([
      2, 30, 120, 10, 15, 3005, 20,
    ]);
    expect(amountValue('1,200')).toBe(1200);
  });

  it('reads a yearly output written in Chinese numerals (年产甲乙粉体两万吨)', () => {
    expect(capacities('丙丁新材料有限公司建成投产，年产甲乙粉体两万吨。')).toEqual(['甲乙粉体 2万吨/年']);
  });

  it('reads installed power in 万千瓦, written in Chinese numerals, as no yearly figure', () => {
    expect(capacities('戊己能源有限公司开工建设三十万千瓦风电项目。')).toEqual(['风电 30万千瓦']);
  });

  it('reads each product of a 年设计生产 list, in 万千瓦 and in pieces (支)', () => {
    expect(capacities('庚辛装备有限公司年设计生产风电机组一百二十万千瓦、导流片600支。')).toEqual([
      '风电机组 120万千瓦/年',
      '导流片 600支/年',
    ]);
    expect(capacities('子丑电池有限公司投产，年产储能电芯一百二十万支。')).toEqual(['储能电芯 120万支/年']);
  });

  it('reads what a line treats at its clause end (处理丙渣两万吨), not a daily figure', () => {
    expect(capacities('寅卯公司建成国内领先的提取物生产线，处理丙渣两万吨。')).toEqual(['丙渣 2万吨/年']);
    expect(capacities('寅卯公司建成污水处理生产线，日处理污水两万吨。')).toEqual([]);
  });

  it('reads no amount from a vague count, one unit of a ratio, or energy in 万千瓦时', () => {
    expect(capacities('辰巳公司投产后，年产甲乙粉体几十万吨。')).toEqual([]);
    expect(capacities('辰巳公司项目投产后一吨废料可生产油品0.6吨。')).toEqual([]);
    expect(capacities('辰巳公司光伏项目投产，年发电三十万千瓦时。')).toEqual([]);
  });
});

describe('zones of an area and the body that governs a district (round 24)', () => {
  it('puts the parks a sentence lists under the area that is its subject, after who reports it', () => {
    const t =
      '甲乙重点开发开放试验区加快建设。甲乙重点开发开放试验区先行发展区已入驻企业30家。' +
      '据甲乙重点开发开放试验区管委会主任丁戊介绍，先行发展区已累计投资30亿元，主要用于道路建设，' +
      '子丑新能源产业园、寅卯物流园、辰巳加工产业园等产业平台正加快建成。';
    expect(parents(t)).toEqual(
      expect.arrayContaining([
        '子丑新能源产业园<先行发展区>',
        '寅卯物流园<先行发展区>',
        '辰巳加工产业园<先行发展区>',
      ]),
    );
  });

  it('calls a district governed by an administrative committee (行政委员会) by the name before it', () => {
    expect(districtBase('甲乙行政委员会')).toBe('甲乙');
    // The gazetteer's one such district, named by its base in a made-up title and text.
    const d = facts(
      '大柴旦工业园建设加快。大柴旦工业园今年新开工项目5个。',
      '试验区大柴旦工业园经济稳步增长',
    ).district;
    expect(d?.name).toBe('大柴旦行政委员会');
  });
});

describe('paragraphs of a traditional-script text (round 23’s unfixed, round 24)', () => {
  it('places firms by the park of their own paragraph, not a part named in the paragraph before', () => {
    const t =
      '甲乙工業園區屬省級工業園區,發展格局為“一園兩區”,其中丙丁工業區從2003年開始建設,規劃面積10平方公里。\n' +
      '2009年,園區實現主營業務收入50億元,園區重點發展電子產業,引進了戊己電子、庚辛電子等企業。';
    expect(placed(facts(t))).toEqual(['戊己电子@甲乙工业园区', '庚辛电子@甲乙工业园区']);
  });

  it('takes the one zone as the text’s own when its first paragraph names its place and kind apart', () => {
    // The zone's full name comes only in the last paragraph, over 200 characters in.
    const t =
      '子丑縣招商網訊:據了解,今年以來,縣工業園區共聯系客商200余人次,洽談項目28個,簽約項目18個,招商引資工作取得了重大成效。\n' +
      '簽約儀式上,園區管委會主任介紹了園區發展情況,並與寅卯煙花公司、辰巳電子公司等14家企業簽訂了協議。\n' +
      '副縣長在會上表示,感謝各位企業家對本縣經濟社會發展所作出的貢獻,希望各位企業家嚴格信守承諾,切實履行協議,' +
      '力爭簽約項目早日開工建設、早日投產見效,祝願各個企業都能不斷發展壯大。\n' +
      '今年以來,子丑縣工業園區積極創新招商方式。';
    expect(placed(facts(t))).toEqual(['寅卯烟花公司@子丑县工业园区', '辰巳电子公司@子丑县工业园区']);
  });
});
