import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanFacts, WantedFact } from '../../../vocab/imports.ts';
import { FactsReview } from './FactsReview.tsx';
import { acceptedLinks, factsInput, graphSought } from './facts.ts';
import { textToStages } from './stages.ts';
import { placedWanted, placeLink, placeTargets } from './wanted.ts';

const SENTENCE = '该区还缺少配套企业，拟在铝用阳极炭块、铝塑复合板等方面引进项目。';
const PLAN = `标题。${SENTENCE}`;
const item = (name: string): WantedFact => {
  const start = PLAN.indexOf(name);
  return { name, quote: SENTENCE, start, end: start + name.length, cue: '引进' };
};
const WANTED = [item('铝用阳极炭块'), item('铝塑复合板')];
const facts: PlanFacts = {
  district: null,
  districtTargets: [],
  zones: [],
  industries: [],
  firms: [],
  targets: [],
  projects: [],
  sought: [],
  wanted: WANTED,
  namedChains: [],
  chainIndustry: [],
};

describe('placing a wanted item in a chain of the review', () => {
  it('adds the item at a stage, or as a new last stage, once', () => {
    expect(placeLink('电解铝—铝型材', '铝塑复合板', 1)).toBe('电解铝—铝型材、铝塑复合板');
    expect(placeLink('电解铝—铝型材', '铝塑复合板', 2)).toBe('电解铝—铝型材—铝塑复合板');
    expect(placeLink('电解铝—铝型材', '铝型材', 0)).toBe('电解铝—铝型材');
  });

  it('offers the accepted extracted chains and the hand-added ones that have links', () => {
    const targets = placeTargets(
      [
        { accepted: true, name: '铝产业链', line: '电解铝—铝型材' },
        { accepted: false, name: '煤产业链', line: '煤—焦炭' },
      ],
      [
        { name: '', line: '铝锭—铝箔' },
        { name: '空', line: '' },
      ],
    );
    expect(targets).toEqual([
      { label: '铝产业链', line: '电解铝—铝型材', draft: 0 },
      { label: '铝锭—铝箔', line: '铝锭—铝箔', manual: 0 },
    ]);
  });

  it('sends a placed item as a sought link with its sentence; an item left out sends nothing', () => {
    const links = acceptedLinks([textToStages(placeLink('电解铝—铝型材', '铝塑复合板', 2))]);
    expect(placedWanted(WANTED, links).map((w) => w.name)).toEqual(['铝塑复合板']);
    const input = factsInput(facts, [], links);
    expect(input.sought).toEqual([
      { name: '铝塑复合板', quote: SENTENCE, start: PLAN.indexOf('铝塑复合板') },
    ]);
    expect(input.skippedFacts).toEqual({});
    expect(factsInput(facts, [], acceptedLinks([[['电解铝']]])).sought).toEqual([]);
  });
});

describe('a sought link of the graph’s chains', () => {
  it('is committable with no chain of the review, and the review says the graph holds it', () => {
    const sought = [{ ...item('铝塑复合板'), graph: true as const }, item('铝用阳极炭块')];
    const withGraph = { ...facts, sought, wanted: [] };
    const links = acceptedLinks(graphSought(withGraph));
    const drafts = sought.map((s, index) => ({
      kind: 'sought' as const,
      index,
      accepted: true,
      name: s.name,
      detail: '',
    }));
    const input = factsInput(withGraph, drafts, links);
    expect(input.sought?.map((s) => s.name)).toEqual(['铝塑复合板']);
    expect(input.skippedFacts).toEqual({ sought: 1 });
    const html = renderToStaticMarkup(
      createElement(FactsReview, {
        facts: withGraph,
        text: PLAN,
        drafts,
        onChange: () => {},
        onShow: () => {},
        links,
      }),
    );
    expect(html.match(/图谱产业链中已有此环节/g)).toHaveLength(1);
    expect(html.match(/data-testid="import-fact-sought-dropped"/g)).toHaveLength(1);
  });
});

describe('the review section of wanted items', () => {
  const render = (
    links: Set<string>,
    targets = placeTargets([{ accepted: true, name: '铝产业链', line: '电解铝—铝型材' }], []),
  ) =>
    renderToStaticMarkup(
      createElement(FactsReview, {
        facts,
        text: PLAN,
        drafts: [],
        onChange: () => {},
        onShow: () => {},
        links,
        targets,
      }),
    );
  const text = (html: string) => html.replace(/<[^>]+>/g, '');

  it('lists each item with its sentence, the item marked, and the chain and stage to place it at', () => {
    const html = render(new Set());
    expect(text(html)).toContain('规划提出引进、尚无对应环节的产品（0/2）');
    expect(html).toContain('拟在<mark>铝用阳极炭块</mark>、铝塑复合板等方面引进项目。');
    expect(html).toContain('拟在铝用阳极炭块、<mark>铝塑复合板</mark>等方面引进项目。');
    expect(html.match(/<option value="0"[^>]*>铝产业链<\/option>/g)).toHaveLength(2);
    expect(text(html)).toContain('第 2 阶段（与 铝型材 并列）');
    expect(html).toMatch(/<option value="2" selected="">新增为末端阶段<\/option>/);
    expect(html.match(/>加入<\/button>/g)).toHaveLength(2);
  });

  it('says an item placed in an accepted chain will be written, and offers no chain when there is none', () => {
    const placed = render(new Set(['铝塑复合板']));
    expect(text(placed)).toContain('（1/2）');
    expect(placed.match(/data-testid="import-wanted-placed"/g)).toHaveLength(1);
    const none = render(new Set(), []);
    expect(text(none)).toContain('可先采纳或手动添加一条产业链');
    expect(none).not.toContain('<button type="button">加入</button>');
  });

  it('shows nothing for a plan without wanted items', () => {
    const html = renderToStaticMarkup(
      createElement(FactsReview, {
        facts: { ...facts, wanted: [] },
        text: PLAN,
        drafts: [],
        onChange: () => {},
        onShow: () => {},
        links: new Set<string>(),
      }),
    );
    expect(html).not.toContain('import-facts-wanted');
  });
});
