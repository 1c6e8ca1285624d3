import { describe, expect, it } from 'vitest';
import { firmScopeKeys, keysOf } from '../../bench/data/scopeKeys.ts';

const zone = (id: string, kind: string) => ({ id, name: id, kind, district: null, code: null });

describe('bench loader: the scope keys of the firms it creates', () => {
  // 省 p ← 市 c ← 区县 d ← 园区 z; the municipality m (省) ← 区县 q directly; the seed's district s under the seed's
  // 重庆市 (省), both in the database before the load, with zone t of the load under s.
  const g = {
    zones: [
      zone('p', '省'),
      zone('c', '市'),
      zone('d', '区县'),
      zone('z', '园区'),
      zone('m', '省'),
      zone('q', '区县'),
    ].concat([zone('t', '园区'), zone('s', '园区')]),
    partOf: [
      { zone: 'c', parent: 'p' },
      { zone: 'd', parent: 'c' },
      { zone: 'z', parent: 'd' },
      { zone: 'q', parent: 'm' },
      { zone: 't', parent: 's' },
    ],
    locatedIn: [
      { enterprise: 'in-park', zone: 'z' },
      { enterprise: 'in-district', zone: 'd' },
      { enterprise: 'municipal', zone: 'q' },
      { enterprise: 'under-seed', zone: 't' },
      { enterprise: 'in-city', zone: 'c' },
    ],
  };
  // The database's kinds and parents win over the load's rows (the load MERGEs zones onto them).
  const before = [
    { id: 's', kind: '区县', parent: 'cq' },
    { id: 'cq', kind: '省', parent: null },
  ];
  const keys = firmScopeKeys(g, before);

  it('gives each firm the 省 and 市 above its zone, its zone included', () => {
    expect(keysOf(keys, 'in-park')).toEqual(['p', 'c']);
    expect(keysOf(keys, 'in-district')).toEqual(['p', 'c']);
    expect(keysOf(keys, 'in-city')).toEqual(['p', 'c']);
  });

  it('leaves the city out where a district sits under its province directly (直辖市)', () => {
    expect(keysOf(keys, 'municipal')).toEqual(['m', null]);
  });

  it('reads the tree above the load from the database', () => {
    expect(keysOf(keys, 'under-seed')).toEqual(['cq', null]);
  });

  it('gives a firm in no zone no keys, and refuses a firm placed in two zones', () => {
    expect(keysOf(keys, 'pool-firm')).toEqual([null, null]);
    expect(() =>
      firmScopeKeys({ ...g, locatedIn: [...g.locatedIn, { enterprise: 'in-park', zone: 'd' }] }, before),
    ).toThrow('in-park is LOCATED_IN two zones');
  });
});
