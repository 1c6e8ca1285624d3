import { describe, expect, it } from 'vitest';
import { buildMatcher, normaliseProductName } from './match.ts';
import { chooseEdges, keptRows, planImport } from './plan.ts';
import type { PoolData } from './read.ts';
import { rowsOf } from './rematch.ts';

const links = [
  { id: 'p-铝锭', name: '铝锭' },
  { id: 'p-板带箔', name: '板带箔' },
  { id: 'p-管廊', name: '管廊' },
];
const matcher = buildMatcher(links, [{ pool: '铝板带箔', link: '板带箔', note: 't' }]);
const row = (enterprise: string, productName: string, weight: number) => ({
  enterprise,
  productName,
  weight,
});

describe('chooseEdges: the one edge rule of the pool import and the re-match', () => {
  it('gives one edge per (firm, link): the heaviest row, then exact before alias, then the smaller name', () => {
    const { edges } = chooseEdges(
      [
        row('pool-a', '板带箔', 0.2),
        row('pool-a', '铝板带箔', 0.6),
        row('pool-b', '铝板带箔', 0.3),
        row('pool-b', '板带箔', 0.3),
        row('pool-c', '管廊产品', 0.4),
        row('pool-c', '管廊系列', 0.4),
      ],
      matcher,
    );
    expect(edges).toEqual([
      { enterprise: 'pool-a', product: 'p-板带箔', weight: 0.6, productName: '铝板带箔', basis: 'alias' },
      { enterprise: 'pool-b', product: 'p-板带箔', weight: 0.3, productName: '板带箔', basis: 'exact' },
      { enterprise: 'pool-c', product: 'p-管廊', weight: 0.4, productName: '管廊产品', basis: 'normalised' },
    ]);
  });

  it('makes no edge of a row with weight 0 or below, and counts it', () => {
    const r = chooseEdges(
      [row('pool-a', '铝锭', 0), row('pool-a', '铝锭', -0.2), row('pool-b', '铝锭', 0.5)],
      matcher,
    );
    expect(r.edges.map((e) => e.enterprise)).toEqual(['pool-b']);
    expect(r.nonPositiveWeight).toBe(2);
  });

  it('does not depend on the rows’ order', () => {
    const rows = [
      row('pool-a', '板带箔', 0.5),
      row('pool-a', '铝板带箔', 0.5),
      row('pool-b', '铝锭', 0.1),
      row('pool-b', '铝锭', 0.9),
    ];
    expect(chooseEdges([...rows].reverse(), matcher).edges).toEqual(chooseEdges(rows, matcher).edges);
  });

  it('the rows the graph keeps give exactly the import’s edges', () => {
    const data: PoolData = {
      companies: [],
      duplicateCompanyLines: 0,
      mainProducts: [
        { code: '600001.SH', productName: '铝锭', weight: 0.7 },
        { code: '600001.SH', productName: '内部抵消', weight: -0.1 },
        { code: '600001.SH', productName: '铝锭', weight: 0 },
        { code: '000002.SZ', productName: '铝板带箔', weight: 0.4 },
        { code: '000002.SZ', productName: '速冻点心', weight: 0.6 },
      ],
    };
    const kept = keptRows(data);
    expect(kept).toHaveLength(3);
    // Stored as parallel lists and read back (rows.cypher), as the re-match does.
    const stored = rowsOf({
      enterprises: kept.map((r) => r.enterprise),
      names: kept.map((r) => r.productName),
      weights: kept.map((r) => r.weight),
    });
    expect(chooseEdges(stored, matcher).edges).toEqual(planImport(data, matcher).edges);
  });
});

describe('Matcher.keys: the names the re-match needs to read', () => {
  it('holds the normalised form of every name that matches anything', () => {
    const names = [
      '铝锭',
      '铝锭产品',
      '板带箔',
      '铝板带箔',
      'PVA系列',
      '管廊',
      '管廊 业务',
      '速冻点心',
      '铝箔',
    ];
    for (const name of names) {
      const matches = matcher.match(name).length > 0;
      if (matches) expect(matcher.keys.has(normaliseProductName(name)), name).toBe(true);
    }
    expect(matcher.keys.has(normaliseProductName('速冻点心'))).toBe(false);
    expect(matcher.keys.has(normaliseProductName('铝板带箔'))).toBe(true);
  });
});
