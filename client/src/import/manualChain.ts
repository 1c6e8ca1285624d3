/**
 * A chain the reviewer adds by hand: many plans state a chain in prose (以电解铝为基础，发展铝合金、铝型材…) or name
 * an industry without writing its links as 甲—乙—丙, and the extractor, which reads dash-joined chains, finds none.
 * The reviewer writes the links in the review's own line syntax (stages.ts) and picks the plan's sentence that
 * states them; the chain is committed like an extracted one, with that sentence as its source, and marked as
 * entered (its stages are the reviewer's reading of the sentence, not the plan's own writing). Pure, so the screen's
 * derived state is a function of the draft and the text.
 */
import type { ImportChain, Span } from '../../../vocab/imports.ts';
import { defaultChainName, stagesToText, textToStages } from './stages.ts';

export interface ManualDraft {
  /** Empty: the default name from the first and last link. */
  name: string;
  /** Stages as one line: 甲—乙、丙—丁. */
  line: string;
  /** Start of the chosen sentence in the normalised text; null until one is chosen. */
  sentence: number | null;
  /** The name of an accepted industry of the review it belongs to; '' for the plan's unclassified group. */
  industry: string;
  /**
   * For a chain the plan names in a list (namedChains.ts): the start of the list's sentence, kept among the candidate
   * sources whatever links are typed (the list names the chain, not its links).
   */
  listed?: number;
}

export const emptyManualDraft = (): ManualDraft => ({ name: '', line: '', sentence: null, industry: '' });

export interface Sentence extends Span {
  text: string;
  /** The sentence in simplified script, for a plan written in traditional script (ExtractResponse.simplified). */
  reading?: string;
}

/** The server keeps a chain's quote to this many characters (server/imports/plan.ts). */
export const MAX_QUOTE = 2000;
/** How many sentences the reviewer chooses among. */
export const MAX_SUPPORTING = 5;

/**
 * The sentences of the normalised text (line breaks already removed): up to and including 。！？；!?; — and never
 * longer than MAX_QUOTE, so a list without full stops is cut into pieces the commit accepts. Blank pieces are left
 * out; offsets point into the text as given.
 */
export function sentencesOf(text: string, simplified?: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const [from, to] = [start + lead, start + lead + body.length];
    if (body)
      out.push({
        start: from,
        end: to,
        text: body,
        ...(simplified ? { reading: simplified.slice(from, to) } : {}),
      });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if ('。！？；!?;'.includes(text[i] ?? '')) push(i + 1);
    else if (i + 1 - start >= MAX_QUOTE) push(i + 1);
  }
  if (start < text.length) push(text.length);
  return out;
}

export interface Supporting extends Sentence {
  /** The draft's links the sentence names, in the draft's order. */
  hits: string[];
}

/**
 * The sentences that name the most of the draft's links (at least one), most first, then in text order: the
 * candidates for the chain's source. A link is named when the sentence contains it as written, or — in a plan written
 * in traditional script — its simplified reading does (the reviewer types 天然气 where the plan writes 天然氣).
 */
export function supportingSentences(
  sentences: readonly Sentence[],
  links: readonly string[],
  limit = MAX_SUPPORTING,
): Supporting[] {
  const wanted = [...new Set(links.filter((l) => l.length > 0))];
  if (wanted.length === 0) return [];
  return sentences
    .map((s) => ({ ...s, hits: wanted.filter((l) => s.text.includes(l) || s.reading?.includes(l)) }))
    .filter((s) => s.hits.length > 0)
    .sort((a, b) => b.hits.length - a.hits.length || a.start - b.start)
    .slice(0, limit);
}

/**
 * The candidate sources of a draft: the sentences naming its links and — first, for a chain the plan names in a list —
 * the list's sentence, with the links it names (perhaps none), at most `limit` in all.
 */
export function draftSentences(
  sentences: readonly Sentence[],
  draft: Pick<ManualDraft, 'listed'>,
  links: readonly string[],
  limit = MAX_SUPPORTING,
): Supporting[] {
  const named = supportingSentences(sentences, links, limit);
  const listed = sentences.find((s) => s.start === draft.listed);
  if (!listed) return named;
  const hits = [
    ...new Set(links.filter((l) => l && (listed.text.includes(l) || listed.reading?.includes(l)))),
  ];
  return [{ ...listed, hits }, ...named.filter((s) => s.start !== listed.start)].slice(0, limit);
}

/** A sentence as the review shows it: at most `width` characters around its first mark, in marked and plain pieces. */
export interface Shown {
  /** The shown part starts after the sentence's start (… before it). */
  clippedStart: boolean;
  /** The shown part ends before the sentence's end (… after it). */
  clippedEnd: boolean;
  pieces: { text: string; marked: boolean }[];
}

/**
 * The sentence with its links marked where it writes them — found in the sentence as written, else in its
 * simplified reading at the same offsets (a traditional plan's 天然氣 marked for the link 天然气); a long sentence is
 * shown from 60 characters before its first mark.
 */
export function shownSentence(sentence: Sentence, marks: readonly string[], width = 160): Shown {
  const { text } = sentence;
  const marked = new Uint8Array(text.length);
  for (const m of marks) {
    if (!m) continue;
    const within = text.includes(m) ? text : (sentence.reading ?? text);
    for (let at = within.indexOf(m); at >= 0; at = within.indexOf(m, at + m.length))
      marked.fill(1, at, at + m.length);
  }
  const first = marked.indexOf(1);
  const from = text.length > width && first > 60 ? first - 60 : 0;
  const to = Math.min(text.length, from + width);
  const pieces: Shown['pieces'] = [];
  for (let i = from; i < to; i++) {
    const on = marked[i] === 1;
    const last = pieces.at(-1);
    if (last && last.marked === on) last.text += text[i];
    else pieces.push({ text: text[i] ?? '', marked: on });
  }
  return { clippedStart: from > 0, clippedEnd: to < text.length, pieces };
}

export type ManualProblem = 'stages' | 'sentence';

/**
 * What keeps a draft from being committed: fewer than two stages, or no sentence of the text chosen (the chosen
 * one must still name one of its links — editing the links can leave it naming none).
 */
export function manualProblems(draft: ManualDraft, supporting: readonly Supporting[]): ManualProblem[] {
  const problems: ManualProblem[] = [];
  if (textToStages(draft.line).length < 2) problems.push('stages');
  if (draft.sentence === null || !supporting.some((s) => s.start === draft.sentence))
    problems.push('sentence');
  return problems;
}

/** The draft as a chain of the commit; null while it has a problem. */
export function manualChainInput(
  draft: ManualDraft,
  supporting: readonly Supporting[],
  industries: ReadonlySet<string>,
): ImportChain | null {
  if (manualProblems(draft, supporting).length > 0) return null;
  const sentence = supporting.find((s) => s.start === draft.sentence);
  if (!sentence) return null;
  const stages = textToStages(draft.line);
  return {
    name: draft.name.trim() || defaultChainName(stages),
    expression: stagesToText(stages),
    stages,
    quote: sentence.text,
    start: sentence.start,
    entered: true,
    ...(draft.industry && industries.has(draft.industry) ? { industry: draft.industry } : {}),
  };
}

/** An industry's name without its class word: 眼镜 for 眼镜产业, 新材料 for 新材料产业集群. */
const core = (name: string) => name.replace(/(?:产业集群|产业链|产业|行业)$/, '') || name;

/**
 * The review's accepted industry a draft belongs to, proposed when the reviewer picks its sentence: the one whose name
 * (its class word 产业/行业 dropped) most of its links contain, else the only one its sentence names; '' when none
 * does or two are level — the reviewer chooses then, and can always change it.
 */
export function suggestedIndustry(
  links: readonly string[],
  sentence: string,
  industries: readonly string[],
): string {
  const best = (score: (name: string) => number) => {
    const scored = industries.map((n) => [n, score(core(n))] as const).filter(([, s]) => s > 0);
    const top = Math.max(0, ...scored.map(([, s]) => s));
    const at = scored.filter(([, s]) => s === top);
    return at.length === 1 ? (at[0]?.[0] ?? '') : '';
  };
  return (
    best((c) => links.filter((l) => l.includes(c)).length) || best((c) => (sentence.includes(c) ? 1 : 0))
  );
}
