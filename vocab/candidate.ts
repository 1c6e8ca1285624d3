/**
 * Candidate kinds: whom a gap could be filled by (plan target > project > pool firm > firm elsewhere in the graph). The gap rule (server/domain/gaps.ts) finds them; the upstream
 * view, its CSV and the briefing show them. Adding a kind: its entry here and the SDL enum CandidateKind.
 */
import type { ChipLook } from './look.ts';

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
