/**
 * Which gap first: a weak or missing link's kind (from the evidence in scope) and its priority — a score that is
 * the sum of parts a reader can check, each with its value and one line in Chinese, and a tier 高/中/低 from the
 * score. The words (kinds, tiers, part labels) are vocab/priority.ts; the weights are PRIORITY_WEIGHTS below.
 */

import { CANDIDATE, type CandidateKind } from '../../vocab/candidate.ts';
import { byChineseName } from '../../vocab/names.ts';
import type { GapKind, Priority, PriorityPartValue, PriorityTier } from '../../vocab/priority.ts';
import type { SoughtRow } from './gaps.ts';
import type { Reach } from './reach.ts';

/**
 * The weights, in points. Why these:
 * - Downstream reach dominates ("how much depends on it"): 2 per downstream link (at most 15 links count, so one
 *   huge chain does not drown everything), 4 per chain the link belongs to, and 1 per 100 亿元 of the 2025 output
 *   targets of those chains' industries (at most 10).
 * - Kind: a hole (缺链, 40) outranks a link only a project will fill (项目待补, 20), which outranks a single local
 *   supplier (单一供应, 10): one supplier is a supply risk, not a hole. The gap between 缺链 and 项目待补 is as
 *   large as a big downstream reach, so a hole next to the product is not outranked by a planned project's link
 *   just because more lies below the latter (upstream of 压铸件 in 北渡组团: 铝锭 before 再生铝).
 * - Breaking a chain (every raw-material-to-end-product path crosses the link) adds 15.
 * - A signed, building or built project that will close the link takes 20 off: the gap is being closed.
 * - Candidates to call (a plan target, a project, a pool firm above the share threshold) add 5: actionable now.
 * - The scope's own plan naming the link as one to bring in (重点引进…, 补齐…) adds 10: the district has said
 *   in writing that it wants this link, which the officer answers to. As much as a single supplier's kind, less
 *   than breaking a chain: the plan's word orders gaps of like weight, it does not lift a gap nothing depends on
 *   above a hole that breaks a chain.
 * Tiers: 高 from 70 points, 中 from 45, else 低. A hole that breaks a chain with a few links below it is 高; a
 * single supplier with some reach is 中; a gap a building project closes, or one nothing depends on, is 低.
 */
export const PRIORITY_WEIGHTS = {
  perDownstreamLink: 2,
  maxDownstreamLinks: 15,
  perChain: 4,
  per100Yi: 1,
  maxTargetPoints: 10,
  kind: { NO_SUPPLY: 40, PROJECT_ONLY: 20, SINGLE_SUPPLIER: 10 } satisfies Record<GapKind, number>,
  breaksChain: 15,
  closingProject: -20,
  candidates: 5,
  planSought: 10,
  tiers: { HIGH: 70, MEDIUM: 45 },
} as const;

/** Project statuses that mean the link is being closed (vocab/project.ts): agreed, building or built. */
export const CLOSING_PROJECT_STATUSES: readonly string[] = ['签约', '在建', '建成', '投产'];

/** The facts a gap's kind and priority are computed from. */
export interface GapFacts {
  producerCount: number;
  /** Projects in scope that build the link. */
  projects: readonly { name: string; status: string | null }[];
  reach: Reach;
  /** Candidates listed (not folded), by kind. */
  candidates: readonly { kind: CandidateKind }[];
  /** The scope's plans naming the link as one to bring in (none when absent). */
  sought?: readonly SoughtRow[];
}

/** 缺链 with neither producer nor project; 单一供应 with one producer; 项目待补 with only projects. */
export function gapKind(producerCount: number, projectCount: number): GapKind {
  if (producerCount === 1) return 'SINGLE_SUPPLIER';
  if (producerCount === 0 && projectCount > 0) return 'PROJECT_ONLY';
  return 'NO_SUPPLY';
}

export function tierOf(score: number): PriorityTier {
  const t = PRIORITY_WEIGHTS.tiers;
  return score >= t.HIGH ? 'HIGH' : score >= t.MEDIUM ? 'MEDIUM' : 'LOW';
}

const KIND_TEXT: Record<GapKind, string> = {
  NO_SUPPLY: '缺链：无本地企业生产，也无项目',
  PROJECT_ONLY: '项目待补：尚无本地企业生产，仅有规划、签约或在建项目',
  SINGLE_SUPPLIER: '单一供应：仅 1 家本地企业生产，属供应风险而非空缺',
};

const names = (xs: readonly { name: string }[]) =>
  xs.length > 3
    ? `${xs
        .slice(0, 3)
        .map((x) => x.name)
        .join('、')} 等`
    : xs.map((x) => x.name).join('、');

function reachPart(r: Reach): PriorityPartValue {
  const w = PRIORITY_WEIGHTS;
  const target = Math.min(w.maxTargetPoints, (r.output2025 / 100) * w.per100Yi);
  const points =
    Math.min(r.links, w.maxDownstreamLinks) * w.perDownstreamLink + r.chains.length * w.perChain + target;
  const chains = r.chains.length > 0 ? `、${r.chains.length} 条产业链（${names(r.chains)}）` : '';
  const yi = r.output2025 > 0 ? `，所属产业 2025 年产值目标 ${r.output2025} 亿元` : '';
  return { part: 'REACH', points, text: `下游 ${r.links} 个环节${chains}${yi}` };
}

function projectPart(projects: GapFacts['projects']): PriorityPartValue {
  const closing = projects.filter((p) => CLOSING_PROJECT_STATUSES.includes(p.status ?? ''));
  if (closing.length > 0)
    return {
      part: 'PROJECT',
      points: PRIORITY_WEIGHTS.closingProject,
      text: `已有签约或在建项目将补上：${closing.map((p) => `${p.name}（${p.status}）`).join('、')}`,
    };
  const planned = projects.length > 0 ? `（${projects.length} 个规划或储备项目尚未签约）` : '';
  return { part: 'PROJECT', points: 0, text: `无签约或在建项目${planned}` };
}

function candidatesPart(candidates: GapFacts['candidates']): PriorityPartValue {
  if (candidates.length === 0) return { part: 'CANDIDATES', points: 0, text: '暂无合适的招引对象，需先寻找' };
  const counts = new Map<CandidateKind, number>();
  for (const c of candidates) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const by = [...counts].map(([k, n]) => `${CANDIDATE[k].label} ${n}`).join('、');
  return {
    part: 'CANDIDATES',
    points: PRIORITY_WEIGHTS.candidates,
    text: `有 ${candidates.length} 个候选（${by}）`,
  };
}

/** At most this many characters of a plan's sentence in the part's text (the whole is in the sources). */
const SOUGHT_QUOTE_CHARS = 60;

function soughtPart(sought: readonly SoughtRow[]): PriorityPartValue {
  const withQuote = sought.filter((s) => s.sources.length > 0);
  if (withQuote.length === 0) return { part: 'PLAN_SOUGHT', points: 0, text: '规划未提出引进此环节' };
  const quote = (q: string) => (q.length > SOUGHT_QUOTE_CHARS ? `${q.slice(0, SOUGHT_QUOTE_CHARS)}…` : q);
  const by = withQuote.map((s) => `${s.district.name}：“${quote(s.sources[0]?.quote ?? '')}”`).join('；');
  return {
    part: 'PLAN_SOUGHT',
    points: PRIORITY_WEIGHTS.planSought,
    text: `规划提出引进（${by}）`,
    // Every sentence, not only the one quoted in the line: the footnotes give the plan's whole word.
    sources: [...new Set(withQuote.flatMap((s) => s.sources.map((x) => x.id)))],
  };
}

/** The priority of one gap: every part, the score (their sum, one decimal) and its tier. */
export function priorityOf(f: GapFacts): Priority {
  const kind = gapKind(f.producerCount, f.projects.length);
  const breaks = f.reach.breaks;
  const parts: PriorityPartValue[] = [
    reachPart(f.reach),
    { part: 'SEVERITY', points: PRIORITY_WEIGHTS.kind[kind], text: KIND_TEXT[kind] },
    breaks.length > 0
      ? {
          part: 'BREAKS_CHAIN',
          points: PRIORITY_WEIGHTS.breaksChain,
          text: `断链：${names(breaks)}从原料到终端产品都要经过此环节`,
        }
      : { part: 'BREAKS_CHAIN', points: 0, text: '不断链：所在链有绕开此环节的路径' },
    projectPart(f.projects),
    candidatesPart(f.candidates),
    soughtPart(f.sought ?? []),
  ];
  const score = Math.round(parts.reduce((s, p) => s + p.points, 0) * 10) / 10;
  return {
    score,
    tier: tierOf(score),
    parts: parts.map((p) => ({ ...p, points: Math.round(p.points * 10) / 10 })),
  };
}

/** Highest priority first; then nearest; then by name as Chinese readers sort. */
export function byPriority<
  T extends { priority: { score: number }; distance?: number; product: { name: string } },
>(gaps: readonly T[]): T[] {
  return [...gaps].sort(
    (a, b) =>
      b.priority.score - a.priority.score ||
      (a.distance ?? 0) - (b.distance ?? 0) ||
      byChineseName(a.product.name, b.product.name),
  );
}
