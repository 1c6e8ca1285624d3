/**
 * Link statuses: the one list. Server (rules, counts, briefings) and client (map, legend, tables) read it; the
 * rule that decides a status lives in server/domain/status.ts. Adding a status: its entry here (value, label,
 * help, look), the SDL enum and count field, the StatusCounts fragment in operations.graphql, and the rule.
 */
import type { ExplainedLook } from './look.ts';

export const LINK_STATUSES = ['STRONG', 'WEAK', 'MISSING'] as const;

export type LinkStatus = (typeof LINK_STATUSES)[number];

/** Label: 强链 / 弱链 / 缺链; help: what the status means, for legends and tooltips; fill and text: the map node's. */
export interface StatusLook extends ExplainedLook {
  border: string;
  borderStyle: 'solid' | 'dashed';
  /** The small count chip (e.g. on an industry card): a pale fill and a dark text of the same hue. */
  chipFill: string;
  chipText: string;
  /** Is a link of this status a gap (weak or missing) that the upstream view and briefings list? */
  gap: boolean;
}

/** Status → meaning and look. MISSING is drawn as a hole: white fill, dashed red outline. */
export const STATUS = {
  STRONG: {
    label: '强链',
    help: '区内 2 家及以上本地企业生产',
    fill: '#1c8047',
    border: '#14633a',
    borderStyle: 'solid',
    text: '#ffffff',
    chipFill: '#d9f0e2',
    chipText: '#14633a',
    gap: false,
  },
  WEAK: {
    label: '弱链',
    help: '仅 1 家本地企业生产，或仅有在建/规划项目',
    fill: '#f2b632',
    border: '#b9821a',
    borderStyle: 'solid',
    text: '#3b2a00',
    chipFill: '#fdf0cf',
    chipText: '#7a5600',
    gap: true,
  },
  MISSING: {
    label: '缺链',
    help: '无本地企业生产，也无项目',
    fill: '#ffffff',
    border: '#d23c3c',
    borderStyle: 'dashed',
    text: '#b02a2a',
    chipFill: '#fbe0e0',
    chipText: '#a02020',
    gap: true,
  },
} as const satisfies Record<LinkStatus, StatusLook>;

/** The statuses marked `gap: true` above, as a type. */
export type GapStatus = { [S in LinkStatus]: (typeof STATUS)[S]['gap'] extends true ? S : never }[LinkStatus];

/** A weak or missing link: one the upstream view, the chain map and the briefing list as a gap. */
export function isGap(status: LinkStatus): status is GapStatus {
  return STATUS[status].gap;
}

export function isLinkStatus(value: unknown): value is LinkStatus {
  return typeof value === 'string' && (LINK_STATUSES as readonly string[]).includes(value);
}

/** Per-status counts keyed by the lower-case status (the SDL's StatusCounts fields), plus the total. */
export type StatusCounts = { [S in LinkStatus as Lowercase<S>]: number } & { total: number };

/** The StatusCounts field of a status: STRONG → strong. */
export const countKey = <S extends LinkStatus>(s: S) => s.toLowerCase() as Lowercase<S>;

export function countStatuses(statuses: Iterable<LinkStatus>): StatusCounts {
  const c = { total: 0 } as Record<string, number>;
  for (const s of LINK_STATUSES) c[countKey(s)] = 0;
  for (const s of statuses) {
    c.total = (c.total ?? 0) + 1;
    const k = countKey(s);
    c[k] = (c[k] ?? 0) + 1;
  }
  return c as StatusCounts;
}
