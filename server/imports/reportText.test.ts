import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../vocab/imports.ts';
import { MAX_REPORTED_NAMES, reportLines } from './reportText.ts';

const none = { added: [], merged: [], skipped: 0 };
const report = (firms: string[], merged: string[]): ImportReport => ({
  documentId: 'doc-import-1',
  chainsAdded: [],
  chainsUnchanged: [],
  productsAdded: [],
  productsMerged: [],
  skipped: 0,
  firstChainId: null,
  district: { id: 'region-431228', name: '芷江侗族自治县', code: '431228' },
  facts: {
    districtTargets: none,
    zones: { added: ['县产业开发区'], merged: [], skipped: 0 },
    industries: none,
    firms: { added: firms, merged, skipped: 1 },
    targets: none,
    projects: none,
    sought: none,
  },
  pool: null,
});

describe('the command line import report', () => {
  it('names what each kind added and merged under its counts', () => {
    expect(reportLines(report(['金源电子', '昇金宝科技'], ['湖南芷缘农业发展有限公司']), true)).toEqual([
      'dry run (nothing written): 芷江侗族自治县 (431228), document doc-import-1',
      '  chains: 0 added, 0 unchanged, 0 skipped',
      '  districtTargets: 0 added, 0 merged, 0 skipped',
      '  zones: 1 added, 0 merged, 0 skipped',
      '    added: 县产业开发区',
      '  industries: 0 added, 0 merged, 0 skipped',
      '  firms: 2 added, 1 merged, 1 skipped',
      '    added: 金源电子、昇金宝科技',
      '    merged: 湖南芷缘农业发展有限公司',
      '  targets: 0 added, 0 merged, 0 skipped',
      '  projects: 0 added, 0 merged, 0 skipped',
      '  sought: 0 added, 0 merged, 0 skipped',
    ]);
  });

  it('says how many pool firms match the plan links, per link', () => {
    const r = {
      ...report([], []),
      pool: {
        firms: 3,
        links: [
          { name: '铝锭', firms: 2 },
          { name: '电解铝', firms: 1 },
        ],
      },
    };
    expect(reportLines(r, false).slice(-2)).toEqual([
      "  pool: 3 listed firms match the plan's links",
      '    by link: 铝锭 2、电解铝 1',
    ]);
    expect(reportLines(report([], []), false).some((l) => l.includes('pool'))).toBe(false);
  });

  it('counts the names past the first few instead of printing hundreds', () => {
    const many = Array.from({ length: MAX_REPORTED_NAMES + 3 }, (_, i) => `企业${i}`);
    const line = reportLines(report(many, []), false).find((l) => l.startsWith('    added: 企业'));
    expect(line).toMatch(/企业11 … and 3 more$/);
    expect(line?.split('、')).toHaveLength(MAX_REPORTED_NAMES);
  });
});
