/**
 * The plan-import contract between the review screen (client/src/import/) and the server (server/extract/,
 * server/imports/): POST /imports/extract answers an ExtractResponse; POST /imports/commit takes an
 * ImportCommitInput (checked by the zod schema in server/imports/plan.ts) and answers an ImportReport.
 *
 * Shapes of a draft extraction. Spans are [start, end) offsets into the normalised text (line breaks removed).
 */
import type { ProjectStatus } from './project.ts';

export interface Span {
  start: number;
  end: number;
}

export interface ChainCandidate extends Span {
  /** Stages in order; each stage lists its parallel links (、), alternatives (/) or co-products (+). */
  stages: string[][];
  /** The chain as written (the span's text). */
  expression: string;
  /** The sentence the chain sits in. */
  quote: string;
  /** Nearest preceding heading (第X章 / 一、 / （一） / 1. / 专栏 N), '' when none. */
  section: string;
  /** Headings from the chapter down to `section`. */
  sectionPath: string[];
  /** Whether the chain was written inside quotation marks. */
  quoted: boolean;
  /** How sure the extractor is (0–1); the review screen shows the least sure first. */
  confidence: number;
  /** The features that decided the confidence, for the reviewer (Chinese). */
  reasons: string[];
}

export interface Rejected extends Span {
  text: string;
  reason: string;
}

export interface Mention extends Span {
  name: string;
  quote: string;
}

export interface ZoneMention extends Mention {
  /** The suffix that marks it: 组团, 园区, 产业园, 开发区 … */
  kind: string;
}

export interface EnterpriseMention extends Mention {
  /** How it was recognised: a company suffix, or a short name listed after 依托/聚焦/推动/引进/引导. */
  via: 'suffix' | 'listed';
}

export interface ProjectMention extends Mention {
  value: number;
  unit: string;
}

export interface Extraction {
  chains: ChainCandidate[];
  rejected: Rejected[];
  zones: ZoneMention[];
  enterprises: EnterpriseMention[];
  projects: ProjectMention[];
  /** The whole plan as facts to review (district, zones with parents, industries with targets, firms, projects). */
  facts: PlanFacts;
}

/** The kinds of plan facts the review lists besides chains, in the order the screen shows them. */
export const FACT_KINDS = [
  'districtTargets',
  'zones',
  'industries',
  'firms',
  'targets',
  'projects',
  'sought',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The district a plan belongs to, proposed from its title and text; the reviewer confirms or changes it. */
export interface DistrictProposal extends Span {
  /**
   * The name as GB/T 2260 writes it: a county-level unit's (綦江区, 西丰县, 余姚市) or, for a text that speaks as a
   * prefecture-level city, the city's (泸州市, 锡林郭勒盟).
   */
  name: string;
  /**
   * '市' when the name is a prefecture-level city's (also 州, 地区, 盟: the text speaks as the city); absent for a
   * county-level unit (区县), so that a county's proposal reads as it did before cities were proposed.
   */
  kind?: '市';
  quote: string;
  /** Where it was read: the title (file name or first line) or, failing that, the most frequent in the text. */
  from: 'title' | 'text';
  /** How often the name (or its base, 綦江) appears in the text. */
  count: number;
}

/** A plan's target for a year: output (产值) and value added (增加值), in 亿元. */
export interface YearTarget {
  year: number | null;
  output: number | null;
  valueAdded: number | null;
  quote: string;
  start: number;
}

/** A target of the whole district (not of one zone or industry) for a year the plan states. */
export interface DistrictTargetFact extends YearTarget, Span {
  year: number;
  /** The words of its first figure as the plan writes them (全县工业总产值达到120亿), for the review to mark. */
  name: string;
}

export interface ZoneFact extends Mention {
  /** 开发区, 高新区, 组团, 园区, 产业园, 镇街 … */
  kind: string;
  /** The name of the zone it is part of, null for the district itself. */
  parent: string | null;
  target: YearTarget | null;
}

export interface IndustryFact extends Mention {
  target: YearTarget | null;
}

/** A local enterprise, with the zone it is in and the products the text says it makes. */
export interface FirmFact extends Mention {
  zone: string | null;
  products: string[];
  /** Other sentences that name the same firm, under another spelling (友利森 of 友利森汽车): each a source too. */
  also?: QuoteAt[];
}

/** An outside firm named as an investment target (招引对象), with the link (product) it is wanted for. */
export interface TargetFact extends Mention {
  link: string | null;
}

/** A project with its capacity (value + unit), product, zone, firm and the link it builds. */
export interface ProjectFact extends Mention {
  value: number | null;
  unit: string | null;
  product: string | null;
  zone: string | null;
  enterprise: string | null;
  link: string | null;
  /** Where the project stands when its sentence states it as a fact (已建成投产 → 投产); null for a goal or none. */
  status: ProjectStatus | null;
  /** The words that decided the status (for the review to show). */
  statusWords: string | null;
}

/**
 * A link the plan says it will bring in (规划点名引进的环节: 重点引进…正极材料生产企业): `name` is the link as the graph
 * stores it (simplified script), `start` where the plan names it, `quote` its sentence.
 */
export interface SoughtFact extends Mention {
  /** The words that made it: 引进, 招引, 补齐, 缺少 … */
  cue: string;
  /** True when the name is a link of the graph's chains (the upload's lexicon), not of the plan's own chains. */
  graph?: true;
}

/**
 * An item the plan says it will bring in that is no link of the plan's chains nor of the graph's (规划提出引进、尚无对应
 * 环节: 拟在铝用阳极炭块、铝塑复合板等方面引进项目): `name` the item as the list writes it (simplified script), `quote` its
 * sentence. The review offers it as a new link of a chain the reviewer picks.
 */
export interface WantedFact extends Mention {
  cue: string;
}

/**
 * A list of chains the plan names (规划点名的产业链: 调整后的10条产业链是:白酒、能源…): `names` the chains as the list writes
 * them (simplified script, 产业链 and a (含…) note dropped), `start`/`end` the list in the text, `quote` its sentence,
 * `cue` the chain word that makes it a list of chains (10条产业链, 8条重点产业链, 等卓越型产业链). The list states no links:
 * the review offers each name as a draft chain whose links the reviewer enters.
 */
export interface NamedChainsFact extends Span {
  names: string[];
  quote: string;
  cue: string;
}

export interface PlanFacts {
  district: DistrictProposal | null;
  /** The whole district's targets (全县工业总产值…), at most one per year, each with its sentence. */
  districtTargets: DistrictTargetFact[];
  zones: ZoneFact[];
  industries: IndustryFact[];
  firms: FirmFact[];
  targets: TargetFact[];
  projects: ProjectFact[];
  /** Links of the plan's chains that the plan says it will bring in, one per link and sentence. */
  sought: SoughtFact[];
  /** Products a recruit word names (in a list or 在…等方面 frame) that are no link anywhere; kept out of `sought`. */
  wanted: WantedFact[];
  /** Lists of chains the plan names without their links, one per list. */
  namedChains: NamedChainsFact[];
  /** For each chain (same index as `chains`), the industry whose heading it sits under, or null. */
  chainIndustry: (string | null)[];
}

/** How the uploaded file was decoded. */
export type InputFormat = 'utf-8' | 'gb18030' | 'docx' | 'pdf';

/** POST /imports/extract?name=<file name> → the draft; nothing is written. */
export interface ExtractResponse extends Extraction {
  /** The title proposed for the plan: the text's own (《…规划》, a plan heading, its first line), else the file name. */
  title: string;
  /** Where `title` was read: the text, or the file name (the text gives none). */
  titleFrom: 'text' | 'file';
  format: InputFormat;
  /** The decoded text, kept for the commit's line numbers. */
  text: string;
  /** The text with line breaks removed: what the spans point into. */
  normalised: string;
  /** For a text in traditional script: `normalised` in simplified script, character for character (same offsets). */
  simplified?: string;
}

/** A chain the reviewer accepted (possibly edited). */
export interface ImportChain {
  name: string;
  expression: string;
  /** At least two stages, each with at least one link. */
  stages: string[][];
  quote: string;
  start: number;
  section?: string;
  /** Link name → id of an existing Product it is the same as. */
  mapTo?: Record<string, string>;
  /** The name of the industry (in `industries`) it belongs to; the document's own industry when absent. */
  industry?: string;
  /**
   * The reviewer entered the stages, reading them from `quote` (a chain the plan states in prose, which the
   * extractor did not find): the chain page says so instead of calling `expression` the plan's own writing.
   */
  entered?: boolean;
}

/** How an entered chain is labelled wherever it is shown (chain page, briefing): one wording for both sides. */
export const ENTERED_CHAIN = {
  label: '依据原文录入',
  hint: '规划原文未以“甲—乙—丙”写出此链，环节由导入时的审核人依据原文句子录入；出处见“规划原文”。',
} as const;

/** What every reviewed fact carries: its name and the sentence it was read from. */
/** A sentence of the plan and where it starts in the normalised text. */
export interface QuoteAt {
  quote: string;
  start: number;
}

interface ImportFact extends QuoteAt {
  name: string;
}

export interface ImportZone extends ImportFact {
  kind: string;
  /** A zone of this review or of the district; null/absent = the district itself. */
  parent?: string | null;
  year?: number | null;
  output?: number | null;
  valueAdded?: number | null;
}

export interface ImportIndustry extends ImportFact {
  year?: number | null;
  output?: number | null;
  valueAdded?: number | null;
}

export interface ImportFirm extends ImportFact {
  /** A zone of this review or of the district; absent = located in the district itself. */
  zone?: string | null;
  /** Products (link names) it makes. */
  products?: string[];
  /** Other sentences naming it (another spelling): committed as sources of the firm too. */
  also?: QuoteAt[];
}

export interface ImportTarget extends ImportFact {
  /** The link (product name) the firm is wanted for. */
  link: string;
}

export interface ImportProject extends ImportFact {
  value?: number | null;
  /** Required with a value: 万吨/年, MW … */
  unit?: string | null;
  product?: string | null;
  zone?: string | null;
  enterprise?: string | null;
  /** The link (product name) it builds; defaults to `product`. */
  link?: string | null;
  /** Where it stands, as the reviewer kept or set it; null/absent = 状态未载明 (an existing status is kept). */
  status?: ProjectStatus | null;
  /** The words of the text that gave the status (已建成投产): shown in the review, not written to the graph. */
  statusWords?: string | null;
}

/** A link the plan says it will bring in, as the reviewer kept it: a link of an accepted chain or of the graph. */
export type ImportSought = ImportFact;

/** A target of the whole district for one year, as the reviewer kept or corrected it (at most one per year). */
export interface ImportDistrictTarget extends QuoteAt {
  year: number;
  output?: number | null;
  valueAdded?: number | null;
}

/** POST /imports/commit: the document and the chains the reviewer accepted. */
export interface ImportCommitInput {
  title: string;
  text: string;
  industry?: string;
  /** The district (区县) the plan belongs to, as the reviewer confirmed it; needed for every fact but chains. */
  district?: string;
  /** Province or city to tell apart districts of the same name (朝阳区). */
  districtHint?: string;
  chains: ImportChain[];
  /** The district's own targets (全县工业总产值…): the district gets them, with their sentences. */
  districtTargets?: ImportDistrictTarget[];
  zones?: ImportZone[];
  industries?: ImportIndustry[];
  firms?: ImportFirm[];
  targets?: ImportTarget[];
  projects?: ImportProject[];
  /** Links the plan says it will bring in: the district SEEKS each (a Product), citing the sentence. */
  sought?: ImportSought[];
  /** How many candidates the reviewer did not accept. */
  skipped?: number;
  /** How many facts of each kind the reviewer dropped. */
  skippedFacts?: Partial<Record<FactKind, number>>;
}

/** Added (new node), merged (a node of that name was already in the district) and skipped, per kind. */
export interface KindReport {
  added: string[];
  merged: string[];
  skipped: number;
}

/** The answer of POST /imports/commit. */
export interface ImportReport {
  documentId: string;
  chainsAdded: string[];
  chainsUnchanged: string[];
  productsAdded: string[];
  productsMerged: string[];
  skipped: number;
  /** The first accepted chain, to open after the import. */
  firstChainId: string | null;
  /** The district the plan was committed to, when one was given. */
  district: { id: string; name: string; code: string } | null;
  facts: Record<FactKind, KindReport>;
  /**
   * The national pool (全国上市公司招引池) after the commit re-matched it to the links: the pool firms whose main
   * products match one of the plan's links, in all and per link (most first). Null when the graph has no pool, and
   * on a dry run.
   */
  pool: PoolMatchReport | null;
}

export interface PoolMatchReport {
  firms: number;
  links: { name: string; firms: number }[];
}
export * from './withdraw.ts';
