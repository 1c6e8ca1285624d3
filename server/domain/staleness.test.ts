import { describe, expect, it } from 'vitest';
import { isStale, monthsBefore } from './staleness.ts';

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
});
