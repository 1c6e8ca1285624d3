/**
 * The plan-import contract between the review screen (client/src/import/) and the server (server/extract/,
 * server/imports/): POST /imports/extract answers an ExtractResponse; POST /imports/commit takes an
 * ImportCommitInput (checked by the zod schema in server/imports/plan.ts) and answers an ImportReport.
 *
 * Shapes of a draft extraction. Spans are [start, end) offsets into the normalised text (line breaks removed).
 */

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
}

/** How the uploaded file was decoded. */
export type InputFormat = 'utf-8' | 'gb18030' | 'docx' | 'pdf';

/** POST /imports/extract?name=<file name> → the draft; nothing is written. */
export interface ExtractResponse extends Extraction {
  /** The file name without its extension. */
  title: string;
  format: InputFormat;
  /** The decoded text, kept for the commit's line numbers. */
  text: string;
  /** The text with line breaks removed: what the spans point into. */
  normalised: string;
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
}

/** POST /imports/commit: the document and the chains the reviewer accepted. */
export interface ImportCommitInput {
  title: string;
  text: string;
  industry?: string;
  chains: ImportChain[];
  /** How many candidates the reviewer did not accept. */
  skipped?: number;
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
}
