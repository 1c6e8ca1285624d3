import { describe, expect, it } from 'vitest';
import { factStale, isStale, monthsBefore } from './staleness.ts';

describe('staleness', () => {
  const now = new Date('2026-11-26T10:00:00Z');

  it('counts calendar months and clamps the day to the month end', () => {
    expect(monthsBefore(now, 24).toISOString()).toBe('2024-11-26T10:00:00.000Z');
    expect(monthsBefore(new Date('2026-05-31T00:00:00Z'), 1).toISOString()).toBe('2026-04-30T00:00:00.000Z');
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 2).toISOString()).toBe('2025-11-15T00:00:00.000Z');
  });

  it('marks the plan date stale after 24 months and a recent edit fresh', () => {
    expect(isStale('2023-02-01', now, 24)).toBe(true);
    expect(isStale('2023-02-01', now, 60)).toBe(false);
    expect(isStale('2026-11-01T08:00:00Z', now, 1)).toBe(false);
    expect(isStale('2026-09-01T08:00:00Z', now, 1)).toBe(true);
  });

  it('treats an unknown or unreadable date as stale', () => {
    expect(isStale(null, now, 24)).toBe(true);
    expect(isStale('not a date', now, 24)).toBe(true);
  });

  it('follows the plan period: a fact of the current plan is fresh, one only of an ended plan is not', () => {
    const gazette = { editedAt: null, issued: '2023-02-01' };
    expect(factStale({ ...gazette, planEnds: [2025, 2030] }, now, 24)).toBe(false);
    expect(factStale({ ...gazette, planEnds: [2030] }, now, 1)).toBe(false);
    expect(factStale({ ...gazette, planEnds: [2025] }, now, 1200)).toBe(true);
    expect(factStale({ ...gazette, planEnds: [2026] }, now, 1)).toBe(false);
    expect(factStale({ ...gazette, planEnds: [] }, now, 24)).toBe(true);
    expect(factStale({ ...gazette, planEnds: [] }, now, 60)).toBe(false);
    expect(
      factStale({ editedAt: '2026-11-01T08:00:00Z', issued: '2023-02-01', planEnds: [2025] }, now, 1),
    ).toBe(false);
  });
});
