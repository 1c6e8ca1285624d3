import { describe, expect, it } from 'vitest';
import { changed } from './mutationTx.ts';

describe('changed', () => {
  it('keeps only the keys whose value changed, absent as null', () => {
    expect(
      changed({ name: '甲', zone: 'zone-a', produces: ['p1'] }, { name: '甲', zone: 'zone-b', note: '新' }),
    ).toEqual({ before: { zone: 'zone-a', note: null }, after: { zone: 'zone-b', note: '新' } });
  });

  it('compares lists by value', () => {
    expect(changed({ produces: ['p1', 'p2'] }, { produces: ['p1', 'p2'] })).toEqual({
      before: {},
      after: {},
    });
  });

  it('treats everything as new when there was no entity before', () => {
    expect(changed(null, { name: '乙', local: true })).toEqual({
      before: { name: null, local: null },
      after: { name: '乙', local: true },
    });
  });
});
