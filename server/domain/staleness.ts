/**
 * How old a fact is: seeded facts are as old as the plan (its Document's `issued` date), edited ones as old
 * as their last audit entry. A fact older than STALE_AFTER_MONTHS is stale — worth checking again.
 */

/** The date `months` calendar months before `now` (day clamped to the month's end, e.g. 31 May → 30 Apr). */
export function monthsBefore(now: Date, months: number): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      y,
      m,
      Math.min(now.getUTCDate(), lastDay),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  );
}

/** True when `updatedAt` (ISO date or date-time) lies more than `months` months before `now`; unknown is stale. */
export function isStale(updatedAt: string | null, now: Date, months: number): boolean {
  if (updatedAt === null) return true;
  const t = Date.parse(updatedAt);
  if (Number.isNaN(t)) return true;
  return t < monthsBefore(now, months).getTime();
}
