import { describe, expect, it } from 'vitest';
import { buildMatcher, normaliseProductName } from './match.ts';
import { planImport } from './plan.ts';

const links = [
  { id: 'p-管廊', name: '管廊' },
  { id: 'p-锂电池隔膜', name: '锂电池隔膜' },
  { id: 'p-电池箔', name: '电池箔' },
  { id: 'p-PET', name: 'PET' },
  { id: 'p-高精铜板带箔（电解铜箔）', name: '高精铜板带箔（电解铜箔）' },
];
const aliases = [{ pool: '电池隔膜', link: '锂电池隔膜', note: '简称' }];

describe('normaliseProductName', () => {
  it('folds width, spaces and case', () => {
    expect(normaliseProductName('ＰＥＴ')).toBe('PET');
    expect(normaliseProductName(' p e t ')).toBe('PET');
    expect(normaliseProductName('高精铜板带箔(电解铜箔)')).toBe(
      normaliseProductName('高精铜板带箔（电解铜箔）'),
    );
  });
  it('strips trailing generic suffixes, repeatedly, but keeps two characters', () => {
    expect(normaliseProductName('管廊产品')).toBe('管廊');
    expect(normaliseProductName('PVA系列产品')).toBe('PVA');
    expect(normaliseProductName('原铝板块')).toBe('原铝');
    expect(normaliseProductName('产品')).toBe('产品');
    expect(normaliseProductName('铝产品')).toBe('铝产品');
  });
  it('keeps words that change the meaning', () => {
    expect(normaliseProductName('铝型材销售')).toBe('铝型材销售');
    expect(normaliseProductName('铝箔制品')).toBe('铝箔制品');
  });
});

describe('buildMatcher', () => {
  const m = buildMatcher(links, aliases);
  it('matches exact names first', () => {
    expect(m.match('管廊')).toEqual([{ link: links[0], basis: 'exact' }]);
  });
  it('then normalised forms', () => {
    expect(m.match('管廊产品')).toEqual([{ link: links[0], basis: 'normalised' }]);
    expect(m.match('ｐｅｔ')).toEqual([{ link: links[3], basis: 'normalised' }]);
  });
  it('then aliases, also in normalised form', () => {
    expect(m.match('电池隔膜')).toEqual([{ link: links[1], basis: 'alias' }]);
    expect(m.match('电池隔膜业务')).toEqual([{ link: links[1], basis: 'alias' }]);
  });
  it('does not match by substring', () => {
    expect(m.match('隔膜')).toEqual([]);
    expect(m.match('铝箔')).toEqual([]);
  });
  it('reports aliases to unknown links and ambiguous normalised keys', () => {
    const m2 = buildMatcher(
      [...links, { id: 'p-管廊产品', name: '管廊产品' }],
      [{ pool: 'x', link: '不存在', note: 'n' }],
    );
    expect(m2.unknownAliasLinks).toEqual(['不存在']);
    expect(m2.ambiguousKeys).toEqual(['管廊']);
    expect(m2.match('管廊系列')).toEqual([]);
    expect(m2.match('管廊产品')[0]?.basis).toBe('exact');
  });
});

describe('planImport', () => {
  const company = (code: string) => ({
    code,
    name: code,
    fullName: code,
    exchange: 'SH' as const,
    listed: null,
  });
  it('keeps one edge per firm and link, the heaviest, and leaves out non-positive weights', () => {
    const plan = planImport(
      {
        companies: [company('600001.SH'), company('600002.SH')],
        duplicateCompanyLines: 0,
        mainProducts: [
          { code: '600001.SH', productName: '管廊', weight: 0.2 },
          { code: '600001.SH', productName: '管廊产品', weight: 0.5 },
          { code: '600002.SH', productName: '电池隔膜', weight: -0.1 },
          { code: '600002.SH', productName: '其他', weight: 0.9 },
        ],
      },
      buildMatcher(links, aliases),
    );
    expect(plan.edges).toEqual([
      {
        enterprise: 'pool-600001.SH',
        product: 'p-管廊',
        weight: 0.5,
        productName: '管廊产品',
        basis: 'normalised',
      },
    ]);
    expect(plan.report).toMatchObject({
      companies: 2,
      products: 4,
      matched: { exact: 1, normalised: 1, alias: 1 },
      unmatched: 1,
      nonPositiveWeight: 1,
      mainProductEdges: 1,
      links: [{ name: '管廊', firms: 1 }],
    });
  });
});
