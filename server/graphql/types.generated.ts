import type { GraphQLResolveInfo } from 'graphql';
import type { ChainModel, LinkModel, ReasonModel, ScopeModel, ProductModel, EnterpriseModel, ProjectModel, IndustryModel, ZoneModel, SourceModel, UpstreamModel, UpstreamNodeModel, GapModel, CandidateModel, ZoneGapModel, SoughtLinkModel, IndicatorModel, ChainGapCountModel, LeadModel, LeadCountModel } from './models.ts';
import type { ChainDistrictModel, DistrictLinkModel } from '../domain/districts.ts';
import type { PriorityPartValue } from '../../vocab/priority.ts';
import type { PlanModel } from '../plans/read.ts';
import type { Context } from './context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Alias = {
  __typename?: 'Alias';
  /** The chain link (Product) it means. */
  link: ProductRef;
  /** The product name as the national pool writes it. */
  pool: Scalars['String']['output'];
};

export type AliasSource =
  /** Added through the API (addAlias): removeAlias removes it. */
  | 'API'
  /** seed/aliases.json, edited in the repository. */
  | 'FILE';

/** A pool main-product name (its normalised form's spellings together) and the pool firms whose main product it is. */
export type AliasSuggestion = {
  __typename?: 'AliasSuggestion';
  /** Up to three of its firms, the largest share first. */
  examples: Array<Scalars['String']['output']>;
  /** Pool firms with this main product (weight > 0), each once. */
  firms: Scalars['Int']['output'];
  /** Of those, the firms for which it is at least 10 % of revenue (below that a candidate is folded under 更多). */
  mainFirms: Scalars['Int']['output'];
  /** The spelling the pool uses most: what addAlias is given. */
  name: Scalars['String']['output'];
  /** Every spelling of the same normalised name (电解铝, 电解铝产品), most used first. */
  spellings: Array<Scalars['String']['output']>;
};

/** A link's alias suggestions and current aliases (Query.aliasSuggestions). */
export type AliasSuggestions = {
  __typename?: 'AliasSuggestions';
  /** The link's aliases: those added through the API (removeAlias removes them) and those of seed/aliases.json. */
  aliases: Array<LinkAlias>;
  /**
   * Names of 2+ characters that the link's name contains (for a link of 2+ characters), neither a link nor an alias:
   * broader than the link (光伏 for 光伏发电), so their firms may not make it. The longest first, at most 5.
   */
  broader: Array<AliasSuggestion>;
  broaderTotal: Scalars['Int']['output'];
  /** Whether the caller may add and remove aliases (an editor token). */
  canEdit: Scalars['Boolean']['output'];
  link: ProductRef;
  /**
   * Names containing the link's name that match a link or an alias already (铝锭 is a link): why they are not
   * offered. Most firms first, at most 5.
   */
  matched: Array<MatchedPoolName>;
  matchedTotal: Scalars['Int']['output'];
  /** False when no pool was imported (npm run pool:import): nothing to suggest. */
  pool: Scalars['Boolean']['output'];
  /** Names containing the link's name, neither a link nor an alias: most firms first, at most `first`. */
  suggestions: Array<AliasSuggestion>;
  /** How many such names there are in all. */
  total: Scalars['Int']['output'];
};

/** One write: who (token name and role), what (mutation), on which entity, and the changed properties. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation, e.g. updateEnterprise. */
  action: Scalars['String']['output'];
  /** The name of the token that made the change. */
  actor: Scalars['String']['output'];
  /** JSON object of the changed properties after the write; null when the write removed the entity. */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO date-time. */
  at: Scalars['String']['output'];
  /** JSON object of the changed properties before the write; null when the write created the entity. */
  before?: Maybe<Scalars['String']['output']>;
  entity: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Scalars['String']['output'];
};

export type Candidate = {
  __typename?: 'Candidate';
  /** The district (区县) of a 外区企业 (OTHER_DISTRICT); null for other kinds or a firm in no district. */
  district?: Maybe<Zone>;
  enterprise?: Maybe<Enterprise>;
  /**
   * 0–1: plan target for the link 1, for its chain 0.9, project 0.8, pool firm 0.7 × its share of the product, a firm
   * elsewhere in the graph 0.06 (same district) / 0.05 (same city) / 0.04 (same province) / 0.03 (elsewhere).
   */
  fit: Scalars['Float']['output'];
  /** A pool firm below the 10 % share threshold or after the first 10, a 外区企业 after the first 5: shown under 更多. */
  folded: Scalars['Boolean']['output'];
  kind: CandidateKind;
  /** Where it is, when the data says. */
  place?: Maybe<Place>;
  project?: Maybe<Project>;
  /** One line saying why, in Chinese. */
  reason: Scalars['String']['output'];
  source?: Maybe<Source>;
};

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

export type Capacity = {
  __typename?: 'Capacity';
  product?: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type Chain = {
  __typename?: 'Chain';
  counts: StatusCounts;
  /**
   * The cross-district view: with the scope on a province or city (省/市), each district inside it that has a plan
   * or lies in a region that has one (a city's own plan), by code, at most 60, with this chain's links and their
   * statuses there; a link weak or missing in one district
   * lists the districts where it is strong (strongIn). Empty in any other scope.
   */
  districts: Array<ChainDistrict>;
  /**
   * True when a reviewer entered the chain's stages at import, reading them from its source sentence (a chain the
   * plan states in prose, not as 甲—乙—丙): the expression is then the reviewer's, not the plan's own writing.
   */
  entered: Scalars['Boolean']['output'];
  /** The chain as the plan writes it; for an entered chain, the stages as the reviewer entered them. */
  expression: Scalars['String']['output'];
  /** FEEDS edges between this chain's links that this chain states. */
  feeds: Array<Feed>;
  /**
   * Status counts at the end of each of the last `months` (1–60) months in the scope, oldest first, rebuilt from
   * when each producer and project appeared (audit trail, else the plan's date); see server/domain/health.ts.
   */
  health: Array<HealthMonth>;
  id: Scalars['ID']['output'];
  industry: Industry;
  kind?: Maybe<Scalars['String']['output']>;
  /** The newest audit entry of this entity; null when never edited. */
  lastChange?: Maybe<AuditEntry>;
  /** Leads per link of the chain in the scope (links without leads are left out). */
  leadCounts: Array<LeadCount>;
  /** The chain leader (链长) responsible for the chain; null when not set. */
  leader?: Maybe<Scalars['String']['output']>;
  /** Links in stage order, each with its status in scope. */
  links: Array<ChainLink>;
  name: Scalars['String']['output'];
  scope: Scope;
  sources: Array<Source>;
  stageCount: Scalars['Int']['output'];
  /** True when updatedAt is more than STALE_AFTER_MONTHS (default 24) months ago. */
  stale: Scalars['Boolean']['output'];
  /** Outside enterprises the plan names as targets for the whole chain. */
  targets: Array<Enterprise>;
  /** When the facts were last confirmed: the last edit, else the date the plan was issued. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};


export type ChainHealthArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};

/** A district of a province or city scope and one chain's links there. */
export type ChainDistrict = {
  __typename?: 'ChainDistrict';
  counts: StatusCounts;
  district: Zone;
  /**
   * True when the chain is in a plan of the district or of a region holding it (a city's own plan); else its firms
   * may still produce some links.
   */
  inPlan: Scalars['Boolean']['output'];
  links: Array<DistrictLink>;
};

export type ChainGapCount = {
  __typename?: 'ChainGapCount';
  chain: ChainRef;
  counts: StatusCounts;
};

export type ChainLink = {
  __typename?: 'ChainLink';
  /** True when every path from a raw material to an end product of one of its chains passes through it (a gap). */
  breaksChain: Scalars['Boolean']['output'];
  /** Who could fill the link when it is WEAK or MISSING (plan targets, projects, pool firms); empty when STRONG. */
  candidates: Array<Candidate>;
  /** What kind of gap it is; null when STRONG. */
  gapKind?: Maybe<GapKind>;
  /** How urgent closing it is; null when STRONG. */
  priority?: Maybe<Priority>;
  /** The link; query product(id:) for everything known about it. */
  product: ProductRef;
  reason: StatusReason;
  /** Other chains this link belongs to. */
  sharedWith: Array<ChainRef>;
  /** Position from upstream, 0-based. */
  stage: Scalars['Int']['output'];
  status: LinkStatus;
};

export type ChainRef = {
  __typename?: 'ChainRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ClosedGap = {
  __typename?: 'ClosedGap';
  /** The link's status with what the earlier plan knew (WEAK or MISSING). */
  before: LinkStatus;
  chain: Scalars['String']['output'];
  /** The producers and projects known only from later plans, which closed it. */
  newFacts: Array<Scalars['String']['output']>;
  /** Its status now (STRONG). */
  now: LinkStatus;
  product: ProductRef;
};

export type CreateEnterpriseInput = {
  /** 统一社会信用代码 (18 characters). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Industry ids. */
  industries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** True for an enterprise in the district; false for an outside firm. */
  local: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Product (chain link) ids the enterprise makes. */
  produces?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Products it makes that are no chain link (未入链产品), as stated; replaces the list. A name that is some chain's link is produced as that link instead. */
  statedProducts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Zone id. */
  zone?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateLeadInput = {
  /** Expected capacity and its unit. */
  capacity?: InputMaybe<Scalars['Float']['input']>;
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  /** An Enterprise of the graph; its name is the lead's firm name. */
  firm?: InputMaybe<Scalars['ID']['input']>;
  /** A firm not in the graph, by name (when firm is omitted). */
  firmName?: InputMaybe<Scalars['String']['input']>;
  /** Expected investment, 亿元. */
  investment?: InputMaybe<Scalars['Float']['input']>;
  /** The link (Product id) the lead would fill. */
  link: Scalars['ID']['input'];
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  nextStepDate?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The officer who follows the lead. */
  owner: Scalars['String']['input'];
  stage?: InputMaybe<LeadStage>;
  /** The zone the firm would invest in. */
  zone: Scalars['ID']['input'];
};

/** A chain's link in one district, by the same status rule as everywhere (≥ 2 local producers: STRONG). */
export type DistrictLink = {
  __typename?: 'DistrictLink';
  name: Scalars['String']['output'];
  producerCount: Scalars['Int']['output'];
  /** The link's product id (as ChainLink.product.id); scalars keep the comparison cheap (server/graphql/cost.ts). */
  productId: Scalars['ID']['output'];
  projectCount: Scalars['Int']['output'];
  stage: Scalars['Int']['output'];
  status: LinkStatus;
  /**
   * When WEAK or MISSING here: the names of the other districts of the scope where the link is STRONG (as in
   * ChainDistrict.district.name); else empty.
   */
  strongIn: Array<Scalars['String']['output']>;
};

export type Document = {
  __typename?: 'Document';
  file: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type Enterprise = {
  __typename?: 'Enterprise';
  /** 统一社会信用代码, when known. */
  creditCode?: Maybe<Scalars['String']['output']>;
  fullName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  /** The newest audit entry of this entity; null when never edited. */
  lastChange?: Maybe<AuditEntry>;
  /** True for enterprises in the district; false for outside firms (investment targets). */
  local: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Where the record comes from: plan, import or pool. */
  origin: Scalars['String']['output'];
  /** As a producer in a chain link's reason: the plan's quote saying it makes that link; null elsewhere. */
  producesSource?: Maybe<Source>;
  products: Array<ProductRef>;
  projects: Array<Project>;
  sources: Array<Source>;
  /** True when updatedAt is more than STALE_AFTER_MONTHS (default 24) months ago. */
  stale: Scalars['Boolean']['output'];
  /**
   * 未入链产品: products the firm states (an enterprise table's 生产环节) that are no link of any chain, in the order
   * stated. Kept as stated; no link is made of them and no link status counts them.
   */
  statedProducts: Array<Scalars['String']['output']>;
  /** Links and chains the plan names this (outside) firm as a target for. */
  targetFor: Array<ProductRef>;
  targetForChains: Array<ChainRef>;
  /** When the facts were last confirmed: the last edit, else the date the plan was issued. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  zone?: Maybe<Zone>;
};

export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  edges: Array<EnterpriseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  cursor: Scalars['String']['output'];
  node: Enterprise;
};

export type Feed = {
  __typename?: 'Feed';
  /** Ids of the chains that state this edge. */
  chains: Array<Scalars['ID']['output']>;
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
};

export type Gap = {
  __typename?: 'Gap';
  /** Every raw-material-to-end-product path of one of its chains passes through it. */
  breaksChain: Scalars['Boolean']['output'];
  /** Ranked: plan targets, projects, then pool firms by share; weak or surplus pool firms are `folded`. */
  candidates: Array<Candidate>;
  /** False when the list was asked with listCandidates and this gap is past the first N: `candidates` is then empty. */
  candidatesListed: Scalars['Boolean']['output'];
  distance: Scalars['Int']['output'];
  kind: GapKind;
  /**
   * How many 外区企业 (local firms of the graph outside the scope) produce it, from the stored producer counts,
   * when the list was asked with listOtherDistricts: false (they are then counted, not listed); else null, as in the
   * national scope.
   */
  otherDistrictCount?: Maybe<Scalars['Int']['output']>;
  priority: Priority;
  product: ProductRef;
  reason: StatusReason;
  status: LinkStatus;
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

/** A chain's status counts at the end of one month. */
export type HealthMonth = {
  __typename?: 'HealthMonth';
  missing: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  strong: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  weak: Scalars['Int']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  baseline2020?: Maybe<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  cumulative: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  sources: Array<Source>;
  target2025: Scalars['String']['output'];
  target2025Value?: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
};

export type Industry = {
  __typename?: 'Industry';
  chains: Array<Chain>;
  /** Zones that focus on the industry. */
  focusZones: Array<Zone>;
  id: Scalars['ID']['output'];
  /** Zones the plan names as 重点区域 for the industry. */
  keyZones: Array<Zone>;
  name: Scalars['String']['output'];
  /** 2025 output target, 亿元. */
  output2025?: Maybe<Scalars['Float']['output']>;
  sources: Array<Source>;
  /** Every target of every plan, by year (2025 of 十四五, 2030 of 十五五…). */
  targets: Array<Target>;
  /** 2025 value-added target, 亿元. */
  valueAdded2025?: Maybe<Scalars['Float']['output']>;
};

/** One industry's target for one year in one plan (亿元). */
export type IndustryTarget = {
  __typename?: 'IndustryTarget';
  industry: NamedRef;
  output?: Maybe<Scalars['Float']['output']>;
  valueAdded?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** A lead (招商线索): a firm that could fill a link in a zone, followed by an officer through the stages. */
export type Lead = {
  __typename?: 'Lead';
  capacity?: Maybe<Scalars['Float']['output']>;
  capacityUnit?: Maybe<Scalars['String']['output']>;
  /** The chains the link belongs to. */
  chains: Array<ChainRef>;
  /** ISO date-times. */
  createdAt: Scalars['String']['output'];
  /** The firm when it is an Enterprise of the graph. */
  firm?: Maybe<Enterprise>;
  /** The firm's name (the Enterprise's when the lead names one of the graph). */
  firmName: Scalars['String']['output'];
  /** Every change of the lead, newest first: creation, edits, stage moves (after.reason says why). Needs a viewer token. */
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  /** Expected investment, 亿元. */
  investment?: Maybe<Scalars['Float']['output']>;
  link: ProductRef;
  /** The link's status in the lead's zone. */
  linkStatus: LinkStatus;
  nextStep?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  nextStepDate?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  /** True before SIGNED. */
  open: Scalars['Boolean']['output'];
  /** An open lead whose next step's date has passed (China time). */
  overdue: Scalars['Boolean']['output'];
  owner: Scalars['String']['output'];
  /** The gap's priority in the lead's zone; null when the link is no longer a gap there. */
  priority?: Maybe<Priority>;
  /** The project the signed lead became; null before signing. */
  project?: Maybe<Project>;
  stage: LeadStage;
  stageChangedAt: Scalars['String']['output'];
  zone: Zone;
};

/** How many leads a link has in a scope, per stage. */
export type LeadCount = {
  __typename?: 'LeadCount';
  /** Leads before SIGNED. */
  open: Scalars['Int']['output'];
  product: ProductRef;
  stages: Array<LeadStageCount>;
};

/** The stages of a lead (vocab/lead.ts): 线索 → 接洽 → 考察 → 洽谈 → 签约. */
export type LeadStage =
  | 'CLUE'
  | 'CONTACT'
  | 'NEGOTIATION'
  | 'SIGNED'
  | 'VISIT';

export type LeadStageCount = {
  __typename?: 'LeadStageCount';
  count: Scalars['Int']['output'];
  stage: LeadStage;
};

/** One alias of a link: a pool product name read as the link. */
export type LinkAlias = {
  __typename?: 'LinkAlias';
  addedAt?: Maybe<Scalars['String']['output']>;
  /** The token holder who added it (its addAlias audit entry); null for the file's or when none is recorded. */
  addedBy?: Maybe<Scalars['String']['output']>;
  /** Pool firms matched to the link through it now. */
  firms: Scalars['Int']['output'];
  /** The file's note on it. */
  note?: Maybe<Scalars['String']['output']>;
  pool: Scalars['String']['output'];
  source: AliasSource;
};

export type LinkStatus =
  /** No local producer and no project in scope. */
  | 'MISSING'
  /** Two or more local enterprises in scope produce it. */
  | 'STRONG'
  /** Exactly one local enterprise produces it, or none does but a project in scope builds it. */
  | 'WEAK';

export type MatchedPoolName = {
  __typename?: 'MatchedPoolName';
  examples: Array<Scalars['String']['output']>;
  firms: Scalars['Int']['output'];
  /** The links it matches (exactly, normalised or by an alias). */
  links: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Maps a product name of the national pool to a chain link; the pool import matches through it. */
  addAlias: Alias;
  /** Adds an enterprise (origin edit, id ent-u-…). Every write needs an editor token and is audited. */
  createEnterprise: Enterprise;
  /**
   * Opens a lead on a link (the gap it would fill) in a zone: an Enterprise of the graph (firm) or a firm name typed
   * in (firmName). Starts at CLUE unless `stage` says otherwise (SIGNED is reached by moveLead only). Audited.
   */
  createLead: Lead;
  /**
   * Moves a lead to another stage, forward or back, with a reason (audited with who and when). Moving to SIGNED
   * makes a Project (status 签约) building the link in the lead's zone — or links the lead to `project`, an existing
   * one — so the link's status counts it. Moving a signed lead back removes the project it made, and is refused
   * once that project is 在建 or later.
   */
  moveLead: Lead;
  /** Removes the alias of a pool product name; false when there was none. */
  removeAlias: Scalars['Boolean']['output'];
  /**
   * Sets the chain leader (链长) of a chain: trimmed, at most 50 characters; an empty string clears it.
   * Returns the chain in the whole district.
   */
  setChainLeader: Chain;
  /** Sets a project's status: one of 储备, 规划, 签约, 在建, 建成, 投产 (vocab/project.ts). */
  setProjectStatus: Project;
  /** Sets a zone's 2025 targets (亿元, ≥ 0). */
  setZoneTargets: Zone;
  /** Changes an enterprise: omitted fields stay; null clears an optional field; lists replace the old ones. */
  updateEnterprise: Enterprise;
  /** Changes a lead's facts (not its stage): omitted fields stay; null clears an optional field. Audited. */
  updateLead: Lead;
};


export type MutationAddAliasArgs = {
  link: Scalars['ID']['input'];
  pool: Scalars['String']['input'];
};


export type MutationCreateEnterpriseArgs = {
  input: CreateEnterpriseInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationMoveLeadArgs = {
  id: Scalars['ID']['input'];
  project?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  stage: LeadStage;
};


export type MutationRemoveAliasArgs = {
  pool: Scalars['String']['input'];
};


export type MutationSetChainLeaderArgs = {
  chain: Scalars['ID']['input'];
  leader: Scalars['String']['input'];
};


export type MutationSetProjectStatusArgs = {
  id: Scalars['ID']['input'];
  status: Scalars['String']['input'];
};


export type MutationSetZoneTargetsArgs = {
  id: Scalars['ID']['input'];
  output2025: Scalars['Float']['input'];
  valueAdded2025: Scalars['Float']['input'];
};


export type MutationUpdateEnterpriseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEnterpriseInput;
};


export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLeadInput;
};

/** An id and a name: a district, an industry or a zone. */
export type NamedRef = {
  __typename?: 'NamedRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where a candidate is: from an outside firm's registered name, or a project's zone in the graph. */
export type Place = {
  __typename?: 'Place';
  /** 注册名称 (from the registered name) or 图谱区域 (the zone in the graph). */
  basis: Scalars['String']['output'];
  city?: Maybe<Scalars['String']['output']>;
  /** e.g. 江苏省苏州市, or a zone's name. */
  label: Scalars['String']['output'];
  province?: Maybe<Scalars['String']['output']>;
};

/** A district's plan (a Document FOR_DISTRICT it) and its period. */
export type Plan = {
  __typename?: 'Plan';
  /** How many chains the plan states. */
  chainCount: Scalars['Int']['output'];
  /** True for the district's current plan: its period contains today, else it is the latest. */
  current: Scalars['Boolean']['output'];
  district: NamedRef;
  id: Scalars['ID']['output'];
  /** The targets the plan gives its district's industries, by industry then year (what the overview shows). */
  industryTargets: Array<IndustryTarget>;
  periodEnd?: Maybe<Scalars['Int']['output']>;
  /** First and last year of the plan's period (十四五: 2021/2025), from its title or text; null when not said. */
  periodStart?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};

export type PlanComparison = {
  __typename?: 'PlanComparison';
  chainsAdded: Array<ChainRef>;
  /** Chains of the earlier plan that the later plan says it drops (a sentence naming the chain with 不再/退出/淘汰 …). */
  chainsDropped: Array<ChainRef>;
  /** Chains of the earlier plan that the later plan does not mention (未提及): neither restated nor dropped. */
  chainsNotRestated: Array<ChainRef>;
  from: Plan;
  /** Links of the earlier plan's chains, weak or missing under its facts, strong now (in the district). */
  gapsClosed: Array<ClosedGap>;
  linksAdded: Array<PlanLinkChange>;
  linksDropped: Array<PlanLinkChange>;
  targetsChanged: Array<TargetChange>;
  to: Plan;
};

export type PlanLinkChange = {
  __typename?: 'PlanLinkChange';
  /** The chain's name (chains of two plans are matched by name). */
  chain: Scalars['String']['output'];
  product: ProductRef;
};

/** A gap's priority: the sum of its parts (weights: server/domain/priority.ts) and the tier of that score. */
export type Priority = {
  __typename?: 'Priority';
  parts: Array<PriorityPart>;
  score: Scalars['Float']['output'];
  /** HIGH from 70 points, MEDIUM from 45, else LOW. */
  tier: PriorityTier;
};

export type PriorityPart = {
  __typename?: 'PriorityPart';
  part: PriorityPartKind;
  /** Points the part adds (negative: lowers the priority). */
  points: Scalars['Float']['output'];
  /** The sentences the line quotes (规划引进: the plan's); empty for a part counted from the graph alone. */
  sources: Array<Source>;
  /** One line in Chinese: the facts behind the points. */
  text: Scalars['String']['output'];
};

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

export type Product = {
  __typename?: 'Product';
  /** True when it is a gap and every raw-material-to-end-product path of one of its chains passes through it. */
  breaksChain: Scalars['Boolean']['output'];
  /** Who could fill it in the scope when it is WEAK or MISSING, ranked; empty when STRONG. */
  candidates: Array<Candidate>;
  chains: Array<ChainRef>;
  downstream: Array<ProductRef>;
  /** What kind of gap it is in the scope; null when STRONG. */
  gapKind?: Maybe<GapKind>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** How urgent closing it is in the scope; null when STRONG. */
  priority?: Maybe<Priority>;
  /** How many local producers there are anywhere in the graph (producers lists the first 50). */
  producerTotal: Scalars['Int']['output'];
  /** Local producers anywhere in the graph (each with its zone): the first 50 by name. */
  producers: Array<Enterprise>;
  projects: Array<Project>;
  reason: StatusReason;
  scope: Scope;
  sources: Array<Source>;
  status: LinkStatus;
  /** Outside enterprises the plan names as targets for this link. */
  targets: Array<Enterprise>;
  upstream: Array<ProductRef>;
};

export type ProductRef = {
  __typename?: 'ProductRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Project = {
  __typename?: 'Project';
  capacities: Array<Capacity>;
  enterprise?: Maybe<Enterprise>;
  id: Scalars['ID']['output'];
  industry?: Maybe<Industry>;
  investmentUnit?: Maybe<Scalars['String']['output']>;
  investmentValue?: Maybe<Scalars['Float']['output']>;
  kind: Scalars['String']['output'];
  /** The newest audit entry of this entity; null when never edited. */
  lastChange?: Maybe<AuditEntry>;
  /** The lead this project was signed from; null for every other project. */
  lead?: Maybe<Lead>;
  name: Scalars['String']['output'];
  products: Array<ProductRef>;
  sources: Array<Source>;
  /** True when updatedAt is more than STALE_AFTER_MONTHS (default 24) months ago. */
  stale: Scalars['Boolean']['output'];
  /** 规划, 在建 or 建成, as the plan's wording implies; null where it does not say. */
  status?: Maybe<Scalars['String']['output']>;
  /** When the facts were last confirmed: the last edit, else the date the plan was issued. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  zone?: Maybe<Zone>;
};

/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Pool main-product names an editor may make aliases of the link `link` (addAlias), so that the pool firms whose
   * main product they are become candidates of its gap: the names (normalised) that contain the link's name and
   * are neither a link nor an alias yet, most firms first, at most `first` (1–50); the link's current aliases.
   * Empty lists when no pool was imported. See docs/POOL.md, Alias suggestions.
   */
  aliasSuggestions: AliasSuggestions;
  /** Who changed what, newest first; of one entity when `entity` is set. At most 500. Needs a viewer token. */
  audit: Array<AuditEntry>;
  /** Whether the caller's token is an editor's: the explorer shows editing actions (撤回导入) by it. */
  canEdit: Scalars['Boolean']['output'];
  /** One chain with links (stage order), FEEDS edges and statuses in the scope — one database round trip. */
  chain: Chain;
  /**
   * Chains, optionally of one industry; each with its links' statuses in the scope. `plan` (a plan's id, see plans):
   * only the chains that plan states; omitted, the current plans' view — chains stated only by a superseded plan
   * (an earlier plan of a district that has a current one) are left out.
   */
  chains: Array<Chain>;
  /** Enterprises, cursor-paginated; a zone includes its child zones. */
  enterprises: EnterpriseConnection;
  /** The rows of 表 1 (2020 baseline, 2025 target). */
  indicators: Array<Indicator>;
  /** The six industries of the plan, with their 2025 targets. */
  industries: Array<Industry>;
  lead: Lead;
  /**
   * The investment-promotion pipeline (招商线索) in a scope: leads whose zone is the zone or inside it (all when
   * zone is omitted), optionally of one owner, one chain's links, one gap priority tier (of the link in the scope)
   * or one stage. Newest first; at most 500.
   */
  leads: Array<Lead>;
  /** One plan (its district's plans are read, so `current` is right): the comparison page finds a URL plan's district. */
  plan: Plan;
  /**
   * What changed from plan `from` to plan `to` (usually an earlier and a later plan of one district): chains and
   * links added or dropped, targets changed (old → new, with years), gaps closed since.
   */
  planComparison: PlanComparison;
  /** The plans of a district (every district's when omitted), latest period first, the current one marked. */
  plans: Array<Plan>;
  /**
   * Whether the national pool of listed companies was imported (npm run pool:import, docs/POOL.md): only then does a
   * gap with no candidate say that the pool holds no firm for it.
   */
  poolLoaded: Scalars['Boolean']['output'];
  /** One link with its status in the scope and everything known about it. */
  product: Product;
  /**
   * The scope of a zone argument: its label and the zones it covers. Without a zone, the whole graph, labelled with
   * its district's name when it holds exactly one district (綦江区), else 全部地区.
   */
  scope: Scope;
  /**
   * The scope tree as it opens (the header's scope selector): the top-level zones; the zones directly under every
   * zone on the path down to `zone` (the zone included); and, while a level holds a single zone, the zones under it
   * (so a one-district graph opens at 重庆市 › 綦江区 › its zones). Parents before children, each zone once; an
   * unknown zone opens as if none were given. Other zones' children: zoneChildren, when expanded.
   */
  scopeTree: Array<Zone>;
  /** Search-as-you-type across links, chains, enterprises, zones and projects. */
  search: Array<SearchHit>;
  /** A quote from the plan and its place in the source document. */
  source: Source;
  /**
   * Everything upstream of a link through FEEDS (across chains), nearest first, at most 100 links, with the weak and
   * missing ones as gaps: highest priority first (sort: PRIORITY, the default) or nearest first (DISTANCE).
   */
  upstreamGaps: UpstreamGaps;
  zone: Zone;
  /** The zones directly under `parent` (the top level when omitted): regions by GB/T code, then a plan's zones by id. */
  zoneChildren: Array<Zone>;
  /**
   * Zones whose name contains `query` (whitespace ignored), at most `first` (1–50): exact names first, then names
   * starting with it, then shorter names; with the zones above them, so each is shown where it sits. `kind`: only
   * zones of that kind; `kinds`: only zones of one of these kinds (省/市/区县: the comparison page's region picker, a
   * city or province owning a plan too). Give one of them, not both.
   */
  zoneSearch: ZoneSearch;
  /**
   * Every zone, regions (省/市/区县) included. At national size this is ~12,000 zones (1 MB): the explorer asks
   * scopeTree, zoneChildren and zoneSearch instead (the scope selector, the 区域 page), and Zone.descendants(first:).
   */
  zones: Array<Zone>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryAliasSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  link: Scalars['ID']['input'];
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryAuditArgs = {
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryChainArgs = {
  id: Scalars['ID']['input'];
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryChainsArgs = {
  industry?: InputMaybe<Scalars['ID']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  local?: InputMaybe<Scalars['Boolean']['input']>;
  product?: InputMaybe<Scalars['ID']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryLeadsArgs = {
  chain?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<LeadStage>;
  tier?: InputMaybe<PriorityTier>;
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryPlanComparisonArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryPlansArgs = {
  district?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryScopeArgs = {
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryScopeTreeArgs = {
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryUpstreamGapsArgs = {
  listCandidates?: InputMaybe<Scalars['Int']['input']>;
  listOtherDistricts?: InputMaybe<Scalars['Boolean']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  product: Scalars['ID']['input'];
  sort?: InputMaybe<GapSort>;
  zone?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryZoneArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryZoneChildrenArgs = {
  parent?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 产业链图谱 API. Every status carries its reason; every seeded fact carries its source quote.
 * A scope is the whole graph (zone omitted) or one zone together with the zones inside it. Provinces, cities and
 * districts (区县) are zones too (kind 省/市/区县, with a GB/T 2260 code). A plan belongs to a district, or to a city or
 * province that owns one itself: a region scope shows the chains of the plans of the regions inside it, a zone scope
 * inside a district that district's chains, and both those of the regions holding the scope (its city's plan).
 */
export type QueryZoneSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  query: Scalars['String']['input'];
};

export type Scope = {
  __typename?: 'Scope';
  /**
   * The region whose plans the scope views: the nearest region at or above the zone that owns a plan (a district,
   * or a city or province with a plan of its own: a district of 泸州市 without one views 泸州市), else the district
   * (区县) at or above it; for a province, a city or the whole graph, the one district inside it when there is exactly
   * one (the seed's 綦江区); else null. The plan switcher lists its plans (Zone.plans).
   */
  district?: Maybe<Zone>;
  /** Readable label: the zone's name (北渡组团, 重庆市), or for the whole graph its one district's name or 全部地区. */
  label: Scalars['String']['output'];
  /** Null for the whole graph. */
  zone?: Maybe<Zone>;
  /** Ids of the zones the scope covers (the zone and the zones inside it); empty for the whole graph. */
  zoneIds: Array<Scalars['ID']['output']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** Where to open it: the chain of a link or chain hit. */
  chain?: Maybe<Scalars['ID']['output']>;
  /** A short context line, e.g. the chain's expression or the enterprise's zone. */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: SearchKind;
  name: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  /** Where to open it: the zone of an enterprise, project or zone hit. */
  zone?: Maybe<Scalars['ID']['output']>;
};

export type SearchKind =
  | 'CHAIN'
  | 'ENTERPRISE'
  | 'PRODUCT'
  | 'PROJECT'
  | 'ZONE';

/** A link a district's plan names as one to bring in, with the sentences that say so. */
export type SoughtLink = {
  __typename?: 'SoughtLink';
  /** The district whose plan names it (the first by name when the plans of several in the zone's scope do). */
  district: ProductRef;
  /** Every district in the zone's scope whose plan names the link, by name (a city's or province's page: many). */
  districts: Array<ProductRef>;
  /** The link, with the asking zone as its scope. */
  product: Product;
  /** The plans' sentences naming it, every district's. */
  sources: Array<Source>;
};

export type Source = {
  __typename?: 'Source';
  after: Scalars['String']['output'];
  /** The quote with some text before and after it. */
  before: Scalars['String']['output'];
  document: Document;
  id: Scalars['ID']['output'];
  /** 1-based line of the source file where the quote starts. */
  line: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  section: Scalars['String']['output'];
  /** Offset of the quote in the source text with line breaks removed. */
  start: Scalars['Int']['output'];
};

/**
 * How many links have each status: one field per LinkStatus value, in lower case, and the total. The server fills
 * it with countStatuses (vocab/status.ts); the client reads it through the StatusCounts fragment.
 */
export type StatusCounts = {
  __typename?: 'StatusCounts';
  missing: Scalars['Int']['output'];
  strong: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  weak: Scalars['Int']['output'];
};

/** Why a link has its status: the producers and projects behind it, and the counts. */
export type StatusReason = {
  __typename?: 'StatusReason';
  /** All local producers in scope. */
  producerCount: Scalars['Int']['output'];
  /** The first 50 producers in scope, by name (a hub link at national scope has thousands). */
  producers: Array<Enterprise>;
  projectCount: Scalars['Int']['output'];
  projects: Array<Project>;
  status: LinkStatus;
  /** One line in Chinese, e.g. 区内 2 家企业生产：旗能电铝、… */
  summary: Scalars['String']['output'];
};

/** A plan's target for one year (亿元); a 2030 target is not a 2025 target. */
export type Target = {
  __typename?: 'Target';
  output?: Maybe<Scalars['Float']['output']>;
  /** The plan (document id) the target comes from; null when unknown. */
  plan?: Maybe<Scalars['ID']['output']>;
  /** The plan's sentence that states it; null when the graph does not say which (a seeded 2025 target). */
  quote?: Maybe<Scalars['String']['output']>;
  valueAdded?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type TargetChange = {
  __typename?: 'TargetChange';
  /** The earlier plan's target (null: it had none). */
  from?: Maybe<YearValue>;
  metric: TargetMetric;
  owner: NamedRef;
  ownerKind: TargetOwnerKind;
  /** The later plan's target (null: it has none). */
  to?: Maybe<YearValue>;
};

export type TargetMetric =
  /** 产值 */
  | 'OUTPUT'
  /** 增加值 */
  | 'VALUE_ADDED';

export type TargetOwnerKind =
  | 'INDUSTRY'
  | 'ZONE';

export type UpdateEnterpriseInput = {
  creditCode?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  industries?: InputMaybe<Array<Scalars['ID']['input']>>;
  local?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  produces?: InputMaybe<Array<Scalars['ID']['input']>>;
  statedProducts?: InputMaybe<Array<Scalars['String']['input']>>;
  zone?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateLeadInput = {
  capacity?: InputMaybe<Scalars['Float']['input']>;
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  firm?: InputMaybe<Scalars['ID']['input']>;
  firmName?: InputMaybe<Scalars['String']['input']>;
  investment?: InputMaybe<Scalars['Float']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  nextStepDate?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
};

export type UpstreamGaps = {
  __typename?: 'UpstreamGaps';
  /** FEEDS edges among the product and its upstream links. */
  edges: Array<Feed>;
  /** The WEAK and MISSING upstream links, highest priority first (or nearest first), with candidates to invite. */
  gaps: Array<Gap>;
  /** Leads per upstream link in the scope (links without leads are left out). */
  leadCounts: Array<LeadCount>;
  /** At most this many upstream links are returned, the nearest first (national-scale product webs are huge). */
  limit: Scalars['Int']['output'];
  maxDepth: Scalars['Int']['output'];
  /** Every link upstream (up to `limit`), nearest first. */
  nodes: Array<UpstreamNode>;
  product: Product;
  scope: Scope;
  /** True when more links lie upstream within maxDepth than `limit`: the farthest ones are left out. */
  truncated: Scalars['Boolean']['output'];
};

export type UpstreamNode = {
  __typename?: 'UpstreamNode';
  /** Shortest number of FEEDS steps to the product. */
  distance: Scalars['Int']['output'];
  product: ProductRef;
  reason: StatusReason;
  status: LinkStatus;
};

export type YearValue = {
  __typename?: 'YearValue';
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type Zone = {
  __typename?: 'Zone';
  /** Status counts of the chains of the zone's focus industries, in this zone's scope. */
  chainGaps: Array<ChainGapCount>;
  /** How many zones lie directly under it (the scope tree's expand toggle). */
  childCount: Scalars['Int']['output'];
  children: Array<Zone>;
  /** GB/T 2260 code of a region (省/市/区县, e.g. 500110); null for a plan's own zones. */
  code?: Maybe<Scalars['String']['output']>;
  /**
   * The zones inside it at any depth, itself not included (the lead form offers a district's), at most `first`
   * (1–500): level by level (its children, then theirs), by id within a level, so every zone listed has its parent
   * listed too (or is a child of this zone). A province holds thousands: the rest are found with zoneSearch.
   */
  descendants: Array<Zone>;
  description?: Maybe<Scalars['String']['output']>;
  /** Local enterprises located in the zone or the zones inside it. */
  enterpriseCount: Scalars['Int']['output'];
  /**
   * The industries the plan names for this zone (主导产业); for a district that the plan names none for, the industries
   * of its current plan.
   */
  focusIndustries: Array<Industry>;
  /**
   * The gaps of those chains in this zone's scope, each link once (its first chain): highest priority first, or in
   * chain order (DISTANCE). At most `first` (1–100).
   */
  gaps: Array<ZoneGap>;
  id: Scalars['ID']['output'];
  /** Industries whose 专栏 names this zone as 重点区域. */
  keyFor: Array<Industry>;
  /** A plan's zone kind (高新区, 组团, 园区, 镇街, 其他) or a region's (省, 市, 区县). */
  kind: Scalars['String']['output'];
  /** The newest audit entry of this entity; null when never edited. */
  lastChange?: Maybe<AuditEntry>;
  name: Scalars['String']['output'];
  /** 2025 output target, 亿元. */
  output2025?: Maybe<Scalars['Float']['output']>;
  parent?: Maybe<Zone>;
  /**
   * A region's own plans (a 区县's, or a 市's or 省's that owns one), latest period first, the current one marked;
   * empty for any other zone.
   */
  plans: Array<Plan>;
  projects: Array<Project>;
  /** How many links the plans in this zone's scope name as ones to bring in (soughtLinks lists at most `first`). */
  soughtLinkCount: Scalars['Int']['output'];
  /**
   * The links the plans of this zone's district (a region: of the districts inside it) name as ones to bring in
   * (规划点名引进: 重点引进…, 补齐…): what the plan asked for, to check against what the zone holds now. One per link, with
   * every district asking for it; the links the most districts ask for first, then by name; at most `first` (1–100,
   * soughtLinkCount says how many there are — a province of the national graph holds hundreds). Each link has this zone
   * as its scope (its status, reason and priority here).
   */
  soughtLinks: Array<SoughtLink>;
  sources: Array<Source>;
  /** True when updatedAt is more than STALE_AFTER_MONTHS (default 24) months ago. */
  stale: Scalars['Boolean']['output'];
  /** Every target of every plan, by year. */
  targets: Array<Target>;
  /** When the facts were last confirmed: the last edit, else the date the plan was issued. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  /** 2025 value-added target, 亿元. */
  valueAdded2025?: Maybe<Scalars['Float']['output']>;
};


export type ZoneDescendantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ZoneGapsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<GapSort>;
};


export type ZoneSoughtLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A gap of one of a zone's chains. */
export type ZoneGap = {
  __typename?: 'ZoneGap';
  chain: ChainRef;
  link: ChainLink;
};

/** The scope tree's search: the matching zones and the zones above them. */
export type ZoneSearch = {
  __typename?: 'ZoneSearch';
  /** Every zone above a match that is not itself a match (the tree's path to each match). */
  ancestors: Array<Zone>;
  /** At most `first`, best first. */
  matches: Array<Zone>;
  /** True when more zones match than were returned. */
  truncated: Scalars['Boolean']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alias: ResolverTypeWrapper<Alias>;
  AliasSource: AliasSource;
  AliasSuggestion: ResolverTypeWrapper<AliasSuggestion>;
  AliasSuggestions: ResolverTypeWrapper<AliasSuggestions>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Candidate: ResolverTypeWrapper<CandidateModel>;
  CandidateKind: CandidateKind;
  Capacity: ResolverTypeWrapper<Capacity>;
  Chain: ResolverTypeWrapper<ChainModel>;
  ChainDistrict: ResolverTypeWrapper<ChainDistrictModel>;
  ChainGapCount: ResolverTypeWrapper<ChainGapCountModel>;
  ChainLink: ResolverTypeWrapper<LinkModel>;
  ChainRef: ResolverTypeWrapper<ChainRef>;
  ClosedGap: ResolverTypeWrapper<ClosedGap>;
  CreateEnterpriseInput: CreateEnterpriseInput;
  CreateLeadInput: CreateLeadInput;
  DistrictLink: ResolverTypeWrapper<DistrictLinkModel>;
  Document: ResolverTypeWrapper<Document>;
  Enterprise: ResolverTypeWrapper<EnterpriseModel>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  Feed: ResolverTypeWrapper<Feed>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gap: ResolverTypeWrapper<GapModel>;
  GapKind: GapKind;
  GapSort: GapSort;
  HealthMonth: ResolverTypeWrapper<HealthMonth>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  Industry: ResolverTypeWrapper<IndustryModel>;
  IndustryTarget: ResolverTypeWrapper<IndustryTarget>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadCount: ResolverTypeWrapper<LeadCountModel>;
  LeadStage: LeadStage;
  LeadStageCount: ResolverTypeWrapper<LeadStageCount>;
  LinkAlias: ResolverTypeWrapper<LinkAlias>;
  LinkStatus: LinkStatus;
  MatchedPoolName: ResolverTypeWrapper<MatchedPoolName>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedRef: ResolverTypeWrapper<NamedRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Place: ResolverTypeWrapper<Place>;
  Plan: ResolverTypeWrapper<PlanModel>;
  PlanComparison: ResolverTypeWrapper<Omit<PlanComparison, 'from' | 'to'> & { from: ResolversTypes['Plan'], to: ResolversTypes['Plan'] }>;
  PlanLinkChange: ResolverTypeWrapper<PlanLinkChange>;
  Priority: ResolverTypeWrapper<Omit<Priority, 'parts'> & { parts: Array<ResolversTypes['PriorityPart']> }>;
  PriorityPart: ResolverTypeWrapper<PriorityPartValue>;
  PriorityPartKind: PriorityPartKind;
  PriorityTier: PriorityTier;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductRef: ResolverTypeWrapper<ProductRef>;
  Project: ResolverTypeWrapper<ProjectModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Scope: ResolverTypeWrapper<ScopeModel>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchKind: SearchKind;
  SoughtLink: ResolverTypeWrapper<SoughtLinkModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  StatusCounts: ResolverTypeWrapper<StatusCounts>;
  StatusReason: ResolverTypeWrapper<ReasonModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Target: ResolverTypeWrapper<Target>;
  TargetChange: ResolverTypeWrapper<TargetChange>;
  TargetMetric: TargetMetric;
  TargetOwnerKind: TargetOwnerKind;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  UpdateLeadInput: UpdateLeadInput;
  UpstreamGaps: ResolverTypeWrapper<UpstreamModel>;
  UpstreamNode: ResolverTypeWrapper<UpstreamNodeModel>;
  YearValue: ResolverTypeWrapper<YearValue>;
  Zone: ResolverTypeWrapper<ZoneModel>;
  ZoneGap: ResolverTypeWrapper<ZoneGapModel>;
  ZoneSearch: ResolverTypeWrapper<Omit<ZoneSearch, 'ancestors' | 'matches'> & { ancestors: Array<ResolversTypes['Zone']>, matches: Array<ResolversTypes['Zone']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alias: Alias;
  AliasSuggestion: AliasSuggestion;
  AliasSuggestions: AliasSuggestions;
  AuditEntry: AuditEntry;
  Boolean: Scalars['Boolean']['output'];
  Candidate: CandidateModel;
  Capacity: Capacity;
  Chain: ChainModel;
  ChainDistrict: ChainDistrictModel;
  ChainGapCount: ChainGapCountModel;
  ChainLink: LinkModel;
  ChainRef: ChainRef;
  ClosedGap: ClosedGap;
  CreateEnterpriseInput: CreateEnterpriseInput;
  CreateLeadInput: CreateLeadInput;
  DistrictLink: DistrictLinkModel;
  Document: Document;
  Enterprise: EnterpriseModel;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  Feed: Feed;
  Float: Scalars['Float']['output'];
  Gap: GapModel;
  HealthMonth: HealthMonth;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorModel;
  Industry: IndustryModel;
  IndustryTarget: IndustryTarget;
  Int: Scalars['Int']['output'];
  Lead: LeadModel;
  LeadCount: LeadCountModel;
  LeadStageCount: LeadStageCount;
  LinkAlias: LinkAlias;
  MatchedPoolName: MatchedPoolName;
  Mutation: Record<PropertyKey, never>;
  NamedRef: NamedRef;
  PageInfo: PageInfo;
  Place: Place;
  Plan: PlanModel;
  PlanComparison: Omit<PlanComparison, 'from' | 'to'> & { from: ResolversParentTypes['Plan'], to: ResolversParentTypes['Plan'] };
  PlanLinkChange: PlanLinkChange;
  Priority: Omit<Priority, 'parts'> & { parts: Array<ResolversParentTypes['PriorityPart']> };
  PriorityPart: PriorityPartValue;
  Product: ProductModel;
  ProductRef: ProductRef;
  Project: ProjectModel;
  Query: Record<PropertyKey, never>;
  Scope: ScopeModel;
  SearchHit: SearchHit;
  SoughtLink: SoughtLinkModel;
  Source: SourceModel;
  StatusCounts: StatusCounts;
  StatusReason: ReasonModel;
  String: Scalars['String']['output'];
  Target: Target;
  TargetChange: TargetChange;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  UpdateLeadInput: UpdateLeadInput;
  UpstreamGaps: UpstreamModel;
  UpstreamNode: UpstreamNodeModel;
  YearValue: YearValue;
  Zone: ZoneModel;
  ZoneGap: ZoneGapModel;
  ZoneSearch: Omit<ZoneSearch, 'ancestors' | 'matches'> & { ancestors: Array<ResolversParentTypes['Zone']>, matches: Array<ResolversParentTypes['Zone']> };
};

export type AliasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  link?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AliasSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AliasSuggestion'] = ResolversParentTypes['AliasSuggestion']> = {
  examples?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mainFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spellings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AliasSuggestionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AliasSuggestions'] = ResolversParentTypes['AliasSuggestions']> = {
  aliases?: Resolver<Array<ResolversTypes['LinkAlias']>, ParentType, ContextType>;
  broader?: Resolver<Array<ResolversTypes['AliasSuggestion']>, ParentType, ContextType>;
  broaderTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['MatchedPoolName']>, ParentType, ContextType>;
  matchedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['AliasSuggestion']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = {
  district?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  fit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  folded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type CapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = {
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = {
  counts?: Resolver<ResolversTypes['StatusCounts'], ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['ChainDistrict']>, ParentType, ContextType>;
  entered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expression?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feeds?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  health?: Resolver<Array<ResolversTypes['HealthMonth']>, ParentType, ContextType, RequireFields<ChainHealthArgs, 'months'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastChange?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  leadCounts?: Resolver<Array<ResolversTypes['LeadCount']>, ParentType, ContextType>;
  leader?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Scope'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChainDistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainDistrict'] = ResolversParentTypes['ChainDistrict']> = {
  counts?: Resolver<ResolversTypes['StatusCounts'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
  inPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['DistrictLink']>, ParentType, ContextType>;
};

export type ChainGapCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainGapCount'] = ResolversParentTypes['ChainGapCount']> = {
  chain?: Resolver<ResolversTypes['ChainRef'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['StatusCounts'], ParentType, ContextType>;
};

export type ChainLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainLink'] = ResolversParentTypes['ChainLink']> = {
  breaksChain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  gapKind?: Resolver<Maybe<ResolversTypes['GapKind']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StatusReason'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['ChainRef']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
};

export type ChainRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainRef'] = ResolversParentTypes['ChainRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClosedGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClosedGap'] = ResolversParentTypes['ClosedGap']> = {
  before?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newFacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  now?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
};

export type DistrictLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictLink'] = ResolversParentTypes['DistrictLink']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  strongIn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  lastChange?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producesSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['ProductRef']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statedProducts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetFor?: Resolver<Array<ResolversTypes['ProductRef']>, ParentType, ContextType>;
  targetForChains?: Resolver<Array<ResolversTypes['ChainRef']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
};

export type EnterpriseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnterpriseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
};

export type FeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = {
  chains?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = {
  breaksChain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  candidatesListed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  otherDistrictCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StatusReason'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
};

export type HealthMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthMonth'] = ResolversParentTypes['HealthMonth']> = {
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strong?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weak?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  baseline2020?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cumulative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  target2025?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target2025Value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  chains?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  focusZones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyZones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output2025?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  valueAdded2025?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IndustryTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryTarget'] = ResolversParentTypes['IndustryTarget']> = {
  industry?: Resolver<ResolversTypes['NamedRef'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueAdded?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  capacityUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['ChainRef']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firm?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  firmName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  linkStatus?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  nextStep?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextStepDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LeadStage'], ParentType, ContextType>;
  stageChangedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
};

export type LeadCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadCount'] = ResolversParentTypes['LeadCount']> = {
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['LeadStageCount']>, ParentType, ContextType>;
};

export type LeadStageCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadStageCount'] = ResolversParentTypes['LeadStageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LeadStage'], ParentType, ContextType>;
};

export type LinkAliasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkAlias'] = ResolversParentTypes['LinkAlias']> = {
  addedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AliasSource'], ParentType, ContextType>;
};

export type MatchedPoolNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchedPoolName'] = ResolversParentTypes['MatchedPoolName']> = {
  examples?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAlias?: Resolver<ResolversTypes['Alias'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'link' | 'pool'>>;
  createEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationCreateEnterpriseArgs, 'input'>>;
  createLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  moveLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationMoveLeadArgs, 'id' | 'reason' | 'stage'>>;
  removeAlias?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveAliasArgs, 'pool'>>;
  setChainLeader?: Resolver<ResolversTypes['Chain'], ParentType, ContextType, RequireFields<MutationSetChainLeaderArgs, 'chain' | 'leader'>>;
  setProjectStatus?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationSetProjectStatusArgs, 'id' | 'status'>>;
  setZoneTargets?: Resolver<ResolversTypes['Zone'], ParentType, ContextType, RequireFields<MutationSetZoneTargetsArgs, 'id' | 'output2025' | 'valueAdded2025'>>;
  updateEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationUpdateEnterpriseArgs, 'id' | 'input'>>;
  updateLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'id' | 'input'>>;
};

export type NamedRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NamedRef'] = ResolversParentTypes['NamedRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  chainCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['NamedRef'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industryTargets?: Resolver<Array<ResolversTypes['IndustryTarget']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanComparison'] = ResolversParentTypes['PlanComparison']> = {
  chainsAdded?: Resolver<Array<ResolversTypes['ChainRef']>, ParentType, ContextType>;
  chainsDropped?: Resolver<Array<ResolversTypes['ChainRef']>, ParentType, ContextType>;
  chainsNotRestated?: Resolver<Array<ResolversTypes['ChainRef']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  gapsClosed?: Resolver<Array<ResolversTypes['ClosedGap']>, ParentType, ContextType>;
  linksAdded?: Resolver<Array<ResolversTypes['PlanLinkChange']>, ParentType, ContextType>;
  linksDropped?: Resolver<Array<ResolversTypes['PlanLinkChange']>, ParentType, ContextType>;
  targetsChanged?: Resolver<Array<ResolversTypes['TargetChange']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type PlanLinkChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanLinkChange'] = ResolversParentTypes['PlanLinkChange']> = {
  chain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
};

export type PriorityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  parts?: Resolver<Array<ResolversTypes['PriorityPart']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PriorityTier'], ParentType, ContextType>;
};

export type PriorityPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriorityPart'] = ResolversParentTypes['PriorityPart']> = {
  part?: Resolver<ResolversTypes['PriorityPartKind'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  breaksChain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['ChainRef']>, ParentType, ContextType>;
  downstream?: Resolver<Array<ResolversTypes['ProductRef']>, ParentType, ContextType>;
  gapKind?: Resolver<Maybe<ResolversTypes['GapKind']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  producerTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  producers?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StatusReason'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Scope'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  upstream?: Resolver<Array<ResolversTypes['ProductRef']>, ParentType, ContextType>;
};

export type ProductRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductRef'] = ResolversParentTypes['ProductRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  capacities?: Resolver<Array<ResolversTypes['Capacity']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  investmentUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  investmentValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastChange?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['ProductRef']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  aliasSuggestions?: Resolver<ResolversTypes['AliasSuggestions'], ParentType, ContextType, RequireFields<QueryAliasSuggestionsArgs, 'first' | 'link'>>;
  audit?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditArgs, 'first'>>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType, RequireFields<QueryChainArgs, 'id'>>;
  chains?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType, Partial<QueryChainsArgs>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QueryEnterprisesArgs, 'first'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<Array<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadsArgs, 'first'>>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<QueryPlanArgs, 'id'>>;
  planComparison?: Resolver<ResolversTypes['PlanComparison'], ParentType, ContextType, RequireFields<QueryPlanComparisonArgs, 'from' | 'to'>>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType, Partial<QueryPlansArgs>>;
  poolLoaded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  scope?: Resolver<ResolversTypes['Scope'], ParentType, ContextType, Partial<QueryScopeArgs>>;
  scopeTree?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType, Partial<QueryScopeTreeArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  upstreamGaps?: Resolver<ResolversTypes['UpstreamGaps'], ParentType, ContextType, RequireFields<QueryUpstreamGapsArgs, 'listOtherDistricts' | 'maxDepth' | 'product' | 'sort'>>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType, RequireFields<QueryZoneArgs, 'id'>>;
  zoneChildren?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType, Partial<QueryZoneChildrenArgs>>;
  zoneSearch?: Resolver<ResolversTypes['ZoneSearch'], ParentType, ContextType, RequireFields<QueryZoneSearchArgs, 'first' | 'query'>>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
};

export type ScopeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Scope'] = ResolversParentTypes['Scope']> = {
  district?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  zoneIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  chain?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type SoughtLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SoughtLink'] = ResolversParentTypes['SoughtLink']> = {
  district?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['ProductRef']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCounts'] = ResolversParentTypes['StatusCounts']> = {
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strong?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weak?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusReason'] = ResolversParentTypes['StatusReason']> = {
  producerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  producers?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  output?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueAdded?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetChange'] = ResolversParentTypes['TargetChange']> = {
  from?: Resolver<Maybe<ResolversTypes['YearValue']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['NamedRef'], ParentType, ContextType>;
  ownerKind?: Resolver<ResolversTypes['TargetOwnerKind'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['YearValue']>, ParentType, ContextType>;
};

export type UpstreamGapsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpstreamGaps'] = ResolversParentTypes['UpstreamGaps']> = {
  edges?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  leadCounts?: Resolver<Array<ResolversTypes['LeadCount']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UpstreamNode']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Scope'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpstreamNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpstreamNode'] = ResolversParentTypes['UpstreamNode']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductRef'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StatusReason'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
};

export type YearValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearValue'] = ResolversParentTypes['YearValue']> = {
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ZoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone']> = {
  chainGaps?: Resolver<Array<ResolversTypes['ChainGapCount']>, ParentType, ContextType>;
  childCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descendants?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType, RequireFields<ZoneDescendantsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterpriseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  focusIndustries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['ZoneGap']>, ParentType, ContextType, RequireFields<ZoneGapsArgs, 'first' | 'sort'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyFor?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastChange?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output2025?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  soughtLinkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  soughtLinks?: Resolver<Array<ResolversTypes['SoughtLink']>, ParentType, ContextType, RequireFields<ZoneSoughtLinksArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueAdded2025?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ZoneGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ZoneGap'] = ResolversParentTypes['ZoneGap']> = {
  chain?: Resolver<ResolversTypes['ChainRef'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ChainLink'], ParentType, ContextType>;
};

export type ZoneSearchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ZoneSearch'] = ResolversParentTypes['ZoneSearch']> = {
  ancestors?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alias?: AliasResolvers<ContextType>;
  AliasSuggestion?: AliasSuggestionResolvers<ContextType>;
  AliasSuggestions?: AliasSuggestionsResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainDistrict?: ChainDistrictResolvers<ContextType>;
  ChainGapCount?: ChainGapCountResolvers<ContextType>;
  ChainLink?: ChainLinkResolvers<ContextType>;
  ChainRef?: ChainRefResolvers<ContextType>;
  ClosedGap?: ClosedGapResolvers<ContextType>;
  DistrictLink?: DistrictLinkResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  HealthMonth?: HealthMonthResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryTarget?: IndustryTargetResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadCount?: LeadCountResolvers<ContextType>;
  LeadStageCount?: LeadStageCountResolvers<ContextType>;
  LinkAlias?: LinkAliasResolvers<ContextType>;
  MatchedPoolName?: MatchedPoolNameResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedRef?: NamedRefResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanComparison?: PlanComparisonResolvers<ContextType>;
  PlanLinkChange?: PlanLinkChangeResolvers<ContextType>;
  Priority?: PriorityResolvers<ContextType>;
  PriorityPart?: PriorityPartResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductRef?: ProductRefResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Scope?: ScopeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SoughtLink?: SoughtLinkResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StatusCounts?: StatusCountsResolvers<ContextType>;
  StatusReason?: StatusReasonResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetChange?: TargetChangeResolvers<ContextType>;
  UpstreamGaps?: UpstreamGapsResolvers<ContextType>;
  UpstreamNode?: UpstreamNodeResolvers<ContextType>;
  YearValue?: YearValueResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
  ZoneGap?: ZoneGapResolvers<ContextType>;
  ZoneSearch?: ZoneSearchResolvers<ContextType>;
};

