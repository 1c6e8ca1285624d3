import { describe, expect, it } from 'vitest';
import type { NamedChainsFact } from '../../../vocab/imports.ts';
import { draftSentences, manualChainInput, manualProblems, sentencesOf } from './manualChain.ts';
import { coveringChain, namedDraft, namedIndustry, namedStatus } from './namedChains.ts';

const TEXT =
  '我市重点工业产业生态链由6条调整为10条。调整后的10条产业链是:白酒、能源、电子信息。白酒产业链：酿酒专用粮—基酒酿造—白酒灌装。';
const listAt = (names: string[]): NamedChainsFact => {
  const start = TEXT.indexOf('白酒、');
  return {
    names,
    start,
    end: TEXT.indexOf('。', start),
    quote: '调整后的10条产业链是:白酒、能源、电子信息。',
    cue: '10条产业链',
  };
};
const buildDraft = (over: Partial<{ name: string; line: string }> = {}) => ({
  name: '',
  line: '',
  sentence: null,
  industry: '',
  ...over,
});

describe('chains the plan names, offered as drafts', () => {
  it('finds the accepted chain that covers a name: the same name, else the shortest containing it', () => {
    expect(coveringChain('白酒', ['白酒'])).toBe('白酒');
    expect(coveringChain('白酒', ['酱香型白酒包装', '白酒包装'])).toBe('白酒包装');
    expect(coveringChain('能源', ['白酒'])).toBeNull();
  });

  it('gives each name its status: covered, drafted by hand, or open', () => {
    expect(namedStatus('白酒', ['酿酒专用粮—白酒灌装'], [])).toEqual({
      kind: 'covered',
      by: '酿酒专用粮—白酒灌装',
    });
    expect(namedStatus('能源', [], [buildDraft({ name: '能源' })])).toEqual({ kind: 'drafted' });
    expect(namedStatus('电子信息', [], [buildDraft({ name: '能源' })])).toEqual({ kind: 'open' });
  });

  it('proposes the industry whose core the name contains, else the one whose name contains it', () => {
    expect(namedIndustry('白酒', '', ['白酒产业', '能源产业'])).toBe('白酒产业');
    expect(namedIndustry('电子', '', ['电子信息产业', '能源产业'])).toBe('电子信息产业');
    expect(namedIndustry('核医疗', '', ['电子信息产业'])).toBe('');
  });

  it('drafts a named chain with its name, industry and the list sentence, links left to the reviewer', () => {
    const sentences = sentencesOf(TEXT);
    const draft = namedDraft('能源', listAt(['白酒', '能源', '电子信息']), sentences, ['能源产业']);
    const listed = sentences.find((s) => s.text.startsWith('调整后'));
    expect(draft).toEqual({
      name: '能源',
      line: '',
      sentence: listed?.start,
      industry: '能源产业',
      listed: listed?.start,
    });
    // No links yet: the list sentence is offered, but the draft needs two stages before it can be committed.
    const none = draftSentences(sentences, draft, []);
    expect(none.map((s) => s.text)).toEqual(['调整后的10条产业链是:白酒、能源、电子信息。']);
    expect(manualProblems(draft, none)).toEqual(['stages']);
    // Links the list sentence does not name: it stays the chosen source, beside the sentences that name them.
    const filled = { ...draft, line: '页岩气—天然气发电' };
    const links = ['页岩气', '天然气发电'];
    const offered = draftSentences(sentences, filled, links);
    expect(offered[0]?.start).toBe(listed?.start);
    expect(manualProblems(filled, offered)).toEqual([]);
    expect(manualChainInput(filled, offered, new Set(['能源产业']))).toMatchObject({
      name: '能源',
      quote: '调整后的10条产业链是:白酒、能源、电子信息。',
      entered: true,
      industry: '能源产业',
    });
  });

  it('offers a hand-added draft without a list sentence only the sentences naming its links', () => {
    const sentences = sentencesOf(TEXT);
    expect(draftSentences(sentences, {}, ['基酒酿造']).map((s) => s.hits)).toEqual([['基酒酿造']]);
    expect(draftSentences(sentences, {}, [])).toEqual([]);
  });
});
