/**
 * The shapes resolvers pass around: rows as the Cypher files in cypher/ return them. GraphQL Code Generator
 * maps schema types to these (codegen.ts `mappers`), so field resolvers are typed end to end.
 */

import type { SeedGraph } from '../../seed/graph.ts';
import type { CandidateKind } from '../../vocab/candidate.ts';
import type { LeadStage } from '../../vocab/lead.ts';
import type { GapKind, Priority } from '../../vocab/priority.ts';
import type { LinkStatus, StatusCounts } from '../../vocab/status.ts';
import type { LeadFields } from '../domain/leads.ts';

export interface Ref {
  id: string;
  name: string;
}
export interface ZoneRef extends Ref {
  kind: string;
}

export interface ScopeModel {
  zone: ZoneRef | null;
  zoneIds: string[];
  /** The districts the scope touches (cypher/fragments/scope-districts); null for the whole graph. */
  districts: string[] | null;
  label: string;
}

export interface EnterpriseModel {
  id: string;
  name: string;
  fullName: string | null;
  local: boolean;
  origin: string;
  industries?: string[];
  sources?: string[];
  /** Present when the query projected the enterprise's zone. */
  zone?: ZoneRef | null;
  /** As a producer of a chain link: the source id of its PRODUCES edge. */
  producesSource?: string | null;
  /** Set by editors (updateEnterprise). */
  creditCode?: string | null;
  note?: string | null;
  /** Present when the query projected what it produces (the enterprise pages: one query per page). */
  products?: Ref[];
  /** 未入链产品 (server/tables/plan.ts): projected by the enterprise pages and the by-id read. */
  statedProducts?: string[] | null;
}

export interface EnterpriseDetail extends EnterpriseModel {
  zone: ZoneRef | null;
  products: Ref[];
  targetFor: Ref[];
  targetForChains: Ref[];
  projects: string[];
}

/** A project as the seed and the imports write it; an imported project may have no industry. */
export type ProjectModel = Omit<SeedGraph['projects'][number], 'industry'> & {
  industry: string | null;
  zone?: ZoneRef | null;
  /** A project a lead was signed into (or linked to): the lead's id and its owner, for the link's reason line. */
  fromLead?: string | null;
  leadOwner?: string | null;
};

export interface ProjectDetail extends ProjectModel {
  zone: ZoneRef | null;
  enterprise: string | null;
  products: Ref[];
}

export interface EvidenceModel {
  /** The first MAX_LISTED_PRODUCERS by name. */
  producers: EnterpriseModel[];
  projects: ProjectModel[];
  /** All producers in scope. */
  producerCount?: number;
  /** All local producers of the link in the whole graph (product-evidence.cypher). */
  producerTotal?: number;
}

export interface ReasonModel extends EvidenceModel {
  status: LinkStatus;
  producerCount: number;
  projectCount: number;
  summary: string;
}

export interface LinkModel {
  product: Ref;
  stage: number;
  reason: ReasonModel;
  status: LinkStatus;
  sharedWith: Ref[];
  /** The chain's scope (its candidates outside the scope are 外区企业). */
  scope?: ScopeModel;
}

export interface FeedModel {
  from: string;
  to: string;
  chains: string[];
}

export interface ChainModel {
  id: string;
  name: string;
  expression: string;
  /** Set (true) on a chain whose stages a reviewer entered at import; absent on seeded and older chains. */
  entered?: boolean | null;
  kind: string | null;
  /** The chain leader (链长); absent when not set. */
  leader?: string | null;
  industry: string;
  stageCount: number;
  sources: string[];
  scope: ScopeModel;
  links: LinkModel[];
  feeds: FeedModel[];
  targets: EnterpriseModel[];
}

export interface ProductRow {
  id: string;
  name: string;
  sources: string[];
  chains: Ref[];
  upstream: Ref[];
  downstream: Ref[];
  targets: EnterpriseModel[];
  allProducers: EnterpriseModel[];
  producerTotal: number;
  allProjects: ProjectModel[];
}

export interface ProductModel extends ProductRow {
  scope: ScopeModel;
}

export interface IndustryModel {
  id: string;
  name: string;
  output2025: number | null;
  valueAdded2025: number | null;
  sources: string[];
  keyZones: string[];
  focusZones: string[];
  chainIds: string[];
}

export interface ZoneModel {
  id: string;
  name: string;
  kind: string;
  /** GB/T 2260 code of a region (省/市/区县); absent for a plan's own zones. */
  code?: string | null;
  description: string | null;
  output2025: number | null;
  valueAdded2025: number | null;
  sources: string[];
  parent: string | null;
  children: string[];
  focusIndustries: string[];
  keyFor: string[];
}

export interface SourceModel {
  id: string;
  doc: string;
  section: string;
  quote: string;
  start: number;
  line: number;
  document: { id: string; title: string; file: string };
}

export interface UpstreamNodeModel {
  product: Ref;
  distance: number;
  status: LinkStatus;
  reason: ReasonModel;
}

/** Where a candidate is: from an outside firm's registered name, or a project's zone in the graph. */
export interface PlaceModel {
  province: string | null;
  city: string | null;
  label: string;
  basis: string;
}

export interface CandidateModel {
  kind: CandidateKind;
  enterprise: EnterpriseModel | null;
  project: ProjectModel | null;
  /** 0–1: how well it fits (server/domain/gaps.ts). */
  fit: number;
  /** A weak or surplus match, shown under "更多". */
  folded: boolean;
  reason: string;
  source: string | null;
  place: PlaceModel | null;
  /** The district of an OTHER_DISTRICT candidate. */
  district?: ZoneRef | null;
}

/** A gap's kind, whether it breaks a chain, its priority and its ranked candidates (domain/gapPipeline.ts). */
export interface GapAssessmentModel {
  kind: GapKind;
  breaksChain: boolean;
  priority: Priority;
  candidates: CandidateModel[];
  /** How many 外区企业 produce the link (the stored counts); null without a scope or when not counted. */
  otherDistrictCount: number | null;
}

export interface GapModel extends UpstreamNodeModel, GapAssessmentModel {
  /** False past the first `listCandidates` gaps of a list: `candidates` is then empty (the priority is not). */
  candidatesListed: boolean;
}

export interface UpstreamModel {
  product: ProductModel;
  scope: ScopeModel;
  maxDepth: number;
  limit: number;
  truncated: boolean;
  nodes: UpstreamNodeModel[];
  edges: FeedModel[];
  gaps: GapModel[];
}

/** An indicator as the seed writes it. */
export type IndicatorModel = SeedGraph['indicators'][number];

export interface ChainGapCountModel {
  chain: Ref;
  counts: StatusCounts;
}

/** An AuditEntry node as cypher/audit/*.cypher return it (`at` as an ISO string). */
export interface AuditEntryModel {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  entity: string;
  entityType: string;
  before: string | null;
  after: string | null;
}

/** A row of cypher/chains.cypher: a chain with its links' evidence in a zone's scope (statuses not yet set). */
export interface ChainRow {
  chain: Omit<ChainModel, 'scope' | 'links' | 'feeds' | 'targets'>;
  scopeZone: ZoneRef | null;
  zoneIds: string[] | null;
  /** Without a zone: up to two district names of the graph (the unscoped label); else []. */
  districtNames: string[];
  /** The districts the scope touches; null without a zone. */
  districts: string[] | null;
  links: {
    product: Ref;
    stage: number;
    producers: EnterpriseModel[];
    producerCount: number;
    /** Listed only when the operation reads a reason or a gap field (maxListed > 0); else counted. */
    projects: ProjectModel[];
    /** The count when they are not listed; null when they are (then the list's length). */
    projectCount: number | null;
    sharedWith: Ref[];
  }[];
  feeds: FeedModel[];
  targets: EnterpriseModel[];
}

/** A gap of one of a zone's chains (Zone.gaps). */
export interface ZoneGapModel {
  chain: Ref;
  link: LinkModel;
}

/** A link a district's plan seeks (cypher/zone-sought.cypher), the link scoped to the asking zone. */
export interface SoughtLinkModel {
  product: ProductModel;
  /** The first of `districts`. */
  district: Ref;
  /** Every district in the scope whose plan seeks the link, by name. */
  districts: Ref[];
  /** Source ids of the sentences. */
  sources: string[];
}

/** A lead (招商线索) as cypher/fragments/lead-row.cypher returns it. */
export interface LeadModel extends LeadFields {
  id: string;
  link: Ref;
  /** The project the signed lead became. */
  project: string | null;
  chains: Ref[];
  createdAt: string;
  stageChangedAt: string;
}

/** Leads of one link in a scope, per stage (server/domain/leads.ts countLeads). */
export interface LeadCountModel {
  product: Ref;
  open: number;
  stages: { stage: LeadStage; count: number }[];
}
