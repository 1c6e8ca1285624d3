/**
 * Plans have periods (issue #15 part 5): the period a plan's title or text names, which of a district's plans is
 * current on a date, and the year a target is for. Pure; the import, the plans API and staleness call these.
 */

/** Five-year plans by their Chinese ordinal: 十三五 2016–2020, 十四五 2021–2025, 十五五 2026–2030, 十六五 2031–2035. */
const FIVE_YEAR: Record<string, number> = { 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031 };
const DASHES = '-－—–~～至到';
const YEARS = new RegExp(`((?:19|20)\\d{2})\\s*年?\\s*[${DASHES}]+\\s*((?:19|20)\\d{2})\\s*年`);

export interface Period {
  start: number;
  end: number;
}

/**
 * The period of a plan from its title, else the head of its text: explicit years ((2026—2030 年)) win over the
 * five-year ordinal (十五五 → 2026–2030; the latest one named); null when neither is said. The first 2,000
 * characters are read, where a plan states what it is.
 */
export function periodOf(title: string, text = ''): Period | null {
  for (const head of [title, text.slice(0, 2000)]) {
    const years = YEARS.exec(head);
    if (years) {
      const start = Number(years[1]);
      const end = Number(years[2]);
      if (end >= start && end - start <= 15) return { start, end };
    }
    // The latest ordinal named: a 十五五 plan opens by reviewing 十四五, a 十四五 plan by reviewing 十三五.
    const ordinal = Object.keys(FIVE_YEAR)
      .filter((k) => head.includes(k))
      .at(-1);
    if (ordinal) {
      const start = FIVE_YEAR[ordinal] as number;
      return { start, end: start + 4 };
    }
  }
  return null;
}

const DATE = String.raw`((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
/** A date the page labels as its own: 发布时间：…, a 来源 line's date, or the date a report was delivered (——…在…会议上). */
const ISSUED = [
  new RegExp(`(?:发布|發佈|发文|成文|印发|印發|发稿|發稿)(?:时间|時間|日期)s*[:：]?s*${DATE}`),
  new RegExp(`(?:^|\n)[^\n]*?(?:来源|來源)[^\n]*?${DATE}`),
  new RegExp(`(?:^|\n)s*${DATE}[^\n]{0,12}?(?:来源|來源)`),
  new RegExp(`——s*${DATE}s*在`),
];

/**
 * The date a plan or page says it was issued, as YYYY-MM-DD, from the head of its text (the first 600 characters,
 * where a page states its source and date); null when none is said or the date is no calendar day, or after
 * `today`. A fact is then as old as its text (信息截至 2023-08-20), not as its import.
 */
export function issuedOf(text: string, today: Date = new Date()): string | null {
  const head = text.slice(0, 600);
  const found = ISSUED.map((re) => re.exec(head))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index);
  for (const m of found) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || day > today) continue;
    return day.toISOString().slice(0, 10);
  }
  return null;
}

export interface PlanPeriod {
  id: string;
  periodStart: number | null;
  periodEnd: number | null;
}

/**
 * The current plan of a district on `today`: the one whose period contains today's year, else the latest (by
 * period end, then start; plans without a period come last), null for none. Ties: the smaller id, so it is stable.
 */
export function currentPlan<P extends PlanPeriod>(plans: P[], today: Date): P | null {
  const year = today.getUTCFullYear();
  const within = plans.filter(
    (p) => p.periodStart !== null && p.periodEnd !== null && p.periodStart <= year && year <= p.periodEnd,
  );
  return [...(within.length > 0 ? within : plans)].sort(latestFirst)[0] ?? null;
}

function latestFirst(a: PlanPeriod, b: PlanPeriod): number {
  const end = (b.periodEnd ?? -1) - (a.periodEnd ?? -1);
  if (end !== 0) return end;
  const start = (b.periodStart ?? -1) - (a.periodStart ?? -1);
  return start !== 0 ? start : a.id < b.id ? -1 : 1;
}

/** A district's plans, latest first (the order the plan switcher lists them). */
export function byPeriod<P extends PlanPeriod>(plans: P[]): P[] {
  return [...plans].sort(latestFirst);
}

/** The plans no longer current: every plan of a district that has a current plan, but that one. */
export function supersededPlans<P extends PlanPeriod & { district: string }>(
  plans: P[],
  today: Date,
): string[] {
  const byDistrict = new Map<string, P[]>();
  for (const p of plans) byDistrict.set(p.district, [...(byDistrict.get(p.district) ?? []), p]);
  return [...byDistrict.values()].flatMap((ps) => {
    const current = currentPlan(ps, today);
    return ps.filter((p) => p !== current).map((p) => p.id);
  });
}

/** True when a plan's period has ended before `today` (the day after 31 December of its last year). */
export function periodEnded(periodEnd: number | null, today: Date): boolean {
  return periodEnd !== null && today.getUTCFullYear() > periodEnd;
}
