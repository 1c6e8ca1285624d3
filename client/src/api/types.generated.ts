/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type LinkStatus =
  /** No local producer and no project in scope. */
  | 'MISSING'
  /** Two or more local enterprises in scope produce it. */
  | 'STRONG'
  /** Exactly one local enterprise produces it, or none does but a project in scope builds it. */
  | 'WEAK';

export type ReasonFragment = { status: LinkStatus, producerCount: number, projectCount: number, summary: string, producers: Array<{ id: string, name: string, zone: { id: string, name: string } | null }>, projects: Array<{ id: string, name: string, status: string | null }> };

export type OverviewQueryVariables = Exact<{
  zone?: string | number | null | undefined;
}>;


export type OverviewQuery = { industries: Array<{ id: string, name: string, output2025: number | null, valueAdded2025: number | null }>, zones: Array<{ id: string, name: string, kind: string, parent: { id: string } | null }>, chains: Array<{ id: string, name: string, expression: string, industry: { id: string }, counts: { strong: number, weak: number, missing: number, total: number } }> };

export type ChainViewQueryVariables = Exact<{
  id: string | number;
  zone?: string | number | null | undefined;
}>;


export type ChainViewQuery = { chain: { id: string, name: string, expression: string, kind: string | null, stageCount: number, industry: { id: string, name: string, output2025: number | null, valueAdded2025: number | null }, scope: { label: string }, counts: { strong: number, weak: number, missing: number, total: number }, links: Array<{ stage: number, status: LinkStatus, product: { id: string, name: string }, reason: { status: LinkStatus, producerCount: number, projectCount: number, summary: string, producers: Array<{ id: string, name: string, zone: { id: string, name: string } | null }>, projects: Array<{ id: string, name: string, status: string | null }> }, sharedWith: Array<{ id: string, name: string }> }>, feeds: Array<{ from: string, to: string, chains: Array<string> }>, targets: Array<{ id: string, name: string }>, sources: Array<{ id: string, section: string, quote: string }> } };
