/**
 * The briefing (链长简报) of one chain in one scope: every fact the Markdown, .docx and SVG outputs and the
 * printable page (client/src/briefing/) show. The contract of GET /briefings/<chain>.json.
 */
import type { CandidateKind } from './candidate.ts';
import type { LeadStage } from './lead.ts';
import type { GapKind, Priority, PriorityPartValue } from './priority.ts';
import type { LinkStatus } from './status.ts';

/** A quote of the plan, numbered [n] in order of first citation. */
export interface BriefingSource {
  n: number;
  id: string;
  section: string;
  quote: string;
}

export interface ZoneTarget {
  name: string;
  output2025: number | null;
  valueAdded2025: number | null;
  cites: number[];
}

/**
 * The industry's target as the briefing states it (without citations): its plan's year and only the figures the
 * plan gives, or that it gives none — never another plan's year or a figure as “—”.
 */
export function industryTargetText(industry: string, t: Briefing['targets']): string {
  const figures = [
    t.output !== null && `产值 ${t.output} 亿元`,
    t.valueAdded !== null && `增加值 ${t.valueAdded} 亿元`,
  ].filter(Boolean);
  if (t.year === null || figures.length === 0) return `${industry}产业目标：规划未载明产值`;
  return `${industry}产业 ${t.year} 年目标：${figures.join('，')}`;
}

/** How old a fact is: `stale` when older than STALE_AFTER_MONTHS (see docs/EDITING.md). */
export interface Freshness {
  stale?: boolean;
  /** YYYY-MM-DD of the last change (or of the plan, for seeded facts). */
  updatedAt?: string | null;
}

export interface BriefingProducer extends Freshness {
  name: string;
  zone: string | null;
  cites: number[];
}

export interface BriefingProject extends Freshness {
  name: string;
  /** e.g. "11 万吨/年" or "5 万吨 铝锭" (the product named when it is not the link); '' when none is given. */
  capacity: string;
  status: string | null;
  zone: string | null;
  cites: number[];
}

export interface BriefingLink {
  id: string;
  name: string;
  /** 1-based, upstream first. */
  stage: number;
  status: LinkStatus;
  summary: string;
  producers: BriefingProducer[];
  projects: BriefingProject[];
}

/** A candidate as the explorer lists it (the same ranked list, server/domain/gaps.ts): only the unfolded ones. */
export interface BriefingCandidate {
  kind: CandidateKind;
  name: string;
  reason: string;
  /** Where it is (e.g. 江苏省苏州市), when the data says. */
  place: string | null;
  cites: number[];
}

/** A part of a gap's priority, with the footnotes of the sentences it quotes (规划引进: the plan's). */
export interface BriefingPriorityPart extends Omit<PriorityPartValue, 'sources'> {
  cites: number[];
}

export interface BriefingPriority extends Omit<Priority, 'parts'> {
  parts: BriefingPriorityPart[];
}

/** A gap, in priority order (server/domain/priority.ts), with its ranked candidates. */
export interface BriefingGap {
  link: string;
  stage: number;
  status: Exclude<LinkStatus, 'STRONG'>;
  summary: string;
  kind: GapKind;
  breaksChain: boolean;
  priority: BriefingPriority;
  candidates: BriefingCandidate[];
  /** Weak or surplus matches the explorer shows under "更多" (not listed in the briefing). */
  folded: number;
}

/** A lead (招商线索) on one of the chain's links in the scope: the pipeline a chain leader follows. */
export interface BriefingLead {
  firm: string;
  link: string;
  zone: string;
  owner: string;
  stage: LeadStage;
  nextStep: string | null;
  /** YYYY-MM-DD. */
  nextStepDate: string | null;
  overdue: boolean;
  /** 亿元. */
  investment: number | null;
  /** The project a signed lead became. */
  project: string | null;
}

export interface Briefing {
  chainId: string;
  title: string;
  chainName: string;
  expression: string;
  expressionCites: number[];
  industry: string;
  /** null when no chain leader is set. */
  leader: string | null;
  scope: { zoneId: string | null; label: string };
  /** YYYY-MM-DD, China time. */
  date: string;
  targets: {
    /** The year of the industry's target in its plan (2025 of 十四五, 2026 of 秀山's plan); null: the plan gives none. */
    year: number | null;
    output: number | null;
    valueAdded: number | null;
    cites: number[];
    zones: ZoneTarget[];
  };
  links: BriefingLink[];
  feeds: { from: string; to: string }[];
  gaps: BriefingGap[];
  /** The leads on the chain's links in the scope, in pipeline order (signed last); empty when none. */
  pipeline: BriefingLead[];
  /** Whether the national pool was imported: what a gap with no candidate says (noCandidatesText). */
  poolLoaded: boolean;
  sources: BriefingSource[];
}
