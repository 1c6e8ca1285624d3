import { describe, expect, it } from 'vitest';
import { NameIndex, normalise } from './match.ts';

describe('name matching', () => {
  it('matches exactly, then by normalised form (width, spaces, brackets)', () => {
    const idx = new NameIndex([
      { id: 'z1', name: '北渡组团' },
      { id: 'p1', name: '新能源汽车电池PACK' },
      { id: 'p2', name: '高精铜板带箔（电解铜箔）' },
    ]);
    expect(idx.find('北渡组团')).toBe('z1');
    expect(idx.find('新能源汽车电池 ＰＡＣＫ')).toBe('p1');
    expect(idx.find('高精铜板带箔(电解铜箔)')).toBe('p2');
    expect(idx.find('北渡')).toBeUndefined();
  });
  it('refuses an ambiguous normalised form', () => {
    const idx = new NameIndex([
      { id: 'a', name: 'ABC' },
      { id: 'b', name: 'abc' },
    ]);
    expect(idx.find('ABC')).toBe('a');
    expect(idx.find('Abc')).toBeUndefined();
    expect(normalise(' Ａ b ')).toBe('ab');
  });
});
