/** Shapes of a draft extraction. Spans are [start, end) offsets into the normalised text (line breaks removed). */

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
