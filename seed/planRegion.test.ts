import { describe, expect, it } from 'vitest';
import { districtOpening, districtsIn, resolveRegion } from './planRegion.ts';
import { RegionError, regionFullName } from './regions.ts';

function failure(name: string, hint?: string): RegionError {
  try {
    resolveRegion(name, hint);
  } catch (e) {
    if (e instanceof RegionError) return e;
    throw e;
  }
  throw new Error(`${name} resolved`);
}

describe('resolveRegion: the region a plan is for (district, city or province)', () => {
  it('a prefecture-level city however it is written: 泸州市, 泸州, 四川省泸州市, 四川泸州', () => {
    for (const n of ['泸州市', '泸州', '四川省泸州市', '四川泸州', ' 四川省 泸州市 ']) {
      const r = resolveRegion(n);
      expect(r.level).toBe('市');
      expect(r.region).toEqual({ code: '510500', name: '泸州市', id: 'region-510500' });
      expect(r.city).toEqual(r.region);
      expect(r.province.code).toBe('510000');
    }
    expect(regionFullName(resolveRegion('恩施州'))).toBe('湖北省恩施土家族苗族自治州');
  });

  it('a county-level name stays the county: 余姚市 is a county-level city, 江阳区 a district of 泸州', () => {
    const r = resolveRegion('余姚市');
    expect(r.level).toBe('区县');
    expect(regionFullName(r)).toBe('浙江省宁波市余姚市');
    expect(resolveRegion('余姚').region.code).toBe('330281');
    expect(resolveRegion('江阳区').region.code).toBe('510502');
    expect(resolveRegion('重庆市綦江区')).toMatchObject({
      level: '区县',
      city: null,
      region: { code: '500110' },
    });
  });

  it('a province (or municipality) owns its plan as a province', () => {
    expect(resolveRegion('四川省')).toMatchObject({ level: '省', city: null, region: { code: '510000' } });
    expect(resolveRegion('重庆市').region.code).toBe('500000');
  });

  it('a short name of a county and a city (or province) is ambiguous, each listed with its code', () => {
    const e = failure('通化');
    expect(e.reason).toBe('ambiguous');
    expect(e.regions.map(regionFullName)).toEqual(['吉林省通化市通化县', '吉林省通化市']);
    expect(e.message).toContain('吉林省通化市 (220500)');
    expect(failure('吉林').regions.map(regionFullName)).toEqual(['吉林省', '吉林省吉林市']);
    // Named in full, each is one region.
    expect(resolveRegion('通化市').level).toBe('市');
    expect(resolveRegion('通化县').level).toBe('区县');
    expect(resolveRegion('吉林市').level).toBe('市');
    // A hint narrows, as for a district.
    expect(resolveRegion('朝阳区', '北京').region.code).toBe('110105');
  });

  it('an unknown name fails with the nearest districts and cities', () => {
    const e = failure('泸洲市');
    expect(e.reason).toBe('unknown');
    expect(e.regions.map(regionFullName)).toContain('四川省泸州市');
    expect(e.message).toMatch(/^unknown district "泸洲市"; nearest: .*四川省泸州市 \(510500\)/);
    expect(failure('火星省').reason).toBe('unknown');
  });
});

describe('districtOpening: the district a city zone is named after', () => {
  const luzhou = districtsIn(resolveRegion('泸州市'));
  const open = (name: string) => districtOpening(name, luzhou)?.district.district.name ?? null;

  it('the 泸州 carriers of 白酒: 江阳, 纳溪 and 古蔺 development zones in their districts, 高新区 in none', () => {
    expect(open('四川泸州江阳经济开发区')).toBe('江阳区');
    expect(open('四川泸州纳溪经济开发区')).toBe('纳溪区');
    expect(open('四川古蔺经济开发区')).toBe('古蔺县');
    expect(open('泸州高新技术产业开发区')).toBeNull();
    expect(open('泸县经济开发区')).toBe('泸县');
  });

  it('the rest is empty only when the name is the district itself', () => {
    expect(districtOpening('泸州市江阳区', luzhou)?.rest).toBe('');
    expect(districtOpening('江阳经济开发区', luzhou)?.rest).toBe('经济开发区');
  });

  it('a district has no districts inside; a city only its own', () => {
    expect(districtsIn(resolveRegion('江阳区'))).toEqual([]);
    expect(luzhou.map((d) => d.district.code)).toContain('510525');
    expect(luzhou.every((d) => d.city?.code === '510500')).toBe(true);
  });
});
