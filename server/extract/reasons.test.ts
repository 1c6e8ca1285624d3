/**
 * The reasons the review screen prints beside rejected look-alikes are the reviewer's text: Chinese, every one,
 * including those the extractor writes for dashes that are not separators and for input it stops reading. So are
 * the product lexicon's reasons beside each candidate chain, naming where its products come from.
 */
import { describe, expect, it } from 'vitest';
import {
  LEXICON_REASON,
  LEXICON_SOURCE,
  type LexiconSource,
  notReadFurther,
  REJECT_REASON,
} from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';

const ENGLISH = /\b(?!PDF\b|ASCII\b)[A-Za-z]{3,}\b/;

describe('rejected look-alike reasons', () => {
  it('are written in Chinese', () => {
    for (const reason of [...Object.values(REJECT_REASON), notReadFurther(10_000)]) {
      expect(reason, reason).toMatch(/\p{Script=Han}{4}/u);
      expect(reason, reason).not.toMatch(ENGLISH);
    }
  });

  it('are the ones the extractor gives, for every kind of look-alike', () => {
    const text = [
      '2023-2027 年，坚持“突特色—强龙头—补链条”的原则，共建关坝—扶欢循环经济产业园。',
      '强链——强化现有环节。锡价涨→锡业股份受益。新能源汽车的核心部件 —— 动力电池。',
      '增速在 -1%-4% 之间，1,4－丁二醇，C—V2X 与 5G-A。负极材料——负极材料是石墨。上游——钴、锂资源。',
      `${'甲—'.repeat(700)}。`,
    ].join('');
    const { rejected } = extract(text);
    const known = new Set<string>(Object.values(REJECT_REASON));
    expect(rejected.length).toBeGreaterThan(8);
    for (const r of rejected) expect(known.has(r.reason), `${r.text}: ${r.reason}`).toBe(true);
  });
});

describe('product lexicon reasons', () => {
  it('are written in Chinese and name where the products come from', () => {
    for (const source of Object.keys(LEXICON_SOURCE) as LexiconSource[]) {
      const reasons = [
        LEXICON_REASON.cut(source, '聚酯'),
        LEXICON_REASON.joined(source),
        LEXICON_REASON.noProduct(source),
        LEXICON_REASON.allKnown(source),
        LEXICON_REASON.fewKnown(source),
      ];
      for (const reason of reasons) {
        expect(reason, reason).toMatch(/\p{Script=Han}{4}/u);
        expect(reason, reason).not.toMatch(ENGLISH);
        expect(reason, reason).toContain(LEXICON_SOURCE[source]);
      }
    }
  });
});
