/**
 * Candidate kinds: whom a gap could be filled by (plan target > project > pool firm > firm elsewhere in the graph). The gap rule (server/domain/gaps.ts) finds them; the upstream
 * view, its CSV and the briefing show them. Adding a kind: its entry here and the SDL enum CandidateKind.
 */
import type { ChipLook } from './look.ts';
import { WEAK_SHARE } from './priority.ts';

export const CANDIDATE_KINDS = ['PLAN_TARGET', 'PROJECT', 'POOL_ENTERPRISE', 'OTHER_DISTRICT'] as const;

export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** Label: short name of the kind, for the upstream list and its CSV (规划点名 / 项目 / 全国企业库); the kind chip's colours. */
export interface CandidateLook extends ChipLook {
  /** How a briefing introduces a candidate of this kind (招引企业：… / 项目：…). */
  briefingLabel: string;
}

export const CANDIDATE: Record<CandidateKind, CandidateLook> = {
  /** An outside enterprise the plan names as a target for the link or its chain. */
  PLAN_TARGET: { label: '规划点名', briefingLabel: '招引企业', fill: '#e4ecfb', text: '#1d4aa8' },
  /** A project that would fill the link. */
  PROJECT: { label: '项目', briefingLabel: '项目', fill: '#fdf0cf', text: '#7a5600' },
  /** An enterprise of the national pool whose main products match the link. */
  POOL_ENTERPRISE: { label: '全国企业库', briefingLabel: '招引企业', fill: '#eee4fb', text: '#5b2aa8' },
  /**
   * A firm of the graph that produces the link outside the scope: in another district (nearest region first), or
   * in another zone of the same district when the scope is a zone.
   */
  OTHER_DISTRICT: { label: '外区企业', briefingLabel: '外区企业', fill: '#e2f3ec', text: '#1c6b4a' },
};

/**
 * The fit of a candidate is a ranking score (0–1), not a share or a probability: the kind sets it (plan target
 * for the link 1.0, for its chain 0.9; project 0.8; pool firm 0.7 × the product's share of its main business; a
 * firm elsewhere in the graph 0.06 in the same district, 0.01 less per step away, so after every listed pool
 * firm). server/domain/gaps.ts ranks by these; the explorer shows them as a level with the rule in its tooltip.
 */
export const FIT = { directTarget: 1, chainTarget: 0.9, project: 0.8, poolMax: 0.7, otherMax: 0.06 } as const;

export type FitLevel = 'HIGH' | 'MEDIUM' | 'LOW';

/**
 * What an officer reads for a fit: 高 for what the plan itself names or a project (≥ 0.8), 中 for a pool firm the
 * list shows (the product at least 10 % of its main business), 低 for the rest (pool firms below that, firms of
 * other districts, ranked after them). `help`: the number and how it is made, for the tooltip.
 */
export function fitLook(kind: CandidateKind, fit: number): { level: FitLevel; label: string; help: string } {
  const level: FitLevel = fit >= FIT.project ? 'HIGH' : fit >= FIT.poolMax * WEAK_SHARE ? 'MEDIUM' : 'LOW';
  const score = `排序分 ${fit.toFixed(2)}（0–1，只用于排序，不是百分比）`;
  const how: Record<CandidateKind, string> = {
    PLAN_TARGET: `规划点名本环节 ${FIT.directTarget.toFixed(1)}，为所在产业链点名 ${FIT.chainTarget}`,
    PROJECT: `项目 ${FIT.project}`,
    POOL_ENTERPRISE: `${FIT.poolMax} × 该产品占主营业务比重（此处约 ${Math.round((fit / FIT.poolMax) * 100)}%）`,
    OTHER_DISTRICT: `图谱内其他区域的本地企业，排在全国企业库之后：同区县 ${FIT.otherMax}，每远一级（同市、同省、外省）减 0.01`,
  };
  return {
    level,
    label: FIT_LEVEL_LABEL[level],
    help: `推荐度${FIT_LEVEL_LABEL[level]}：${score}。${how[kind]}。高：规划点名或项目；中：全国企业库中该产品占主营业务 ${WEAK_SHARE * 100}% 及以上；低：其余。`,
  };
}

export const FIT_LEVEL_LABEL: Record<FitLevel, string> = { HIGH: '高', MEDIUM: '中', LOW: '低' };
