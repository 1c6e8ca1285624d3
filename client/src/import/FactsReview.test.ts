import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '../../../vocab/imports.ts';
import { FactsReview } from './FactsReview.tsx';

const text = (html: string) => html.replace(/<[^>]+>/g, '');
const FIRST = '炙焱动力、友利森汽车等本地汽摩整车及零部件企业加速扩能。';
const OTHER = '以荆江半轴、友利森等行业重点企业为目标，大力推进生产智能化改造。';

const facts: PlanFacts = {
  district: null,
  zones: [],
  industries: [],
  firms: [
    {
      name: '友利森汽车',
      quote: FIRST,
      start: 100,
      end: 100 + FIRST.length,
      zone: null,
      products: [],
      also: [{ quote: OTHER, start: 900 }],
    },
  ],
  targets: [],
  projects: [],
  chainIndustry: [],
};

describe("the review of a plan's facts", () => {
  it("shows a merged firm's other sentences, each with its own 查看原文, not only their number", () => {
    const html = renderToStaticMarkup(
      createElement(FactsReview, {
        facts,
        drafts: [{ kind: 'firms', index: 0, accepted: true, name: '友利森汽车', detail: '' }],
        onChange: () => {},
        onShow: () => {},
      }),
    );
    const shown = text(html);
    expect(shown).toContain('另有 1 句提到它（一并作为出处）：');
    expect(shown).toContain(OTHER);
    expect(html.match(/查看原文/g)).toHaveLength(2);
    // The note spans the row, like the first quote (it was laid out as a column of the row's grid).
    expect(html).toMatch(/class="small muted fact-quote" data-testid="import-fact-also"/);
  });
});
