/**
 * Gap priority and gap kinds: the words the upstream view, the chain map, the zone page, their CSV and the
 * briefing share. The rule that computes them lives in server/domain/priority.ts (kind from evidence, score from
 * parts); the candidate fit rule in server/domain/gaps.ts. Adding a kind or tier: its entry here and the SDL enum.
 */

import type { ChipLook } from './look.ts';

/** What kind of gap a weak or missing link is, from the evidence in scope (never typed by hand). */
export const GAP_KINDS = ['NO_SUPPLY', 'SINGLE_SUPPLIER', 'PROJECT_ONLY'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export const GAP_KIND: Record<GapKind, { label: string; help: string }> = {
  /** No local producer and no project: a hole. */
  NO_SUPPLY: { label: '缺链', help: '无本地企业生产，也无项目' },
  /** Exactly one local producer: a supply risk, not a hole. */
  SINGLE_SUPPLIER: { label: '单一供应', help: '仅 1 家本地企业生产，属供应风险' },
  /** No producer yet, but a project builds it. */
  PROJECT_ONLY: { label: '项目待补', help: '尚无本地企业生产，仅有规划、签约或在建项目' },
};

/** Priority tiers, highest first. */
export const PRIORITY_TIERS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type PriorityTier = (typeof PRIORITY_TIERS)[number];

export const TIER: Record<PriorityTier, ChipLook> = {
  HIGH: { label: '高', fill: '#fbe0e0', text: '#a02020' },
  MEDIUM: { label: '中', fill: '#fdf0cf', text: '#7a5600' },
  LOW: { label: '低', fill: '#e8edf2', text: '#41505f' },
};

/** The readable parts a priority score is the sum of (server/domain/priority.ts `PRIORITY_WEIGHTS`). */
export const PRIORITY_PARTS = [
  'REACH',
  'SEVERITY',
  'BREAKS_CHAIN',
  'PROJECT',
  'CANDIDATES',
  'PLAN_SOUGHT',
] as const;
export type PriorityPart = (typeof PRIORITY_PARTS)[number];

export const PART_LABEL: Record<PriorityPart, string> = {
  REACH: '下游影响',
  SEVERITY: '缺口类型',
  BREAKS_CHAIN: '断链',
  PROJECT: '在建项目',
  CANDIDATES: '可招引',
  PLAN_SOUGHT: '规划引进',
};

/** One part of a priority score. */
export interface PriorityPartValue {
  part: PriorityPart;
  /** Points this part adds (negative: lowers the priority). */
  points: number;
  /** One line in Chinese: the facts behind the points. */
  text: string;
  /**
   * Ids of the Sources the line quotes, for a footnote (规划引进: the plan's sentences). Absent for a part counted
   * from the graph alone.
   */
  sources?: readonly string[];
}

/** A gap's priority: the sum of its parts, and the tier of that score. */
export interface Priority {
  score: number;
  tier: PriorityTier;
  parts: PriorityPartValue[];
}

/** How the upstream view and the chain map order gaps. */
export const GAP_SORTS = ['PRIORITY', 'DISTANCE'] as const;
export type GapSort = (typeof GAP_SORTS)[number];

/** "缺链，优先级高": the kind (which says the status more exactly) and the tier, for headings and the CSV. */
export const priorityLabel = (tier: PriorityTier, kind: GapKind) =>
  `${GAP_KIND[kind].label}，优先级${TIER[tier].label}`;

/**
 * A national-pool firm whose share of the product in its main business is below this is a weak match: folded
 * under "更多", never listed above a firm at or above it. 10 %: a firm that earns less than a tenth of its
 * revenue from the product is not a maker of it in an officer's sense (the 铝锭 list had 1–5 % culture firms).
 */
export const WEAK_SHARE = 0.1;

/** At most this many national-pool firms are listed per gap before "更多". */
export const MAX_POOL_LISTED = 10;

/**
 * A long upstream list carries the ranked candidates of its first this-many gaps only (highest priority first,
 * by default); each further gap says how many it has (its priority's 可招引 line) and reads its list on demand.
 * 10: a screen of gaps with their lists; past them the answer grew with lists few officers open (an upstream of
 * 99 gaps answered ~100 KB, a third of it candidates).
 */
export const UPSTREAM_LISTED_GAPS = 10;

/** What a gap with no candidate listed says, in the explorer and the briefing alike, when the pool is imported. */
export const NO_CANDIDATES = '暂无招引对象或项目（规划未点名，全国企业库也无主营占比达标的企业）';

/**
 * The same without a national pool in the graph (a fresh install: the pool's data has no licence and ships with
 * no clone, docs/POOL.md): saying the pool holds no firm would be a claim nothing checked.
 */
export const NO_CANDIDATES_NO_POOL =
  '暂无招引对象或项目（规划未点名；尚未导入全国企业库，导入后可按主营产品匹配外地企业）';

/** What a gap with no candidate says: whether the national pool was searched (Query.poolLoaded). */
export const noCandidatesText = (poolLoaded: boolean) => (poolLoaded ? NO_CANDIDATES : NO_CANDIDATES_NO_POOL);

/** The folding control's label. */
export const MORE_LABEL = '更多';
