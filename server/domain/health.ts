/**
 * A chain's health over time: how many of its links were strong, weak and missing at the end of each month.
 * The graph keeps only today's facts, so the past is rebuilt from when each fact appeared: a producer or project
 * counts from the audit entry that created it or added this link to it (createEnterprise, an import, a lead
 * signed into a project), else from the date the plan was issued (the seed's facts). Facts removed since are not
 * in the graph any more and cannot be counted back (a limitation: the series never shows a link that was lost).
 */
import { countStatuses, type StatusCounts } from '../../vocab/status.ts';
import { linkStatus } from './status.ts';

/** An audit entry of an entity, its before/after parsed (null: created / removed). */
export interface AuditEvent {
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const has = (state: Record<string, unknown> | null, key: string, id: string) => {
  const v = state?.[key];
  return Array.isArray(v) && v.includes(id);
};

/**
 * When `product` last appeared on an entity (the `key` list of its audit states: `produces` for an enterprise,
 * `builds` for a project): its creation, or the entry that added the product; `fallback` (the plan's date) when
 * no entry says so — the fact came with the seed.
 */
export function sinceOf(
  events: readonly AuditEvent[],
  key: string,
  product: string,
  fallback: string,
): string {
  let since = fallback;
  for (const e of [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    if (e.before === null && e.after !== null) since = e.at;
    else if (has(e.after, key, product) && !has(e.before, key, product)) since = e.at;
  }
  return since;
}

export interface DatedLink {
  product: string;
  /** When each current producer in scope appeared (ISO date-times). */
  producers: string[];
  /** When each current project in scope appeared. */
  projects: string[];
}

export interface HealthMonth extends StatusCounts {
  /** YYYY-MM. */
  month: string;
}

/** The last `months` months up to and including the month of `now` (UTC), oldest first, as YYYY-MM. */
export function monthsUpTo(now: Date, months: number): string[] {
  const out: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/** The first instant after a month (YYYY-MM) as an ISO string: facts before it count in that month. */
function endOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString();
}

/** Status counts of the links at the end of each month (the link-status rule of domain/status.ts). */
export function healthSeries(links: readonly DatedLink[], months: readonly string[]): HealthMonth[] {
  return months.map((month) => {
    const end = endOf(month);
    const statuses = links.map((l) =>
      linkStatus(l.producers.filter((s) => s < end).length, l.projects.filter((s) => s < end).length),
    );
    return { month, ...countStatuses(statuses) };
  });
}
