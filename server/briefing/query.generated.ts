/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type CandidateKind =
  /**
   * 外区企业: a firm of the graph producing the link outside the scope — in another district (same city, then same
   * province, then elsewhere), or in another zone of the same district when the scope is a zone.
   */
  | 'OTHER_DISTRICT'
  /**
   * An outside enterprise the plan names as a target for the link or its chain. One another district's plan names
   * (not the scope's own) is folded, and its reason says whose plan (綦江区规划点名的…).
   */
  | 'PLAN_TARGET'
  /** An enterprise from the national pool whose main products match the link. */
  | 'POOL_ENTERPRISE'
  /** A project that would fill the link. */
  | 'PROJECT';

/** What kind of gap a weak or missing link is, computed from the evidence in scope. */
export type GapKind =
  /** 缺链: no local producer and no project. */
  | 'NO_SUPPLY'
  /** 项目待补: no producer yet, only projects. */
  | 'PROJECT_ONLY'
  /** 单一供应: exactly one local producer (a supply risk, not a hole). */
  | 'SINGLE_SUPPLIER';

/** The stages of a lead (vocab/lead.ts): 线索 → 接洽 → 考察 → 洽谈 → 签约. */
export type LeadStage =
  | 'CLUE'
  | 'CONTACT'
  | 'NEGOTIATION'
  | 'SIGNED'
  | 'VISIT';

export type LinkStatus =
  /** No local producer and no project in scope. */
  | 'MISSING'
  /** Two or more local enterprises in scope produce it. */
  | 'STRONG'
  /** Exactly one local enterprise produces it, or none does but a project in scope builds it. */
  | 'WEAK';

export type PriorityPartKind =
  /** 断链: it breaks a chain. */
  | 'BREAKS_CHAIN'
  /** 可招引: candidates to call exist. */
  | 'CANDIDATES'
  /** 规划引进: the scope's own plan names the link as one to bring in (重点引进…, 补齐…), quoted. */
  | 'PLAN_SOUGHT'
  /** 在建项目: a signed or building project will close it (negative points). */
  | 'PROJECT'
  /** 下游影响: links downstream, chains it belongs to, their industries' 2025 output targets. */
  | 'REACH'
  /** 缺口类型: missing outranks project-only outranks a single supplier. */
  | 'SEVERITY';

export type PriorityTier =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type BriefingQueryVariables = Exact<{
  id: string | number;
  zone?: string | number | null | undefined;
}>;


export type BriefingQuery = { poolLoaded: boolean, chain: { id: string, name: string, expression: string, entered: boolean, leader: string | null, sources: Array<{ id: string, section: string, quote: string }>, scope: { label: string, zone: { id: string } | null }, industry: { name: string, output2025: number | null, valueAdded2025: number | null, targets: Array<{ year: number, output: number | null, valueAdded: number | null }>, sources: Array<{ id: string, section: string, quote: string }>, focusZones: Array<{ id: string, name: string, output2025: number | null, valueAdded2025: number | null, sources: Array<{ id: string, section: string, quote: string }> }>, keyZones: Array<{ id: string, name: string, output2025: number | null, valueAdded2025: number | null, sources: Array<{ id: string, section: string, quote: string }> }> }, links: Array<{ stage: number, status: LinkStatus, gapKind: GapKind | null, breaksChain: boolean, product: { id: string, name: string }, reason: { summary: string, producers: Array<{ name: string, stale: boolean, updatedAt: string | null, zone: { name: string } | null, producesSource: { id: string, section: string, quote: string } | null }>, projects: Array<{ name: string, status: string | null, stale: boolean, updatedAt: string | null, zone: { name: string } | null, capacities: Array<{ value: number, unit: string, product: string | null }>, sources: Array<{ id: string, section: string, quote: string }> }> }, priority: { score: number, tier: PriorityTier, parts: Array<{ part: PriorityPartKind, points: number, text: string, sources: Array<{ id: string, section: string, quote: string }> }> } | null, candidates: Array<{ kind: CandidateKind, reason: string, folded: boolean, enterprise: { name: string } | null, project: { name: string } | null, source: { id: string, section: string, quote: string } | null, place: { label: string } | null }> }>, feeds: Array<{ from: string, to: string }> }, leads: Array<{ firmName: string, owner: string, stage: LeadStage, nextStep: string | null, nextStepDate: string | null, overdue: boolean, investment: number | null, link: { name: string }, zone: { name: string }, project: { name: string } | null }> };

export type SrcFragment = { id: string, section: string, quote: string };

export type ZoneTargetsFragment = { id: string, name: string, output2025: number | null, valueAdded2025: number | null, sources: Array<{ id: string, section: string, quote: string }> };
