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
        text: '',
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

  it('shows and marks the name as the plan writes it in a sentence longer than the row (a traditional-script plan)', () => {
    const quote = `${'園區'.repeat(100)}，丙丁鋁業等企業落戶。`;
    const plan = `標題。${quote}`;
    const at = plan.indexOf('丙丁鋁業');
    const long: PlanFacts = {
      ...facts,
      firms: [{ name: '丙丁铝业', quote, start: at, end: at + 4, zone: null, products: [], also: [] }],
    };
    const html = renderToStaticMarkup(
      createElement(FactsReview, {
        facts: long,
        text: plan,
        drafts: [{ kind: 'firms', index: 0, accepted: true, name: '丙丁铝业', detail: '' }],
        onChange: () => {},
        onShow: () => {},
      }),
    );
    expect(html).toContain('<mark>丙丁鋁業</mark>等企業落戶。');
    // Cut before: the row opens with … and the 120 characters around the name, not the sentence's first ones.
    expect(text(html)).toContain(`采纳…${quote.slice(-120)} 查看原文`);
  });
});
