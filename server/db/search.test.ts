import { describe, expect, it } from 'vitest';
import { CHAR_HITS_CAP, charPhrase, searchQuery } from './search.ts';

describe('which search query answers a term', () => {
  it('sends one or two Chinese characters to the full-text index as a phrase', () => {
    expect(charPhrase('铝')).toBe('"铝"');
    expect(charPhrase('原铝')).toBe('"原 铝"');
    expect(charPhrase('〇七')).toBe('"〇 七"');
    expect(searchQuery('铝锭', 20, true)).toEqual({
      name: 'search-chars',
      params: {
        q: '铝锭',
        first: 20,
        phrase: '"铝 锭"',
        cap: CHAR_HITS_CAP,
        statusUnstated: '状态未载明',
        unchainedLabel: '未入链产品',
      },
    });
  });

  it('sends everything the analyzer tokenises otherwise, longer terms, and any term while the index is not online, to search', () => {
    for (const q of ['再生铝', 'A铝', '5G', '铝 ', '铝、', '々', '⺈', '"铝', 'ab'])
      expect(charPhrase(q), q).toBeNull();
    expect(searchQuery('铝', 20, false)).toEqual({
      name: 'search',
      params: { q: '铝', first: 20, statusUnstated: '状态未载明', unchainedLabel: '未入链产品' },
    });
    expect(searchQuery('再生铝', 20, true).name).toBe('search');
  });
});
