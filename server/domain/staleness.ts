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

export interface Freshness {
  /** The last edit's date-time, null when never edited. */
  editedAt: string | null;
  /** The date the plan was issued (the age of an unedited fact when no period is known). */
  issued: string | null;
  /** The period ends (years) of the plans whose sources cite the fact; empty when none is known. */
  planEnds: number[];
}

/**
 * Staleness follows the plan's period (issue #15): an edited fact is as old as its last edit; an unedited fact of
 * a plan with a known period is stale only once every plan citing it has ended (a fact of the current 十五五 plan
 * is not 可能过时 because the gazette is from 2023; a fact only of the ended 十四五 plan is); otherwise it is as
 * old as the plan's issue date.
 */
export function factStale(f: Freshness, now: Date, months: number): boolean {
  if (f.editedAt !== null) return isStale(f.editedAt, now, months);
  if (f.planEnds.length > 0) return now.getUTCFullYear() > Math.max(...f.planEnds);
  return isStale(f.issued, now, months);
}
