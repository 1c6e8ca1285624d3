/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AliasSource =
  /** Added through the API (addAlias): removeAlias removes it. */
  | 'API'
  /** seed/aliases.json, edited in the repository. */
  | 'FILE';

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

export type CreateEnterpriseInput = {
  /** 统一社会信用代码 (18 characters). */
  creditCode?: string | null | undefined;
  fullName?: string | null | undefined;
  /** Industry ids. */
  industries?: Array<string | number> | null | undefined;
  /** True for an enterprise in the district; false for an outside firm. */
  local: boolean;
  name: string;
  note?: string | null | undefined;
  /** Product (chain link) ids the enterprise makes. */
  produces?: Array<string | number> | null | undefined;
  /** Products it makes that are no chain link (未入链产品), as stated; replaces the list. A name that is some chain's link is produced as that link instead. */
  statedProducts?: Array<string> | null | undefined;
  /** Zone id. */
  zone?: string | number | null | undefined;
};

export type CreateLeadInput = {
  /** Expected capacity and its unit. */
  capacity?: number | null | undefined;
  capacityUnit?: string | null | undefined;
  /** An Enterprise of the graph; its name is the lead's firm name. */
  firm?: string | number | null | undefined;
  /** A firm not in the graph, by name (when firm is omitted). */
  firmName?: string | null | undefined;
  /** Expected investment, 亿元. */
  investment?: number | null | undefined;
  /** The link (Product id) the lead would fill. */
  link: string | number;
  nextStep?: string | null | undefined;
  /** YYYY-MM-DD. */
  nextStepDate?: string | null | undefined;
  notes?: string | null | undefined;
  /** The officer who follows the lead. */
  owner: string;
  stage?: LeadStage | null | undefined;
  /** The zone the firm would invest in. */
  zone: string | number;
};

/** What kind of gap a weak or missing link is, computed from the evidence in scope. */
export type GapKind =
  /** 缺链: no local producer and no project. */
  | 'NO_SUPPLY'
  /** 项目待补: no producer yet, only projects. */
  | 'PROJECT_ONLY'
  /** 单一供应: exactly one local producer (a supply risk, not a hole). */
  | 'SINGLE_SUPPLIER';

/** How the gaps of a list are ordered. */
export type GapSort =
  /** Nearest first (upstream view) or in chain order (zone page), then by name. */
  | 'DISTANCE'
  /** Highest priority score first, then nearest, then by name. */
  | 'PRIORITY';

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

export type SearchKind =
  | 'CHAIN'
  | 'ENTERPRISE'
  | 'PRODUCT'
  | 'PROJECT'
  | 'ZONE';

export type TargetMetric =
  /** 产值 */
  | 'OUTPUT'
  /** 增加值 */
  | 'VALUE_ADDED';

export type TargetOwnerKind =
  | 'INDUSTRY'
  | 'ZONE';

export type UpdateEnterpriseInput = {
  creditCode?: string | null | undefined;
  fullName?: string | null | undefined;
  industries?: Array<string | number> | null | undefined;
  local?: boolean | null | undefined;
  name?: string | null | undefined;
  note?: string | null | undefined;
  produces?: Array<string | number> | null | undefined;
  statedProducts?: Array<string> | null | undefined;
  zone?: string | number | null | undefined;
};

export type UpdateLeadInput = {
  capacity?: number | null | undefined;
  capacityUnit?: string | null | undefined;
  firm?: string | number | null | undefined;
  firmName?: string | null | undefined;
  investment?: number | null | undefined;
  nextStep?: string | null | undefined;
  nextStepDate?: string | null | undefined;
  notes?: string | null | undefined;
  owner?: string | null | undefined;
};

export type StatusCountsFragment = { strong: number, weak: number, missing: number, total: number };

export type ReasonFragment = { status: LinkStatus, producerCount: number, projectCount: number, summary: string, producers: Array<{ id: string, name: string, zone: { id: string, name: string } | null }>, projects: Array<{ id: string, name: string, status: string | null }> };

export type GapPriorityFragment = { score: number, tier: PriorityTier, parts: Array<{ part: PriorityPartKind, points: number, text: string }> };

export type RankedCandidateFragment = { kind: CandidateKind, reason: string, fit: number, folded: boolean, place: { province: string | null, city: string | null, label: string, basis: string } | null, district: { id: string, name: string } | null, enterprise: { id: string, name: string, local: boolean } | null, project: { id: string, name: string, status: string | null } | null, source: { section: string, quote: string } | null };

export type FreshnessFragment = { updatedAt: string | null, stale: boolean, lastChange: { actor: string, at: string } | null };

export type ProjectFreshnessFragment = { updatedAt: string | null, stale: boolean, lastChange: { actor: string, at: string } | null };

export type ZoneFreshnessFragment = { updatedAt: string | null, stale: boolean, lastChange: { actor: string, at: string } | null };

export type ScopeZoneFragment = { id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null };

export type OverviewQueryVariables = Exact<{
  zone?: string | number | null | undefined;
  plan?: string | number | null | undefined;
}>;


export type OverviewQuery = { industries: Array<{ id: string, name: string, output2025: number | null, valueAdded2025: number | null, targets: Array<{ year: number, output: number | null, valueAdded: number | null }> }>, zoneChildren: Array<{ id: string }>, scope: { label: string }, inView: { zone: { id: string } | null }, chains: Array<{ id: string, name: string, expression: string, industry: { id: string }, counts: { strong: number, weak: number, missing: number, total: number }, districts: Array<{ inPlan: boolean, district: { id: string, name: string }, counts: { strong: number, weak: number, missing: number, total: number }, links: Array<{ productId: string, name: string, status: LinkStatus, strongIn: Array<string> }> }> }> };

export type ScopeTreeQueryVariables = Exact<{
  zone?: string | number | null | undefined;
}>;


export type ScopeTreeQuery = { scopeTree: Array<{ id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null }>, scope: { label: string } };

export type DistrictZonesFragment = { zone: { id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null } | null, district: { id: string, name: string, kind: string, code: string | null, childCount: number, descendants: Array<{ id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null }>, parent: { id: string } | null } | null };

export type LeadZonesQueryVariables = Exact<{
  zone?: string | number | null | undefined;
  first: number;
}>;


export type LeadZonesQuery = { scope: { zone: { id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null } | null, district: { id: string, name: string, kind: string, code: string | null, childCount: number, descendants: Array<{ id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null }>, parent: { id: string } | null } | null } };

export type ZoneChildrenQueryVariables = Exact<{
  parent: string | number;
}>;


export type ZoneChildrenQuery = { zoneChildren: Array<{ id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null }> };

export type ZoneSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  kinds?: Array<string> | string | null | undefined;
}>;


export type ZoneSearchQuery = { zoneSearch: { truncated: boolean, matches: Array<{ id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null }>, ancestors: Array<{ id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null }> } };

export type ChainViewQueryVariables = Exact<{
  id: string | number;
  zone?: string | number | null | undefined;
}>;


export type ChainViewQuery = { chain: { id: string, name: string, expression: string, entered: boolean, kind: string | null, stageCount: number, leader: string | null, updatedAt: string | null, stale: boolean, lastChange: { actor: string, at: string } | null, industry: { id: string, name: string, output2025: number | null, valueAdded2025: number | null }, scope: { label: string }, counts: { strong: number, weak: number, missing: number, total: number }, links: Array<{ stage: number, status: LinkStatus, product: { id: string, name: string }, sharedWith: Array<{ id: string, name: string }> }>, feeds: Array<{ from: string, to: string }>, targets: Array<{ id: string, name: string }>, sources: Array<{ id: string, section: string, quote: string }> } };

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
  zone?: string | number | null | undefined;
}>;


export type ProductDetailQuery = { poolLoaded: boolean, product: { id: string, name: string, status: LinkStatus, gapKind: GapKind | null, breaksChain: boolean, scope: { label: string }, reason: { status: LinkStatus, producerCount: number, projectCount: number, summary: string, producers: Array<{ id: string, name: string, zone: { id: string, name: string } | null }>, projects: Array<{ id: string, name: string, status: string | null }> }, producers: Array<{ id: string, name: string, updatedAt: string | null, stale: boolean, zone: { id: string, name: string } | null, lastChange: { actor: string, at: string } | null }>, projects: Array<{ id: string, name: string, status: string | null, kind: string, updatedAt: string | null, stale: boolean, capacities: Array<{ value: number, unit: string, product: string | null }>, zone: { id: string, name: string } | null, enterprise: { id: string, name: string } | null, lastChange: { actor: string, at: string } | null }>, targets: Array<{ id: string, name: string }>, chains: Array<{ id: string, name: string }>, upstream: Array<{ id: string, name: string }>, downstream: Array<{ id: string, name: string }>, sources: Array<{ id: string, section: string, quote: string, line: number }>, priority: { score: number, tier: PriorityTier, parts: Array<{ part: PriorityPartKind, points: number, text: string }> } | null, candidates: Array<{ kind: CandidateKind, reason: string, fit: number, folded: boolean, place: { province: string | null, city: string | null, label: string, basis: string } | null, district: { id: string, name: string } | null, enterprise: { id: string, name: string, local: boolean } | null, project: { id: string, name: string, status: string | null } | null, source: { section: string, quote: string } | null }> } };

export type ChainGapsQueryVariables = Exact<{
  id: string | number;
  zone?: string | number | null | undefined;
}>;


export type ChainGapsQuery = { chain: { id: string, links: Array<{ stage: number, status: LinkStatus, gapKind: GapKind | null, breaksChain: boolean, product: { id: string, name: string }, priority: { score: number, tier: PriorityTier, parts: Array<{ part: PriorityPartKind, points: number, text: string }> } | null }> } };

export type UpstreamGapsViewQueryVariables = Exact<{
  product: string | number;
  zone?: string | number | null | undefined;
  maxDepth?: number | null | undefined;
  sort?: GapSort | null | undefined;
  listOtherDistricts?: boolean | null | undefined;
  listCandidates?: number | null | undefined;
}>;


export type UpstreamGapsViewQuery = { poolLoaded: boolean, upstreamGaps: { limit: number, truncated: boolean, product: { id: string, name: string }, scope: { label: string }, nodes: Array<{ distance: number, status: LinkStatus, product: { id: string, name: string } }>, edges: Array<{ from: string, to: string, chains: Array<string> }>, gaps: Array<{ distance: number, status: LinkStatus, kind: GapKind, breaksChain: boolean, candidatesListed: boolean, otherDistrictCount: number | null, product: { id: string, name: string }, reason: { summary: string, projectCount: number }, priority: { score: number, tier: PriorityTier, parts: Array<{ part: PriorityPartKind, points: number, text: string }> }, candidates: Array<{ kind: CandidateKind, reason: string, fit: number, folded: boolean, place: { province: string | null, city: string | null, label: string, basis: string } | null, district: { id: string, name: string } | null, enterprise: { id: string, name: string, local: boolean } | null, project: { id: string, name: string, status: string | null } | null, source: { section: string, quote: string } | null }> }> } };

export type GapCandidatesQueryVariables = Exact<{
  product: string | number;
  zone?: string | number | null | undefined;
}>;


export type GapCandidatesQuery = { product: { id: string, candidates: Array<{ kind: CandidateKind, reason: string, fit: number, folded: boolean, place: { province: string | null, city: string | null, label: string, basis: string } | null, district: { id: string, name: string } | null, enterprise: { id: string, name: string, local: boolean } | null, project: { id: string, name: string, status: string | null } | null, source: { section: string, quote: string } | null }> } };

export type ZoneProfileQueryVariables = Exact<{
  id: string | number;
  gapSort?: GapSort | null | undefined;
}>;


export type ZoneProfileQuery = { zone: { id: string, name: string, kind: string, description: string | null, output2025: number | null, valueAdded2025: number | null, enterpriseCount: number, soughtLinkCount: number, updatedAt: string | null, stale: boolean, targets: Array<{ year: number, output: number | null, valueAdded: number | null, quote: string | null }>, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string, kind: string }>, focusIndustries: Array<{ id: string, name: string }>, keyFor: Array<{ id: string, name: string }>, projects: Array<{ id: string, name: string, kind: string, status: string | null, capacities: Array<{ value: number, unit: string, product: string | null }>, enterprise: { name: string } | null, zone: { name: string } | null }>, chainGaps: Array<{ chain: { id: string, name: string }, counts: { strong: number, weak: number, missing: number, total: number } }>, gaps: Array<{ chain: { id: string, name: string }, link: { stage: number, status: LinkStatus, gapKind: GapKind | null, breaksChain: boolean, product: { id: string, name: string }, priority: { score: number, tier: PriorityTier, parts: Array<{ part: PriorityPartKind, points: number, text: string }> } | null } }>, soughtLinks: Array<{ district: { id: string, name: string }, districts: Array<{ id: string, name: string }>, product: { id: string, name: string, status: LinkStatus, reason: { summary: string }, chains: Array<{ id: string, name: string }>, priority: { score: number, tier: PriorityTier } | null }, sources: Array<{ quote: string }> }>, plans: Array<{ id: string, title: string, periodStart: number | null, periodEnd: number | null, current: boolean }>, sources: Array<{ section: string, quote: string }>, lastChange: { actor: string, at: string } | null } };

export type ZoneTableOptionsQueryVariables = Exact<{
  zone: string | number;
  first: number;
}>;


export type ZoneTableOptionsQuery = { chains: Array<{ id: string, industry: { id: string, name: string }, links: Array<{ product: { id: string, name: string } }> }>, scope: { zone: { id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null } | null, district: { id: string, name: string, kind: string, code: string | null, childCount: number, descendants: Array<{ id: string, name: string, kind: string, code: string | null, childCount: number, parent: { id: string } | null }>, parent: { id: string } | null } | null } };

export type EnterprisePageQueryVariables = Exact<{
  zone?: string | number | null | undefined;
  product?: string | number | null | undefined;
  industry?: string | number | null | undefined;
  local?: boolean | null | undefined;
  query?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterprisePageQuery = { enterprises: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, fullName: string | null, local: boolean, statedProducts: Array<string>, zone: { id: string, name: string } | null, products: Array<{ id: string, name: string }>, industries: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, id: string, name: string, detail: string | null, chain: string | null, zone: string | null, score: number }> };

export type AllChainsQueryVariables = Exact<{
  zone?: string | number | null | undefined;
}>;


export type AllChainsQuery = { chains: Array<{ id: string, name: string, links: Array<{ stage: number, status: LinkStatus, product: { id: string, name: string }, sharedWith: Array<{ id: string, name: string }> }>, feeds: Array<{ from: string, to: string, chains: Array<string> }> }> };

export type SetChainLeaderMutationVariables = Exact<{
  chain: string | number;
  leader: string;
}>;


export type SetChainLeaderMutation = { setChainLeader: { id: string, leader: string | null } };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CreateEnterpriseMutation = { createEnterprise: { id: string, name: string } };

export type UpdateEnterpriseMutationVariables = Exact<{
  id: string | number;
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { id: string, name: string } };

export type SetProjectStatusMutationVariables = Exact<{
  id: string | number;
  status: string;
}>;


export type SetProjectStatusMutation = { setProjectStatus: { id: string, status: string | null } };

export type SetZoneTargetsMutationVariables = Exact<{
  id: string | number;
  output2025: number;
  valueAdded2025: number;
}>;


export type SetZoneTargetsMutation = { setZoneTargets: { id: string, output2025: number | null, valueAdded2025: number | null } };

export type PlansQueryVariables = Exact<{
  zone?: string | number | null | undefined;
}>;


export type PlansQuery = { scope: { zone: { id: string } | null, district: { id: string, name: string, plans: Array<{ id: string, title: string, periodStart: number | null, periodEnd: number | null, current: boolean, chainCount: number, district: { id: string, name: string }, industryTargets: Array<{ year: number, output: number | null, valueAdded: number | null, industry: { id: string } }> }> } | null } };

export type PlanDistrictQueryVariables = Exact<{
  plan: string | number;
}>;


export type PlanDistrictQuery = { plan: { id: string, district: { id: string, name: string } } };

export type PlanComparisonQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PlanComparisonQuery = { planComparison: { from: { id: string, title: string, periodStart: number | null, periodEnd: number | null }, to: { id: string, title: string, periodStart: number | null, periodEnd: number | null }, chainsAdded: Array<{ id: string, name: string }>, chainsDropped: Array<{ id: string, name: string }>, chainsNotRestated: Array<{ id: string, name: string }>, linksAdded: Array<{ chain: string, product: { id: string, name: string } }>, linksDropped: Array<{ chain: string, product: { id: string, name: string } }>, targetsChanged: Array<{ ownerKind: TargetOwnerKind, metric: TargetMetric, owner: { id: string, name: string }, from: { year: number, value: number } | null, to: { year: number, value: number } | null }>, gapsClosed: Array<{ chain: string, before: LinkStatus, now: LinkStatus, newFacts: Array<string>, product: { id: string, name: string } }> } };

export type PoolNameFragment = { name: string, spellings: Array<string>, firms: number, mainFirms: number, examples: Array<string> };

export type AliasSuggestionsQueryVariables = Exact<{
  link: string | number;
  first?: number | null | undefined;
}>;


export type AliasSuggestionsQuery = { aliasSuggestions: { pool: boolean, total: number, broaderTotal: number, matchedTotal: number, canEdit: boolean, link: { id: string, name: string }, suggestions: Array<{ name: string, spellings: Array<string>, firms: number, mainFirms: number, examples: Array<string> }>, broader: Array<{ name: string, spellings: Array<string>, firms: number, mainFirms: number, examples: Array<string> }>, matched: Array<{ name: string, firms: number, links: Array<string> }>, aliases: Array<{ pool: string, source: AliasSource, addedBy: string | null, addedAt: string | null, note: string | null, firms: number }> } };

export type AddAliasMutationVariables = Exact<{
  pool: string;
  link: string | number;
}>;


export type AddAliasMutation = { addAlias: { pool: string } };

export type RemoveAliasMutationVariables = Exact<{
  pool: string;
}>;


export type RemoveAliasMutation = { removeAlias: boolean };

export type CanEditQueryVariables = Exact<{ [key: string]: never; }>;


export type CanEditQuery = { canEdit: boolean };

export type PoolLoadedQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolLoadedQuery = { poolLoaded: boolean };

export type LeadCardFragment = { id: string, firmName: string, owner: string, stage: LeadStage, open: boolean, investment: number | null, capacity: number | null, capacityUnit: string | null, nextStep: string | null, nextStepDate: string | null, overdue: boolean, notes: string | null, linkStatus: LinkStatus, stageChangedAt: string, firm: { id: string, name: string } | null, link: { id: string, name: string }, zone: { id: string, name: string }, chains: Array<{ id: string, name: string }>, priority: { tier: PriorityTier, score: number } | null, project: { id: string, name: string, status: string | null } | null };

export type LinkLeadsFragment = { open: number, product: { id: string }, stages: Array<{ stage: LeadStage, count: number }> };

export type PipelineBoardQueryVariables = Exact<{
  zone?: string | number | null | undefined;
  owner?: string | null | undefined;
  chain?: string | number | null | undefined;
  tier?: PriorityTier | null | undefined;
}>;


export type PipelineBoardQuery = { leads: Array<{ id: string, firmName: string, owner: string, stage: LeadStage, open: boolean, investment: number | null, capacity: number | null, capacityUnit: string | null, nextStep: string | null, nextStepDate: string | null, overdue: boolean, notes: string | null, linkStatus: LinkStatus, stageChangedAt: string, firm: { id: string, name: string } | null, link: { id: string, name: string }, zone: { id: string, name: string }, chains: Array<{ id: string, name: string }>, priority: { tier: PriorityTier, score: number } | null, project: { id: string, name: string, status: string | null } | null }> };

export type LeadHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadHistoryQuery = { lead: { id: string, history: Array<{ id: string, at: string, actor: string, action: string, before: string | null, after: string | null }> } };

export type ChainPipelineQueryVariables = Exact<{
  id: string | number;
  zone?: string | number | null | undefined;
  months?: number | null | undefined;
}>;


export type ChainPipelineQuery = { chain: { id: string, leadCounts: Array<{ open: number, product: { id: string }, stages: Array<{ stage: LeadStage, count: number }> }>, health: Array<{ month: string, strong: number, weak: number, missing: number, total: number }> } };

export type UpstreamLeadsQueryVariables = Exact<{
  product: string | number;
  zone?: string | number | null | undefined;
}>;


export type UpstreamLeadsQuery = { upstreamGaps: { leadCounts: Array<{ open: number, product: { id: string }, stages: Array<{ stage: LeadStage, count: number }> }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string, firmName: string, owner: string, stage: LeadStage, open: boolean, investment: number | null, capacity: number | null, capacityUnit: string | null, nextStep: string | null, nextStepDate: string | null, overdue: boolean, notes: string | null, linkStatus: LinkStatus, stageChangedAt: string, firm: { id: string, name: string } | null, link: { id: string, name: string }, zone: { id: string, name: string }, chains: Array<{ id: string, name: string }>, priority: { tier: PriorityTier, score: number } | null, project: { id: string, name: string, status: string | null } | null } };

export type UpdateLeadMutationVariables = Exact<{
  id: string | number;
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string, firmName: string, owner: string, stage: LeadStage, open: boolean, investment: number | null, capacity: number | null, capacityUnit: string | null, nextStep: string | null, nextStepDate: string | null, overdue: boolean, notes: string | null, linkStatus: LinkStatus, stageChangedAt: string, firm: { id: string, name: string } | null, link: { id: string, name: string }, zone: { id: string, name: string }, chains: Array<{ id: string, name: string }>, priority: { tier: PriorityTier, score: number } | null, project: { id: string, name: string, status: string | null } | null } };

export type MoveLeadMutationVariables = Exact<{
  id: string | number;
  stage: LeadStage;
  reason: string;
}>;


export type MoveLeadMutation = { moveLead: { id: string, firmName: string, owner: string, stage: LeadStage, open: boolean, investment: number | null, capacity: number | null, capacityUnit: string | null, nextStep: string | null, nextStepDate: string | null, overdue: boolean, notes: string | null, linkStatus: LinkStatus, stageChangedAt: string, firm: { id: string, name: string } | null, link: { id: string, name: string }, zone: { id: string, name: string }, chains: Array<{ id: string, name: string }>, priority: { tier: PriorityTier, score: number } | null, project: { id: string, name: string, status: string | null } | null } };
