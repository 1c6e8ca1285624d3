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
  });
});
