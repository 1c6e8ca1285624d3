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
  districts = [district],
): SoughtLinkRow => ({
  district,
  districts,
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

const text = (links: SoughtLinkRow[], total = links.length) =>
  renderToStaticMarkup(createElement(ZoneSought, { links, total, onOpenChain: () => {} })).replace(
    /<[^>]+>/g,
    '|',
  );

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

  it("names the districts on each row when a region's districts are listed together, and nothing when none", () => {
    const nanchuan = { id: 'region-500119', name: '南川区' };
    const html = text([
      link('铝灰', 'MISSING', 80, undefined, undefined, [{ id: 'region-500110', name: '綦江区' }, nanchuan]),
      link('铜粉', 'MISSING', 60, nanchuan),
    ]);
    expect(html).toContain('铝灰|');
    expect(html).toContain('綦江区、南川区规划');
    expect(html).toMatch(/铜粉\|.*南川区规划/);
    expect(text([])).toBe('');
  });

  it('names three districts and how many when more ask for a link', () => {
    const many = ['甲区', '乙区', '丙区', '丁区', '戊区'].map((name, i) => ({ id: `r-${i}`, name }));
    const [first] = many;
    const html = text([link('铝灰', 'MISSING', 80, first, undefined, many), link('铜粉', 'STRONG', null)]);
    expect(html).toContain('甲区、乙区、丙区等 5 个地区规划');
    expect(html).not.toContain('丁区');
  });

  it('says how many links there are when it lists only the most-sought ones', () => {
    const html = text([link('铝灰', 'MISSING', 80), link('铜粉', 'STRONG', null)], 762);
    expect(html).toContain('规划提出引进的环节（762）');
    expect(html).toContain('共 762 个环节，列出 2 个：缺口在前');
    expect(text([link('铝灰', 'MISSING', 80)])).not.toContain('共 1 个环节');
  });
});
