import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WITHDRAW_KINDS, type WithdrawKind } from '../../../vocab/withdraw.ts';
import { WithdrawSummary } from './WithdrawPlan.tsx';

const text = (html: string) => html.replace(/<[^>]+>/g, '');
const nothing = () =>
  Object.fromEntries(WITHDRAW_KINDS.map((k) => [k, []])) as unknown as Record<WithdrawKind, string[]>;

describe('WithdrawSummary', () => {
  it('lists what goes per kind with its count and what stays with its reasons in Chinese', () => {
    const report = {
      documentId: 'doc-import-1',
      title: '某规划',
      district: { id: 'region-1', name: '某县' },
      dryRun: true,
      removed: { ...nothing(), zones: ['甲园区', '乙园区'], sought: ['铝材'] },
      kept: [
        {
          kind: 'zones' as const,
          id: 'z',
          name: '北渡组团',
          reasons: ['OTHER_PLAN' as const],
          by: ['种子规划'],
        },
        {
          kind: 'links' as const,
          id: 'p',
          name: '铝锭',
          reasons: ['LEAD' as const, 'EDITED' as const],
          by: [],
        },
      ],
      restored: [{ id: 'z', name: '北渡组团', type: 'Zone', fields: ['output2025'] }],
      unsure: [],
      sources: 3,
      relations: 2,
      pool: null,
    };
    const shown = text(renderToStaticMarkup(createElement(WithdrawSummary, { report, done: false })));
    expect(shown).toContain('园区/组团 2：甲园区、乙园区');
    expect(shown).toContain('规划引进环节 1：铝材');
    expect(shown).toContain('园区/组团「北渡组团」：另一规划亦载明（种子规划）');
    expect(shown).toContain('环节「铝锭」：有招商线索、已被编辑');
    expect(shown).toContain('北渡组团：2025 年产值');
    expect(shown).not.toContain('产业链');
    expect(shown).not.toContain('旧版本');
  });

  it('warns, item by item and in Chinese, what a plan committed before provenance was kept cannot undo', () => {
    const report = {
      documentId: 'doc-import-1',
      title: '旧规划',
      district: { id: 'region-1', name: '某县' },
      dryRun: true,
      removed: nothing(),
      kept: [],
      restored: [],
      unsure: [
        {
          reason: 'LAST_SOURCE_ONLY' as const,
          outcome: 'removed' as const,
          name: '甲公司 → 乙园区',
          fields: [],
          by: ['另一规划'],
        },
        {
          reason: 'NO_FIGURE_AUDIT' as const,
          outcome: 'kept' as const,
          name: '北渡组团',
          fields: ['output2025'],
          by: [],
        },
      ],
      sources: 1,
      relations: 1,
      pool: null,
    };
    const html = renderToStaticMarkup(createElement(WithdrawSummary, { report, done: false }));
    const shown = text(html);
    expect(shown).toContain('以下内容在旧版本导入时未记录来源');
    expect(shown).toContain(
      '将删除「甲公司 → 乙园区」：只记录了最后一个规划的引文，其他规划可能亦载明此关系（亦涉及：另一规划）',
    );
    expect(shown).toContain('将保留「北渡组团」（2025 年产值）：未记录导入前的数值，可能为本规划所写');
    // Above what goes: read before 确认撤回.
    expect(shown.indexOf('旧版本')).toBeLessThan(shown.indexOf('将删除'));
  });
});
