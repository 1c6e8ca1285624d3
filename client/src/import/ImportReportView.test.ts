import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../vocab/imports.ts';
import { ImportReportView } from './ImportReportView.tsx';

const text = (html: string) => html.replace(/<[^>]+>/g, '');
const none = { added: [], merged: [], skipped: 0 };
const report = (pool: ImportReport['pool']): ImportReport => ({
  documentId: 'doc-import-1',
  chainsAdded: ['煤—材产业链'],
  chainsUnchanged: [],
  productsAdded: ['煤', '电', '铝', '化', '材'],
  productsMerged: [],
  skipped: 0,
  firstChainId: 'chain-1',
  district: { id: 'region-141123', name: '兴县', code: '141123' },
  facts: {
    districtTargets: none,
    zones: none,
    industries: none,
    firms: none,
    targets: none,
    projects: none,
    sought: none,
  },
  pool,
});
const render = (r: ImportReport) =>
  renderToStaticMarkup(createElement(ImportReportView, { report: r, onOpenChain: () => undefined }));

describe('the plan import report', () => {
  it('says how many pool firms now match the plan’s links, per link', () => {
    const html = render(
      report({
        firms: 3,
        links: [
          { name: '电', firms: 1 },
          { name: '铝', firms: 1 },
          { name: '煤', firms: 1 },
        ],
      }),
    );
    expect(text(html)).toContain('招引池：3 家上市公司的主营产品匹配到本规划的环节：电 1、铝 1、煤 1');
  });

  it('says so when no pool firm matches, and nothing when the graph has no pool', () => {
    expect(text(render(report({ firms: 0, links: [] })))).toContain('招引池：暂无上市公司');
    expect(render(report(null))).not.toContain('招引池');
  });
});
