/**
 * The eighth chain round (docs/EXTRACTION.md): the kinds of look-alike plan news writes — place corridors, captions
 * that name a place's product after a label, and the levels of the circular-economy model — pinned on made-up
 * sentences, each beside a chain of the same shape that must stay a chain.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';
import { isArea, opensWithArea } from './places.ts';
import { reasonsOf, stagesOf } from './rounds.testing.ts';

describe('areas as plans write them', () => {
  it('reads a place after dropping a pinyin gloss, a bracketed completion or an area word', () => {
    for (const link of [
      '济(jì)南',
      '独(山子)',
      '奎屯地区',
      '江阴一带',
      '滇东',
      '黔北',
      '辽宁阜新',
      '河南安阳',
    ])
      expect(isArea(link), link).toBe(true);
    for (const link of ['硅料', '电池片', '东缘', '地区', '生态农庄', '再生资源'])
      expect(isArea(link), link).toBe(false);
    expect(opensWithArea('克(拉玛依)石化')).toBe(true);
    expect(opensWithArea('多晶硅')).toBe(false);
  });

  it('keeps corridors out: every link an area, most of a list, or areas before what lies there', () => {
    for (const text of [
      '形成石河子-奎屯地区等棉纺集聚区。',
      '沿“濟(jì)南—鄭州—重慶”线路布局。',
      '发展盘锦—营口一带。',
      '推进辽宁阜新—沈阳、山西大同—朔州、河南安阳—鹤壁等区域的勘查。',
      '建设独(山子)—奎(屯)—克(拉玛依)石化基地。',
    ]) {
      expect(extract(text).chains, text).toEqual([]);
      expect(reasonsOf(text), text).toContain(REJECT_REASON.placeCorridor);
    }
    expect(stagesOf('延伸原油—乙烯—聚乙烯产业链。')).toEqual([[['原油'], ['乙烯'], ['聚乙烯']]]);
  });
});

describe('captions', () => {
  it('keeps a label followed by a place-named product or firm out, but not a two-stage chain', () => {
    for (const text of ['图为国家地理标志产品—松滋柑橘。', '龙头企业——临安市天目山农庄。']) {
      expect(extract(text).chains, text).toEqual([]);
      expect(reasonsOf(text), text).toContain(REJECT_REASON.caption);
    }
    expect(stagesOf('配套锂矿—碳酸锂项目。')).toEqual([[['锂矿'], ['碳酸锂']]]);
  });
});

describe('the circular-economy model', () => {
  it('keeps its levels out as abstract, but not a circular-farming loop of products', () => {
    for (const text of [
      '构建“资源—产品—再生资源”的反馈式流程。',
      '形成“生产-消费-再生”全链条循环体系。',
      '按照“资源-产品-废弃物-再利用或再生产”的物质循环模式。',
    ]) {
      expect(extract(text).chains, text).toEqual([]);
      expect(reasonsOf(text), text).toContain(REJECT_REASON.circular);
    }
    expect(stagesOf('推广“秸秆—饲料—养殖—有机肥”循环模式。')).toEqual([
      [['秸秆'], ['饲料'], ['养殖'], ['有机肥']],
    ]);
  });
});
