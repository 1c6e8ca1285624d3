import { describe, expect, it } from 'vitest';
import { districtWeight, PROVINCE_FIRMS_K, readRegions } from '../../bench/data/regions.ts';
import { normalise } from '../../bench/lib/calibrate.ts';

describe('benchmark regions (GB/T 2260)', () => {
  const r = readRegions();
  const byId = new Map([...r.provinces, ...r.cities, ...r.districts].map((x) => [x.id, x]));

  it('has every province, real cities and the county-level districts, each id once', () => {
    expect(r.provinces).toHaveLength(31);
    expect(r.districts.length).toBeGreaterThan(2800);
    expect(byId.size).toBe(r.provinces.length + r.cities.length + r.districts.length);
    expect(r.cities.some((c) => /^(市辖区|县)$/.test(c.name))).toBe(false);
    expect(r.districts.some((d) => /开发区|群岛/.test(d.name))).toBe(false);
  });

  it('puts 綦江区 (500110) directly under 重庆市 (500000): municipalities skip the city level', () => {
    const qijiang = byId.get('region-500110');
    expect(qijiang).toMatchObject({ name: '綦江区', kind: '区县', code: '500110', parent: 'region-500000' });
    expect(byId.get('region-500000')).toMatchObject({ name: '重庆市', kind: '省' });
    expect(byId.get('region-110105')?.parent).toBe('region-110000');
  });

  it('hangs other districts under their city, and every parent exists', () => {
    expect(byId.get('region-320582')).toMatchObject({ name: '张家港市', parent: 'region-320500' });
    expect(byId.get('region-320500')).toMatchObject({ name: '苏州市', kind: '市', parent: 'region-320000' });
    expect(byId.get('region-441900')).toMatchObject({
      name: '东莞市',
      kind: '区县',
      parent: 'region-440000',
    });
    for (const x of byId.values()) if (x.parent) expect(byId.has(x.parent), x.id).toBe(true);
  });

  it('weights every province and district', () => {
    for (const p of r.provinces) expect(PROVINCE_FIRMS_K[p.name], p.name).toBeGreaterThan(0);
    expect(districtWeight('张家港市')).toBeGreaterThan(districtWeight('綦江区'));
    expect(districtWeight('綦江区')).toBeGreaterThan(districtWeight('丰宁满族自治县'));
  });
});

describe('calibration', () => {
  it('divides latencies and multiplies rates by the factor; sizes and ratios stay', () => {
    expect(normalise(100, 'ms', 2)).toBe(50);
    expect(normalise(1000, 'requests/s', 2)).toBe(2000);
    expect(normalise(230, 'KB', 2)).toBe(230);
    expect(normalise(1.2, '×', 2)).toBe(1.2);
  });
});
