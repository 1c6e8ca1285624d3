import { describe, expect, it } from 'vitest';
import { healthSeries, monthsUpTo, sinceOf } from './health.ts';

const PLAN = '2021-12-20';

describe('when a fact appeared', () => {
  it('is the plan date for a seeded fact nobody edited', () => {
    expect(sinceOf([], 'produces', 'p-a', PLAN)).toBe(PLAN);
  });
  it('is the creation of the entity, or the edit that added the link', () => {
    const created = { at: '2026-03-02T08:00:00Z', before: null, after: { produces: ['p-a'] } };
    expect(sinceOf([created], 'produces', 'p-a', PLAN)).toBe('2026-03-02T08:00:00Z');
    const added = {
      at: '2026-05-10T08:00:00Z',
      before: { produces: ['p-b'] },
      after: { produces: ['p-a', 'p-b'] },
    };
    const other = { at: '2026-06-10T08:00:00Z', before: { note: null }, after: { note: 'x' } };
    expect(sinceOf([other, added], 'produces', 'p-a', PLAN)).toBe('2026-05-10T08:00:00Z');
    expect(sinceOf([added], 'produces', 'p-b', PLAN)).toBe(PLAN);
  });
});

describe('health series', () => {
  it('lists the last months, oldest first, across a year boundary', () => {
    expect(monthsUpTo(new Date('2026-02-15T00:00:00Z'), 4)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('counts a link missing until its project appears, then weak, then strong with two producers', () => {
    const links = [
      { product: 'p-a', producers: [PLAN, PLAN], projects: [] },
      { product: 'p-b', producers: ['2026-10-05T00:00:00Z'], projects: ['2026-09-30T23:00:00Z'] },
      { product: 'p-c', producers: [], projects: [] },
    ];
    const series = healthSeries(links, ['2026-08', '2026-09', '2026-10']);
    expect(series.map((m) => [m.month, m.strong, m.weak, m.missing, m.total])).toEqual([
      ['2026-08', 1, 0, 2, 3],
      ['2026-09', 1, 1, 1, 3],
      ['2026-10', 1, 1, 1, 3],
    ]);
  });
});
