import { describe, expect, it } from 'vitest';
import type { ZoneTableOptionsQuery } from '../../api/types.generated.ts';
import { tableOptions } from './tableOptions.ts';

const zone = (id: string, name: string, kind: string, parent: string | null) => ({
  id,
  name,
  kind,
  code: null,
  childCount: 0,
  parent: parent ? { id: parent } : null,
});

describe('the zone page’s options: its district’s chains and zones only', () => {
  it('lists the industries and links of the district’s chains, each once, by name', () => {
    const data: ZoneTableOptionsQuery = {
      chains: [
        {
          id: 'c1',
          industry: { id: 'i-mat', name: '新材料' },
          links: [{ product: { id: 'p-铝锭', name: '铝锭' } }, { product: { id: 'p-废铝', name: '废铝' } }],
        },
        {
          id: 'c2',
          industry: { id: 'i-mat', name: '新材料' },
          links: [{ product: { id: 'p-铝锭', name: '铝锭' } }],
        },
        { id: 'c3', industry: { id: 'i-food', name: '消费品工业' }, links: [] },
      ],
      scope: { zone: null, district: null },
    };
    const o = tableOptions(data);
    expect(o.industries).toEqual([
      { id: 'i-food', name: '消费品工业' },
      { id: 'i-mat', name: '新材料' },
    ]);
    expect(o.products).toEqual([
      ['p-废铝', '废铝'],
      ['p-铝锭', '铝锭'],
    ]);
  });

  it('offers nothing of another district when the district has no chains (an imported county)', () => {
    const county = zone('region-431228', '芷江侗族自治县', '区县', 'region-431200');
    const park = zone('zone-park', '县产业开发区', '开发区', 'region-431228');
    const o = tableOptions({
      chains: [],
      scope: { zone: county, district: { ...county, childCount: 1, descendants: [park] } },
    });
    expect(o.industries).toEqual([]);
    expect(o.products).toEqual([]);
    // The district first, its zones indented under it.
    expect(o.zones).toEqual([
      { id: 'region-431228', name: '芷江侗族自治县' },
      { id: 'zone-park', name: '\u3000县产业开发区' },
    ]);
  });

  it('is empty while the answer loads', () => {
    expect(tableOptions(undefined)).toEqual({ industries: [], products: [], zones: [] });
  });
});
