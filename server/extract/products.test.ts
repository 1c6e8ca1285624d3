/**
 * The product lexicon (products.ts) and what it changes (productRules.ts), on a small lexicon written here — the
 * chainkg pool the eval and the CLI read has no licence and never enters the repository or a test.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';
import { trimmedLast } from './productRules.ts';
import { feeds, makeLexicon, normalName, productHead, productPrefix } from './products.ts';

const lex = makeLexicon(
  ['聚酯', 'PTA', 'PX', '服务器', '光模块', '钢材', '芯片', '铝锭'],
  [
    ['聚酯', 'PTA'],
    ['PTA', 'PX'],
    ['铝型材', '铝锭'],
  ],
);

describe('product lexicon', () => {
  it('compares names simplified, without spaces or a trailing bracket, ASCII in upper case', () => {
    expect(normalName('電解 鋁(霍尔法)')).toBe('电解铝');
    expect(normalName('pta')).toBe('PTA');
    expect(lex.names.has('铝型材')).toBe(true); // both ends of a pair are names
  });

  it('finds a link’s known head (suffix) and its known prefix', () => {
    expect(productHead(lex, 'AI服务器')).toBe('服务器');
    expect(productHead(lex, '定价权')).toBeUndefined();
    expect(productPrefix(lex, '聚酯行业景气')).toBe('聚酯');
    expect(productPrefix(lex, '聚酯')).toBeUndefined(); // shorter than the link only
  });

  it('joins neighbours the pool links, either direction, by name or head', () => {
    expect(feeds(lex, 'PTA', '聚酯')).toBe(true);
    expect(feeds(lex, '聚酯', 'PTA')).toBe(true);
    expect(feeds(lex, '铝锭', '建筑铝型材')).toBe(true); // by its head 铝型材
    expect(feeds(lex, '光模块', '服务器')).toBe(false);
  });

  it('cuts a last link to its product prefix only when a non-product noun follows', () => {
    expect(trimmedLast(lex, '聚酯行业景气')).toBe('聚酯');
    expect(trimmedLast(lex, 'PTA加工费变化')).toBe('PTA');
    expect(trimmedLast(lex, 'AI服务器')).toBeUndefined(); // 服务器 is a product
    expect(trimmedLast(lex, '钢材加工')).toBeUndefined(); // an industry activity follows
    expect(trimmedLast(lex, '芯片')).toBeUndefined(); // known as it is
  });
});

describe('extraction with a lexicon', () => {
  const text = '去年PX→PTA→聚酯行业景气。减速器厂商（验证→放量→定价权）。';

  it('changes nothing when none is given', () => {
    expect(extract(text, '', { lexicon: undefined })).toEqual(extract(text));
  });

  it('trims trailing words after the last product and says so', () => {
    const [chain] = extract(text, '', { lexicon: lex }).chains;
    expect(chain?.stages.at(-1)).toEqual(['聚酯']);
    expect(chain?.expression.endsWith('PTA→聚酯')).toBe(true);
    expect(chain?.reasons).toContain('末环节截至产品库中的产品“聚酯”，其后文字删去');
  });

  it('raises chains the pool joins and lowers chains with no product word, for the review order', () => {
    const before = extract(text).chains;
    const after = extract(text, '', { lexicon: lex }).chains;
    expect(after).toHaveLength(1);
    const [joined] = after;
    expect(joined?.reasons).toContain('产品库中相邻环节有上下游关系');
    expect(joined?.confidence).toBeGreaterThan(before[0]?.confidence ?? 1);
    // Lowered under the minimum (0.65 − 0.3 − 0.1), the sequence with no product word is set aside (round 22).
    expect(before[1]?.stages).toEqual([['验证'], ['放量'], ['定价权']]);
    expect(extract(text, '', { lexicon: lex }).rejected).toContainEqual(
      expect.objectContaining({ text: '验证→放量→定价权', reason: REJECT_REASON.lowConfidence }),
    );
  });
});
