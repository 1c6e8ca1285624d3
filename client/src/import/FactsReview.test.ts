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
  districtTargets: [],
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
  sought: [],
  wanted: [],
  namedChains: [],
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
        links: new Set<string>(),
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
        links: new Set<string>(),
      }),
    );
    expect(html).toContain('<mark>丙丁鋁業</mark>等企業落戶。');
    // Cut before: the row opens with … and the 120 characters around the name, not the sentence's first ones.
    expect(text(html)).toContain(`采纳…${quote.slice(-120)} 查看原文`);
  });
});

describe("a project's status in the review (#15)", () => {
  const project = {
    name: '甲乙公司年产5万吨铝板项目',
    quote: '甲乙公司年产5万吨铝板项目已建成投产。',
    start: 0,
    end: 13,
    value: 5,
    unit: '万吨/年',
    product: '铝板',
    zone: null,
    enterprise: null,
    link: '铝板',
    status: '投产' as const,
    statusWords: '已建成投产',
  };
  const render = (status: '投产' | '在建' | null) =>
    renderToStaticMarkup(
      createElement(FactsReview, {
        facts: { ...facts, firms: [], projects: [project] },
        text: project.quote,
        drafts: [
          { kind: 'projects', index: 0, accepted: true, name: project.name, detail: '5 万吨/年', status },
        ],
        onChange: () => {},
        onShow: () => {},
        links: new Set<string>(),
      }),
    );
  it('offers every status and 状态未载明, the read one chosen, with the words that gave it', () => {
    const html = render('投产');
    expect(html).toContain('aria-label="项目状态"');
    expect([...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual([
      '',
      '储备',
      '规划',
      '签约',
      '在建',
      '建成',
      '投产',
    ]);
    expect(html).toMatch(/<option value="投产" selected="">投产<\/option>/);
    expect(text(html)).toContain('原文依据：“已建成投产”');
  });
  it('shows no words behind a status the reviewer chose, and 状态未载明 for none', () => {
    expect(text(render('在建'))).not.toContain('原文依据');
    expect(render(null)).toMatch(/<option value="" selected="">状态未载明<\/option>/);
  });
});

describe('links the plan says it will bring in (规划点名引进的环节)', () => {
  const quote = '重点引进铝型材、电解铝生产企业。';
  const plan = `标题。${quote}`;
  const at = (name: string) => plan.indexOf(name);
  const sought: PlanFacts['sought'] = ['铝型材', '电解铝'].map((name) => ({
    name,
    quote,
    start: at(name),
    end: at(name) + name.length,
    cue: '引进',
  }));
  const html = renderToStaticMarkup(
    createElement(FactsReview, {
      facts: { ...facts, firms: [], sought },
      text: plan,
      drafts: sought.map((s, index) => ({
        kind: 'sought' as const,
        index,
        accepted: true,
        name: s.name,
        detail: '',
      })),
      onChange: () => {},
      onShow: () => {},
      links: new Set(['铝型材']),
    }),
  );
  it('lists each link with its sentence, the link marked, under its own heading', () => {
    expect(text(html)).toContain('规划点名引进的环节（2/2）');
    expect(html).toContain('重点引进<mark>铝型材</mark>、电解铝生产企业。');
    expect(html).toContain('重点引进铝型材、<mark>电解铝</mark>生产企业。');
  });
  it('says beside a link of no accepted chain that it will not be written', () => {
    expect(html.match(/data-testid="import-fact-sought-dropped"/g)).toHaveLength(1);
    expect(text(html)).toContain('所属产业链未采纳：此环节不会写入（计为未采纳）');
  });
});
