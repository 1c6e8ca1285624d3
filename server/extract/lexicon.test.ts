import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { wordCount } from './lexicon.ts';

const require = createRequire(import.meta.url);
const lines = Buffer.from((require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict')).dict)
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split(' '));

describe('wordCount (a binary search of the segmenter dictionary as shipped)', () => {
  it('reads a dictionary whose lines are `word count tag`, sorted by the words’ UTF-8 bytes, each word once', () => {
    expect(lines.length).toBeGreaterThan(300_000);
    const malformed = lines.filter(
      ([word = '', count = '', tag = '', ...rest]) => !word || !/^\d+$/.test(count) || !tag || rest.length,
    );
    const bytes = lines.map(([word = '']) => Buffer.from(word, 'utf8'));
    // each word strictly after the one before: sorted, and none twice
    const unordered = bytes.filter((b, i) => i > 0 && Buffer.compare(bytes[i - 1] ?? b, b) >= 0);
    expect([malformed.slice(0, 3), unordered.slice(0, 3).map(String)]).toEqual([[], []]);
  });

  it('gives every dictionary word its count, as a map of the lines would', () => {
    const wrong = lines.filter(([word = '', count]) => wordCount(word) !== Number(count));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(wordCount('资源')).toBe(17453);
    expect(wordCount('奉节')).toBe(75);
  });

  it('gives 0 for what the dictionary does not list, before its first word and after its last', () => {
    const listed = new Set(lines.map(([word]) => word));
    const absent = ['', ' ', '甲乙丙丁戊', '资源 ', ' 资源', '资源\n', '\uD800', '\uFFFF', '0', '龘龘龘'];
    for (const word of absent) expect([word, listed.has(word), wordCount(word)]).toEqual([word, false, 0]);
    const first = lines[0]?.[0] ?? '';
    const last = lines.at(-1)?.[0] ?? '';
    expect([wordCount(first), wordCount(last)]).toEqual([Number(lines[0]?.[1]), Number(lines.at(-1)?.[1])]);
  });
});
