import { describe, expect, it } from 'vitest';
import { NameIndex, NearNames, normalise } from './match.ts';

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

describe('near names (a firm’s product close to a link)', () => {
  const near = new NearNames([
    '功能性高分子薄膜类材料',
    '高分子新材料',
    '铝锭',
    '铝合金锭',
    '饲料添加剂预混料',
  ]);
  it('offers a link that contains the name or that the name contains, closest length first', () => {
    expect(near.find('功能性高分子薄膜')).toEqual(['功能性高分子薄膜类材料']);
    expect(near.find('再生铝锭')).toEqual(['铝锭']);
  });
  it('offers nothing for a name far shorter or longer than any link, or for one character', () => {
    expect(near.find('饲料')).toEqual([]);
    expect(near.find('铝')).toEqual([]);
    expect(near.find('黑茶')).toEqual([]);
  });
  it('looks at a bounded number of distinct names', () => {
    const few = new NearNames(['铝锭', '铝合金锭'], 1);
    expect(few.find('再生铝锭')).toEqual(['铝锭']);
    expect(few.find('再生铝锭')).toEqual(['铝锭']);
    expect(few.find('铝合金')).toEqual([]);
  });
});
