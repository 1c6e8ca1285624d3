import { describe, expect, it } from 'vitest';
import { enterpriseQuery } from './reads.ts';

const none = { zone: null, product: null, industry: null, local: null, query: null };

describe('the enterprise page query for the filters', () => {
  it('uses the TEXT indexes only for a national name filter that lower-casing cannot change', () => {
    expect(enterpriseQuery({ ...none, query: '科技' })).toBe('enterprises-all-text');
    expect(enterpriseQuery({ ...none, query: '6061铝' })).toBe('enterprises-all-text');
    // Latin letters (and anything else with case) keep the lower-casing filter.
    expect(enterpriseQuery({ ...none, query: 'abc' })).toBe('enterprises-all');
    expect(enterpriseQuery({ ...none, query: '华为ict' })).toBe('enterprises-all');
    expect(enterpriseQuery({ ...none, local: true })).toBe('enterprises-all');
    expect(enterpriseQuery(none)).toBe('enterprises-all-unfiltered');
    expect(enterpriseQuery({ ...none, zone: 'zone-beidu', query: '科技' })).toBe('enterprises');
  });

  it('reads an unfiltered scope with the query that counts from its zones; any filter reads its firms', () => {
    expect(enterpriseQuery({ ...none, zone: 'region-440000' })).toBe('enterprises-unfiltered');
    expect(enterpriseQuery({ ...none, zone: 'region-440000', local: true })).toBe('enterprises');
    expect(enterpriseQuery({ ...none, zone: 'region-440000', product: 'p-铝锭' })).toBe('enterprises');
    expect(enterpriseQuery({ ...none, zone: 'region-440000', industry: 'ind-x' })).toBe('enterprises');
  });
});
