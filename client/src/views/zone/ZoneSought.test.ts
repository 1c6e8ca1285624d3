import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../../vocab/status.ts';
import { type SoughtLinkRow, soughtRows } from './soughtRows.ts';
import { ZoneSought } from './ZoneSought.tsx';

const link = (
  name: string,
  status: LinkStatus,
  score: number | null,
  district = { id: 'region-500110', name: '綦江区' },
  quotes = [`引进${name}企业`],
): SoughtLinkRow => ({
  district,
  product: {
    id: `p-${name}`,
    name,
    status,
    reason: { summary: `${name}的现状` },
    chains: [{ id: `chain-${name}`, name: `${name}链` }],
    priority: score === null ? null : { score, tier: score >= 70 ? 'HIGH' : 'MEDIUM' },
  },
  sources: quotes.map((quote) => ({ quote })),
});

const text = (links: SoughtLinkRow[]) =>
  renderToStaticMarkup(createElement(ZoneSought, { links, onOpenChain: () => {} })).replace(/<[^>]+>/g, '|');

describe('zone page: links the plan asked for', () => {
  it('lists the gaps first, highest priority first, then the links that are no gap any more', () => {
    const rows = soughtRows([
      link('铜粉', 'STRONG', null),
      link('铝灰', 'MISSING', 80),
      link('制氢', 'MISSING', 77.7),
      link('玻璃纤维', 'WEAK', 89),
      link('汽车电子', 'STRONG', null),
    ]);
    expect(rows.map((r) => r.product.name)).toEqual(['玻璃纤维', '铝灰', '制氢', '汽车电子', '铜粉']);
  });

  it("shows each with its status, its priority or 已非缺口, and the plan's sentence", () => {
    const html = text([link('铝灰', 'MISSING', 80), link('铜粉', 'STRONG', null, undefined, ['甲', '乙'])]);
    expect(html).toContain('规划提出引进的环节（2）');
    expect(html).toMatch(/铝灰\|.*缺链.*优先级高 · 80 分/);
    expect(html).toMatch(/铜粉\|.*强链.*已非缺口/);
    expect(html).toContain('规划原文：“甲”');
    expect(html).toContain('另有 1 处原文');
    // One district: its name is not repeated on every row.
    expect(html).not.toContain('綦江区规划');
  });

  it("names the district on each row when a region's districts are listed together, and nothing when none", () => {
    const html = text([
      link('铝灰', 'MISSING', 80),
      link('铝灰', 'MISSING', 60, { id: 'region-500119', name: '南川区' }),
    ]);
    expect(html).toContain('綦江区规划');
    expect(html).toContain('南川区规划');
    expect(text([])).toBe('');
  });
});
