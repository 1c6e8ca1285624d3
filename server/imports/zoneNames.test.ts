import { describe, expect, it } from 'vitest';
import { qualifiedZone } from './zoneNames.ts';

describe('qualifiedZone', () => {
  it('names a zone written only with its district’s level word after the district', () => {
    // 芷江's 2023 news page: 县产业开发区 is the county's park.
    expect(qualifiedZone('县产业开发区', '芷江侗族自治县')).toBe('芷江侗族自治县产业开发区');
    expect(qualifiedZone('区工业园', '綦江区')).toBe('綦江区工业园');
    expect(qualifiedZone('市高新区', '津市市')).toBe('津市市高新区');
  });

  it('keeps every other name as written', () => {
    expect(qualifiedZone('北渡组团', '綦江区')).toBe('北渡组团');
    // Not the district's own level word: a 县 zone of a 区 is no shorthand for it.
    expect(qualifiedZone('县产业开发区', '綦江区')).toBe('县产业开发区');
    // Words that open with a level character but name no zone by it.
    expect(qualifiedZone('区域物流园', '綦江区')).toBe('区域物流园');
    expect(qualifiedZone('县城新区', '芷江侗族自治县')).toBe('县城新区');
    expect(qualifiedZone('芷江侗族自治县产业开发区', '芷江侗族自治县')).toBe('芷江侗族自治县产业开发区');
  });
});
