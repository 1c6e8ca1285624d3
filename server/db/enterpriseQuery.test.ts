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
});
