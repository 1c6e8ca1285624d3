import { describe, expect, it } from 'vitest';
import { zoneKindLabel } from './region.ts';

describe('zoneKindLabel', () => {
  it('names province-level and prefecture-level regions by what they are', () => {
    expect(zoneKindLabel({ kind: '省', name: '重庆市' })).toBe('直辖市');
    expect(zoneKindLabel({ kind: '省', name: '四川省' })).toBe('省');
    expect(zoneKindLabel({ kind: '省', name: '广西壮族自治区' })).toBe('自治区');
    expect(zoneKindLabel({ kind: '省', name: '香港特别行政区' })).toBe('特别行政区');
    expect(zoneKindLabel({ kind: '市', name: '自贡市' })).toBe('市');
    expect(zoneKindLabel({ kind: '市', name: '凉山彝族自治州' })).toBe('自治州');
    expect(zoneKindLabel({ kind: '市', name: '阿克苏地区' })).toBe('地区');
    expect(zoneKindLabel({ kind: '市', name: '锡林郭勒盟' })).toBe('盟');
  });

  it('keeps the kind of districts and of the zones inside them', () => {
    expect(zoneKindLabel({ kind: '区县', name: '綦江区' })).toBe('区县');
    expect(zoneKindLabel({ kind: '组团', name: '北渡组团' })).toBe('组团');
  });
});
