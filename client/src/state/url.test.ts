import { describe, expect, it } from 'vitest';
import { parseUrl, scopePatch, toSearch, type UrlState } from './url.ts';

describe('URL state', () => {
  it('round-trips every field', () => {
    const s: UrlState = {
      view: 'upstream',
      chain: 'chain-x',
      zone: 'zone-beidu',
      focus: 'p-压铸件',
      plan: 'doc-qijiang-plan-2021-2025',
      to: null,
    };
    expect(parseUrl(toSearch(s))).toEqual(s);
  });
  it('defaults to the overview, and to the chain view when only a chain is given', () => {
    expect(parseUrl('')).toEqual({
      view: 'overview',
      chain: null,
      zone: null,
      focus: null,
      plan: null,
      to: null,
    });
    expect(parseUrl('?view=compare&plan=a&to=b')).toMatchObject({ view: 'compare', plan: 'a', to: 'b' });
    expect(parseUrl('?chain=c1').view).toBe('chain');
    expect(parseUrl('?view=nonsense').view).toBe('overview');
  });
  it('writes nothing for the default state', () => {
    expect(toSearch({ view: 'overview', chain: null, zone: null, focus: null, plan: null, to: null })).toBe(
      '',
    );
  });
  it('on 规划对比 a scope picked in the header drops the compared pair; elsewhere it keeps the plan', () => {
    const comparing = parseUrl('?view=compare&zone=region-500000&plan=doc-a&to=doc-b');
    const moved = { ...comparing, ...scopePatch(comparing.view, 'region-500119') };
    expect(toSearch(moved)).toBe('?view=compare&zone=region-500119');
    const toCountry = { ...comparing, ...scopePatch(comparing.view, null) };
    expect(toSearch(toCountry)).toBe('?view=compare');
    const overview = parseUrl('?zone=region-500110&plan=doc-a');
    expect(toSearch({ ...overview, ...scopePatch(overview.view, 'region-500119') })).toBe(
      '?zone=region-500119&plan=doc-a',
    );
  });
});
