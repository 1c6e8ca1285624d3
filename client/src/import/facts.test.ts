import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '../../../vocab/imports.ts';
import {
  acceptedLinks,
  factsInput,
  initialFactDrafts,
  parseCapacity,
  quoteExcerpt,
  soughtCommittable,
} from './facts.ts';

const at = { start: 0, end: 2, quote: '原文' };
const facts: PlanFacts = {
  district: null,
  districtTargets: [],
  zones: [{ ...at, name: '甲组团', kind: '组团', parent: '某开发区', target: null }],
  industries: [
    { ...at, name: '新材料', target: { year: 2025, output: 500, valueAdded: 140, quote: '原文', start: 0 } },
  ],
  firms: [{ ...at, name: '甲公司', zone: '甲组团', products: ['铝锭'] }],
  targets: [{ ...at, name: '乙集团', link: '再生铝' }],
  projects: [
    {
      ...at,
      name: '铝项目',
      value: 10,
      unit: '万吨/年',
      product: '再生铝',
      zone: null,
      enterprise: null,
      link: '再生铝',
      status: null,
      statusWords: null,
    },
  ],
  sought: [],
  wanted: [],
  namedChains: [],
  chainIndustry: [],
};

describe('the review of plan facts', () => {
  it('starts with every fact accepted and its detail filled in', () => {
    expect(initialFactDrafts(facts).map((d) => [d.kind, d.name, d.detail])).toEqual([
      ['zones', '甲组团', '某开发区'],
      ['industries', '新材料', ''],
      ['firms', '甲公司', '甲组团'],
      ['targets', '乙集团', '再生铝'],
      ['projects', '铝项目', '10 万吨/年'],
    ]);
  });

  it('sends accepted facts with the edits, counts the dropped ones, and keeps a capacity without unit for the server to refuse', () => {
    const edits: Record<number, object> = { 0: { detail: '' }, 2: { accepted: false }, 4: { detail: '12' } };
    const drafts = initialFactDrafts(facts).map((d, i) => ({ ...d, ...edits[i] }));
    const input = factsInput(facts, drafts);
    expect(input.zones).toEqual([{ name: '甲组团', kind: '组团', parent: null, quote: '原文', start: 0 }]);
    expect(input.industries?.[0]).toMatchObject({ year: 2025, output: 500, valueAdded: 140 });
    expect(input.firms).toEqual([]);
    expect(input.skippedFacts).toEqual({ firms: 1 });
    expect(input.projects?.[0]).toMatchObject({ value: 12, unit: '' });
    expect(parseCapacity('50 万吨/年')).toEqual({ value: 50, unit: '万吨/年' });
    expect(parseCapacity('')).toEqual({ value: null, unit: null });
  });
});

describe('links the plan says it will bring in (规划点名引进的环节)', () => {
  const withSought: PlanFacts = {
    ...facts,
    sought: [
      { ...at, name: '再生铝', cue: '引进' },
      { ...at, name: '铝锭', cue: '招引' },
      { ...at, name: '电解铝', cue: '补齐' },
    ],
  };
  it('starts accepted, sends those of an accepted chain and counts the rest as skipped', () => {
    const drafts = initialFactDrafts(withSought).filter((d) => d.kind === 'sought');
    expect(drafts.map((d) => [d.name, d.accepted])).toEqual([
      ['再生铝', true],
      ['铝锭', true],
      ['电解铝', true],
    ]);
    drafts[1] = { ...drafts[1], accepted: false } as (typeof drafts)[number];
    // 电解铝's chain was not accepted: it is not sent, and counted as skipped with the unticked 铝锭.
    const links = acceptedLinks([[['废铝'], ['再生铝', '铝 锭']]]);
    const input = factsInput(withSought, drafts, links);
    expect(input.sought).toEqual([{ name: '再生铝', quote: '原文', start: 0 }]);
    expect(input.skippedFacts).toEqual({ sought: 2 });
    expect(soughtCommittable('电解铝', links)).toBe(false);
    expect(soughtCommittable('铝锭', links)).toBe(true);
  });
});

describe('a firm named under two spellings (round 17)', () => {
  it('sends every other sentence naming it with the accepted firm', () => {
    const also = [{ quote: '原文二', start: 5 }];
    const withAlso: PlanFacts = {
      ...facts,
      firms: [{ ...at, name: '甲公司', zone: null, products: [], also }],
    };
    const input = factsInput(withAlso, initialFactDrafts(withAlso));
    expect(input.firms).toEqual([
      { name: '甲公司', zone: null, products: [], quote: '原文', start: 0, also },
    ]);
  });
});

describe('the part of a long sentence a fact row shows', () => {
  const head = '甲'.repeat(200);
  const tail = '乙'.repeat(150);
  const quote = `${head}，丙丁铝业在园区落户。${tail}`;

  it('centres the name the plan writes when it lies past the first 120 characters', () => {
    const x = quoteExcerpt(quote, ['丙丁铝业']);
    expect(x.hit).toBe('丙丁铝业');
    expect(x.cutStart).toBe(true);
    expect(x.cutEnd).toBe(true);
    expect(x.before.length + x.hit.length + x.after.length).toBe(120);
    expect(x.before.length).toBe(58);
    expect(`${x.before}${x.hit}${x.after}`).toBe(quote.slice(201 - 58, 201 - 58 + 120));
  });

  it('takes the first spelling the quote holds (the plan’s own script before the simplified name)', () => {
    const x = quoteExcerpt('園區內有丙丁鋁業等企業。', ['丙丁鋁業', '丙丁铝业']);
    expect(x).toEqual({
      cutStart: false,
      before: '園區內有',
      hit: '丙丁鋁業',
      after: '等企業。',
      cutEnd: false,
    });
  });

  it('keeps the window inside the quote near its end, and cuts from the start when no name is in it', () => {
    const late = quoteExcerpt(`${head}丙丁铝业。`, ['丙丁铝业']);
    expect(late.cutEnd).toBe(false);
    expect(`${late.before}${late.hit}${late.after}`).toBe(`${head}丙丁铝业。`.slice(-120));
    const none = quoteExcerpt(quote, ['戊己']);
    expect(none).toEqual({ cutStart: false, before: '', hit: '', after: quote.slice(0, 120), cutEnd: true });
  });
});

describe("a project's status in the review (#15)", () => {
  const stated: PlanFacts = {
    ...facts,
    projects: (facts.projects ?? []).map((p) => ({ ...p, status: '在建', statusWords: '正在加紧建设' })),
  };
  it('starts with the status the text states, and sends it with its words', () => {
    const drafts = initialFactDrafts(stated);
    expect(drafts.find((d) => d.kind === 'projects')?.status).toBe('在建');
    expect(factsInput(stated, drafts).projects?.[0]).toMatchObject({
      status: '在建',
      statusWords: '正在加紧建设',
    });
  });
  it("sends the reviewer's status without the text's words, and 状态未载明 as null", () => {
    const set = (status: '投产' | null) =>
      initialFactDrafts(stated).map((d) => (d.kind === 'projects' ? { ...d, status } : d));
    expect(factsInput(stated, set('投产')).projects?.[0]).toMatchObject({
      status: '投产',
      statusWords: null,
    });
    expect(factsInput(stated, set(null)).projects?.[0]).toMatchObject({ status: null, statusWords: null });
  });
});

describe('the district’s own targets in the review', () => {
  const withDistrict: PlanFacts = {
    ...facts,
    districtTargets: [
      {
        year: 2025,
        output: 120,
        valueAdded: 35,
        name: '全县工业总产值达到120亿',
        quote: '到2025年，全县工业总产值达到120亿元，工业增加值达到35亿元。',
        start: 7,
        end: 20,
      },
    ],
  };
  it('shows each year with its figures first, and sends the year and figures as the reviewer corrected them', () => {
    const drafts = initialFactDrafts(withDistrict);
    expect(drafts[0]).toMatchObject({
      kind: 'districtTargets',
      name: '2025',
      detail: '产值 120 亿元，增加值 35 亿元',
    });
    const edited = drafts.map((d, i) => (i === 0 ? { ...d, name: '2026 年', detail: '产值 130 亿元' } : d));
    expect(factsInput(withDistrict, edited).districtTargets).toEqual([
      { year: 2026, output: 130, valueAdded: null, quote: withDistrict.districtTargets[0]?.quote, start: 7 },
    ]);
  });
  it('counts a refused district target as skipped and sends none', () => {
    const drafts = initialFactDrafts(withDistrict).map((d, i) => (i === 0 ? { ...d, accepted: false } : d));
    const input = factsInput(withDistrict, drafts);
    expect(input.districtTargets).toEqual([]);
    expect(input.skippedFacts).toEqual({ districtTargets: 1 });
  });
});
