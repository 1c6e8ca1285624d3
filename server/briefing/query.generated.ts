/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type CandidateKind =
  /** An outside enterprise the plan names as a target for the link or its chain. */
  | 'PLAN_TARGET'
  /** An enterprise from the national pool whose main products match the link. */
  | 'POOL_ENTERPRISE'
  /** A project that would fill the link. */
  | 'PROJECT';

export type LinkStatus =
  /** No local producer and no project in scope. */
  | 'MISSING'
  /** Two or more local enterprises in scope produce it. */
  | 'STRONG'
  /** Exactly one local enterprise produces it, or none does but a project in scope builds it. */
  | 'WEAK';

export type BriefingQueryVariables = Exact<{
  id: string | number;
  zone?: string | number | null | undefined;
}>;


export type BriefingQuery = { chain: { id: string, name: string, expression: string, leader: string | null, sources: Array<{ id: string, section: string, quote: string }>, scope: { label: string, zone: { id: string } | null }, industry: { name: string, output2025: number | null, valueAdded2025: number | null, sources: Array<{ id: string, section: string, quote: string }>, focusZones: Array<{ id: string, name: string, output2025: number | null, valueAdded2025: number | null, sources: Array<{ id: string, section: string, quote: string }> }>, keyZones: Array<{ id: string, name: string, output2025: number | null, valueAdded2025: number | null, sources: Array<{ id: string, section: string, quote: string }> }> }, links: Array<{ stage: number, status: LinkStatus, product: { id: string, name: string }, reason: { summary: string, producers: Array<{ name: string, stale: boolean, updatedAt: string | null, zone: { name: string } | null, producesSource: { id: string, section: string, quote: string } | null }>, projects: Array<{ name: string, status: string | null, stale: boolean, updatedAt: string | null, zone: { name: string } | null, capacities: Array<{ value: number, unit: string, product: string | null }>, sources: Array<{ id: string, section: string, quote: string }> }> }, candidates: Array<{ kind: CandidateKind, reason: string, enterprise: { name: string } | null, project: { name: string } | null, source: { id: string, section: string, quote: string } | null }> }>, feeds: Array<{ from: string, to: string }> } };

export type SrcFragment = { id: string, section: string, quote: string };

export type ZoneTargetsFragment = { id: string, name: string, output2025: number | null, valueAdded2025: number | null, sources: Array<{ id: string, section: string, quote: string }> };
