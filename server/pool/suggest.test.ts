import { describe, expect, it } from 'vitest';
import { buildMatcher } from './match.ts';
import { type PoolNameRow, rankSuggestions, spellingsOf } from './suggest.ts';
import { aliasesOfLink } from './suggestions.ts';

const row = (key: string, firms: number, over: Partial<PoolNameRow> = {}): PoolNameRow => ({
  key,
  firms,
  mainFirms: firms,
  examples: [`pool-${key}`],
  names: [key],
  ...over,
});

const links = [
  { id: 'p-铝', name: '铝' },
  { id: 'p-铝锭', name: '铝锭' },
  { id: 'p-电池箔', name: '电池箔' },
  { id: 'p-高端铝合金汽车零部件', name: '高端铝合金汽车零部件' },
];
const matcher = buildMatcher(links, [{ pool: '电池铝箔', link: '电池箔', note: '电池用铝箔' }]);
const opts = { first: 20, broaderFirst: 5 };

describe('spellingsOf', () => {
  it('puts the most used spelling first, then the shorter', () => {
    expect(spellingsOf(['电解铝产品', '电解铝', '电解铝产品'])).toEqual(['电解铝产品', '电解铝']);
    expect(spellingsOf(['铝加工板块', '铝加工'])).toEqual(['铝加工', '铝加工板块']);
  });
});

describe('rankSuggestions', () => {
  const rows = [
    row('铝', 1),
    row('铝箔', 7, { mainFirms: 5 }),
    row('铝型材', 7, { mainFirms: 6, names: ['铝型材', '铝型材产品', '铝型材'] }),
    row('电化铝', 2),
    row('铝锭', 12),
    row('电池铝箔', 3),
  ];

  it('offers the names containing the link’s name, most firms first, and leaves out the link itself', () => {
    const r = rankSuggestions(rows, '铝', matcher, opts);
    expect(r.narrower.map((s) => [s.name, s.firms])).toEqual([
      ['铝型材', 7],
      ['铝箔', 7],
      ['电化铝', 2],
    ]);
    expect(r.narrower[0]?.spellings).toEqual(['铝型材', '铝型材产品']);
    expect(r.narrowerTotal).toBe(3);
  });

  it('keeps names that are a link or an alias apart, with the links they match', () => {
    const r = rankSuggestions(rows, '铝', matcher, opts);
    expect(r.matched.map((m) => [m.name, m.links])).toEqual([
      ['铝锭', ['铝锭']],
      ['电池铝箔', ['电池箔']],
    ]);
    expect(r.narrower.map((s) => s.name)).not.toContain('铝锭');
  });

  it('leaves out the link’s own aliases (listed as its aliases, not as taken)', () => {
    const own = buildMatcher(links, [
      { pool: '电池铝箔', link: '电池箔', note: '电池用铝箔' },
      { pool: '铝型材', link: '铝', note: '型材' },
    ]);
    const r = rankSuggestions(rows, '铝', own, { ...opts, linkId: 'p-铝' });
    expect(r.matched.map((m) => m.name)).toEqual(['铝锭', '电池铝箔']);
    expect(r.narrower.map((s) => s.name)).toEqual(['铝箔', '电化铝']);
  });

  it('bounds the list and counts all', () => {
    const many = Array.from({ length: 30 }, (_, i) => row(`铝${String.fromCharCode(0x4e00 + i)}`, i + 1));
    const r = rankSuggestions(many, '铝', matcher, { first: 20, broaderFirst: 5 });
    expect(r.narrower).toHaveLength(20);
    expect(r.narrowerTotal).toBe(30);
    expect(r.narrower[0]?.firms).toBe(30);
  });

  it('lists broader names (2+ characters the link’s name contains) apart, the most specific first', () => {
    const r = rankSuggestions(
      [row('汽车', 16), row('汽车零部件', 43), row('零部件', 14), row('铝', 1), row('铝合金', 4)],
      '高端铝合金汽车零部件',
      matcher,
      opts,
    );
    expect(r.broader.map((s) => s.name)).toEqual(['汽车零部件', '零部件', '铝合金', '汽车']);
    expect(r.narrower).toEqual([]);
  });

  it('offers no single character as a broader name', () => {
    const r = rankSuggestions([row('金', 9), row('合金', 3)], '高端铝合金汽车零部件', matcher, opts);
    expect(r.broader.map((s) => s.name)).toEqual(['合金']);
  });
});

describe('aliasesOfLink', () => {
  it('lists the API’s aliases, then the file’s, each with the firms it brings', () => {
    const file = [
      { pool: '电池铝箔', link: '电池箔', note: '电池用铝箔' },
      { pool: '电池用铝箔', link: '电池箔', note: '同上' },
      { pool: '铝锭', link: '铝', note: '别的环节' },
    ];
    const out = aliasesOfLink(
      {
        name: '电池箔',
        aliases: [{ pool: '电池用铝箔', addedBy: '张三', addedAt: '2026-12-07T00:00:00Z' }],
        aliasRows: ['电池用铝箔', '电池铝箔产品', '电池铝箔'],
      },
      file,
    );
    expect(out).toEqual([
      {
        pool: '电池用铝箔',
        source: 'API',
        addedBy: '张三',
        addedAt: '2026-12-07T00:00:00Z',
        note: null,
        firms: 1,
      },
      { pool: '电池铝箔', source: 'FILE', addedBy: null, addedAt: null, note: '电池用铝箔', firms: 2 },
    ]);
  });
});
