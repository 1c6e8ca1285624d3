/**
 * Chains in a plan: sequences of stages joined by dash-like separators (dashes.ts), inside or outside quotation
 * marks. Pure: a Doc in, candidates and rejected look-alikes out, every one with its [start, end) span in doc.text.
 *
 * 1. Every dash run outside a bracket pair starts a cluster: the text between the hard boundaries around it
 *    (，。；：！？, quotation marks, 【】, an enclosing bracket). A cluster too long to be a chain is rejected whole.
 * 2. Dashes that are not separators are dropped: number, year and date ranges, signs, locants and codes are
 *    rejected; table placeholders and bullets are skipped silently.
 * 3. An unquoted cluster loses its leading verbs (发展, 构建以 …), then the preamble up to the last governing word
 *    by part of speech (其整个产业链包括硅料 → 硅料), and what follows the last link (产业链, 全产业链, 3 条…). A
 *    quoted cluster loses only a trailing chain noun (“煤-电-铝-材一体化” → 煤-电-铝-材).
 * 4. The cluster splits at the separators into stages; a stage whose last 、 item repeats the chain's head
 *    starts a new chain (A—B—C、A—D—E 3 条产品链).
 * 5. Each stage splits into links (stages.ts); reject.ts says which sequences are not chains; confidence.ts scores
 *    the rest and says why.
 */

import { notReadFurther, REJECT_REASON } from '../../vocab/extractReasons.ts';
import type { ChainCandidate, Rejected } from '../../vocab/imports.ts';
import { bracketsWithDashes, innerChain, withOptionalStage } from './brackets.ts';
import { score } from './confidence.ts';
import { DASH_REASON, DASH_RUN, dashStyleOf, dashText, isDashRun, type Seg } from './dashes.ts';
import type { Decider, Verdict } from './decider.ts';
import { stripLevels } from './levels.ts';
import { preambleLength, tailLength } from './lexicon.ts';
import { rejectListMates } from './lists.ts';
import { noteStart } from './notes.ts';
import { isLiteral, isQuoted } from './quotes.ts';
import { type Shape, whyNotChain } from './reject.ts';
import { classifyRuns, withinExplanation } from './separators.ts';
import { placeSpans, stageSpans, twoChains, unclosedBracket } from './spans.ts';
import { splitStage, withoutMakingVerbs } from './stages.ts';
import { beforeExamples, chainWordStart, lastLinkEnd } from './tails.ts';
import { type Doc, isLostCharacter, isTagEdge, sectionAt, sentenceAt } from './text.ts';

/** Hard boundaries: sentence punctuation, quotation marks (also ASCII and code quotes), table pipes and frames, markdown marks,
 * and `=` (a comment banner `// === 上游→中游 ===`, a setext rule, an assignment: never inside a link) unless it
 * opens the arrow `=>`. */
const HARD = new Set([...'，。；：！？“”「」『』【】,;:!?\n"\'`|｜│┃*#{}[]=\t']);
/** A bullet or list mark at the start of a cluster (- 主链…, • 上游——…). */
const BULLET = /^[\s\-—―‒–‑‐－─━•·]+(?=\S)/;
/** A heading or list number before the first link (3.1.2 豆粕→…, 2) …). */
const NUMBERING = /^(?:\d+(?:\.\d+)+|\d+[、.)）])\s*(?=[\p{Script=Han}A-Za-z])/u;
const OPEN = '（(';
const CLOSE = '）)';
const LEAD =
  /^(例如|比如|如|以|发展|构建|打造|推动|形成|做强|做大|做优|优先|大力|加速|加快|探索|聚力|提质|延伸|围绕|依托|重点|着力|积极|前瞻|布局|培育|壮大|建设|完善|推进|打通|拓展|强化|聚焦|构筑|引进|按照|通过|逐步|进一步|全力|加强|主攻|补齐|延长|贯通|配套|即|和|及|与|在|[）)]|\s)/;
const TRAIL =
  /\s*\d+\s*条|(?<=\p{Script=Han}{2})化工(?=产品链|产业链)|全产业链|全链条|产业链|产品链|产品群|产业集群|产业体系|链条|主链|建链|一体化|等|为主|为重点|为核心|生产线|产线|项目|基地|短板|环节|发展|建设|布局|价差|上游端|下游端|全?工序|全链路|链路|全链|闭环|循环模式|(?<=\p{Script=Han})模式|(?<=\p{Script=Han}{2})链(?![条路])/u;
/** A plus written with spaces on both sides (A→B + C). */
const SPACED_PLUS = /\s[+＋]\s/;
/** Chain nouns a quoted chain may end with (“煤-电-铝-材一体化”). */
const QUOTED_TRAIL = /(全产业链|产业链条|产业链|产品链|全链条|主链|一体化|(?<=\p{Script=Han}{2})链)$/u;
/** A bracket at the end holding a path that starts with a chain level: a gloss of the levels. */
const LEVEL_GLOSS = /[（(]\s*(?:上游|中游|下游)[^（()）]*[→—\-－][^（()）]*[）)]$/;
const CHAIN_WORD_AFTER = /^[”」』]?\s*(全?产业链|产品链|链条|主链|一体化|循环)/;
const CHAIN_VERB_BEFORE = /(构建|打造|延伸|形成|包括|发展|推动|布局|围绕|完善|做强|拓展)[了以“「『]*$/;
/** Longer clusters, or ones with more separators, are prose or tables, never one chain (and keep this linear). */
const MAX_CLUSTER = 600;
const MAX_SEPARATORS = 40;
/** A plan of 200 pages has a few hundred chains; past this many findings the text is not a plan. */
export const MAX_FINDINGS = 10_000;

/** Offsets where a heading starts or ends (its whole first clause, not the 40-character label) or a bullet opens a
 * line: a cluster never crosses one. */
function headingBounds(doc: Doc): Set<number> {
  return new Set([...doc.headings.flatMap((h) => [h.at, h.end]), ...(doc.bullets ?? [])]);
}

/** A list number after a space, before a name (…终端消费 2.棕榈油→…): the next item of an inline list. */
const INLINE_NUMBER = /^\d{1,2}[.、)）]\s*[\p{Script=Han}A-Za-z]/u;

function isHard(m: string, i: number): boolean {
  const ch = m[i] ?? '';
  if ((ch === ',' || ch === ':') && /\d/.test(m[i - 1] ?? '') && /\d/.test(m[i + 1] ?? '')) return false;
  if (ch === '=' && m[i + 1] === '>') return false;
  // An escaped line break or tab written out in a code string ('…:\n1.大豆→豆粕…') ends a line as the real one does.
  if (ch === '\\' && 'nrt'.includes(m[i + 1] ?? 'x')) return true;
  if ('nrt'.includes(ch) && m[i - 1] === '\\' && m[i - 2] !== '\\') return true;
  if (
    /[ \u3000]/.test(ch) &&
    /[\p{Script=Han}A-Za-z)）]/u.test(m[i - 1] ?? '') &&
    INLINE_NUMBER.test(m.slice(i + 1, i + 8))
  )
    return true;
  return (HARD.has(ch) && !isLostCharacter(m, i)) || isTagEdge(m, i);
}

/** A dash run with nothing but spaces before it back to a boundary: a bullet (- 主链…), never a separator. */
function isBullet(m: string, a: number, bounds: Set<number>, from: number): boolean {
  let i = a;
  while (i > from && /\s/.test(m[i - 1] ?? '') && !bounds.has(i)) i--;
  return i <= from || bounds.has(i) || isHard(m, i - 1) || OPEN.includes(m[i - 1] ?? '');
}

/** The cluster around the dash run [a, b): out to the hard boundaries, respecting brackets. */
function clusterAround(m: string, a: number, b: number, bounds: Set<number>, from: number): Seg {
  let start = a;
  for (let depth = 0; start > from && !isHard(m, start - 1) && !bounds.has(start); start--) {
    const ch = m[start - 1] ?? '';
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch) && depth-- === 0) break;
  }
  let end = b;
  for (let depth = 0; end < m.length && !isHard(m, end) && !bounds.has(end); end++) {
    const ch = m[end] ?? '';
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth-- === 0) break;
  }
  return { start, end };
}

/**
 * A dash inside a bracket attached to a name that a separator follows (PEEK(萤石→DFBP)→薄膜): part of that link,
 * read with the cluster of the separator after it, never a cluster of its own.
 */
function inLinkBracket(m: string, a: number, bounds: Set<number>): boolean {
  let open = a;
  for (let depth = 0; open > 0 && !isHard(m, open - 1) && !bounds.has(open); open--) {
    const ch = m[open - 1] ?? '';
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch) && depth-- === 0) break;
  }
  if (!OPEN.includes(m[open - 1] ?? '') || !/[\p{L}\p{N}]/u.test(m[open - 2] ?? '')) return false;
  let close = a;
  for (let depth = 0; close < m.length && !isHard(m, close) && !bounds.has(close); close++) {
    const ch = m[close] ?? '';
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth-- === 0) break;
  }
  if (!CLOSE.includes(m[close] ?? '')) return false;
  const after = /^\s*/.exec(m.slice(close + 1, close + 8))?.[0].length ?? 0;
  return isDashRun(m[close + 1 + after] ?? '');
}

/** Whether [start, end) holds more than \`limit\` dash runs (stops counting there). */
function moreRunsThan(m: string, start: number, end: number, limit: number): boolean {
  const re = new RegExp(DASH_RUN.source, 'g');
  re.lastIndex = start;
  let n = 0;
  for (let d = re.exec(m); d && d.index < end; d = re.exec(m)) if (++n > limit) return true;
  return false;
}

/** Offsets of the dash runs in [start, end). */
function dashRuns(m: string, start: number, end: number): Seg[] {
  return [...m.slice(start, end).matchAll(DASH_RUN)].map((d) => ({
    start: start + (d.index ?? 0),
    end: start + (d.index ?? 0) + d[0].length,
  }));
}

interface Trimmed extends Seg {
  preambleCut: boolean;
  /** Words cut off the last link by part of speech (需求爆发 of 电力需求爆发), read by the cause-and-effect rule. */
  tail: string;
}

function trimUnquoted(m: string, seg: Seg): Trimmed {
  let { start, end } = seg;
  start += BULLET.exec(m.slice(start, end))?.[0].length ?? 0;
  start += NUMBERING.exec(m.slice(start, end))?.[0].length ?? 0;
  for (let hit = LEAD.exec(m.slice(start, end)); hit; hit = LEAD.exec(m.slice(start, end)))
    start += hit[0].length;
  const runs = dashRuns(m, start, end);
  const [first, last] = [runs[0], runs[runs.length - 1]];
  if (!first || !last) return { start, end, preambleCut: false, tail: '' };
  const trail = TRAIL.exec(m.slice(last.start, end));
  // The text names the sequence a chain right after it (…乙炔化工产品链, …乙烯产业链).
  const named = !!trail && /^(化工)?[^，。；]{0,2}链/.test(m.slice(last.start + trail.index, end));
  if (trail) end = last.start + Math.max(trail.index, 1);
  if (trail?.[0] === '等') end = beforeExamples(m, last.end, end);
  if (trail?.[0] === '链') end = chainWordStart(m, last.end, end);
  // A plus with spaces on both sides after the last link adds a side item (…→组件→电站 + 设备); a co-product is
  // written tight (豆粕+豆油) and stays a link of the stage.
  const addendum = SPACED_PLUS.exec(m.slice(last.end, end));
  if (addendum && addendum.index > 0) end = last.end + addendum.index;
  // Three stages or more: a possessive before the first link or after the last one is prose around the chain
  // (完整的种植-加工-销售, …逆变器的光伏产业链); with two stages 的 keeps marking an appositive (reject.ts), unless the
  // text names the pair a chain right after it (以煤为原料的电石—乙炔化工产品链): then 的 closes a modifier.
  if (runs.length >= 2 || named) {
    const own = m.lastIndexOf('的', first.start - 1);
    if (own >= start) start = own + 1;
    const tail = m.indexOf('的', last.end);
    if (tail >= 0 && tail < end) end = tail;
  }
  const untrimmed = end;
  end = lastLinkEnd(m, last.end, last.end + tailLength(m.slice(last.end, end)));
  const tail = m.slice(end, untrimmed);
  while (end > start && /[\s的]/.test(m[end - 1] ?? '')) end--;
  const later = runs.map((r, i) => m.slice(r.end, runs[i + 1]?.start ?? end).trim());
  // A quotation mark opened right before the cluster marks where the chain starts (围绕“原材料开采加工—…, the quote
  // left open by the sentence's cut): its first words are the first link's, not a preamble.
  const cut = '“「『'.includes(m[seg.start - 1] ?? 'x')
    ? 0
    : preambleLength(
        m.slice(start, first.start),
        later.every((x) => x.length === 1),
      );
  return { start: start + cut, end, preambleCut: cut > 0, tail };
}

function trimQuoted(m: string, seg: Seg): Trimmed {
  const hit = QUOTED_TRAIL.exec(m.slice(seg.start, seg.end));
  const end =
    hit && hit.index > 0 && !isDashRun(m[seg.start + hit.index - 1] ?? '') ? seg.start + hit.index : seg.end;
  return { start: seg.start, end, preambleCut: false, tail: '' };
}

export interface ChainFindings {
  chains: ChainCandidate[];
  rejected: Rejected[];
}

function reject(doc: Doc, out: ChainFindings, s: Seg, reason: string): void {
  const text =
    s.end - s.start > 80 ? `${doc.text.slice(s.start, s.start + 80)}…` : doc.text.slice(s.start, s.end);
  out.rejected.push({ ...s, text, reason });
}

/** Separator runs of the segment; dashes that are not separators are rejected with their reason. */
function separators(doc: Doc, seg: Seg, out: ChainFindings): Seg[] {
  const seps: Seg[] = [];
  for (const { run, kind } of classifyRuns(doc.match, seg)) {
    if (kind === 'separator') seps.push(run);
    const reason = DASH_REASON[kind];
    if (reason) reject(doc, out, dashText(doc.match, kind, run.start, run.end), reason);
  }
  return seps;
}

function analyse(
  doc: Doc,
  cluster: Seg,
  places: Set<string>,
  out: ChainFindings,
  decide: Decider | undefined,
): Seg[] {
  const m = doc.match;
  if (
    cluster.end - cluster.start > MAX_CLUSTER ||
    moreRunsThan(m, cluster.start, cluster.end, MAX_SEPARATORS)
  ) {
    reject(doc, out, cluster, REJECT_REASON.tooLong);
    return [];
  }
  const quoted = isQuoted(m, cluster);
  const seg = quoted ? trimQuoted(m, cluster) : trimUnquoted(m, withinExplanation(m, cluster));
  // A bracket after the last link that glosses the chain by its levels (螺纹（上游原材料→钢材）) is not the name.
  const gloss = LEVEL_GLOSS.exec(m.slice(seg.start, seg.end));
  if (gloss && gloss.index > 0) {
    reject(doc, out, { start: seg.start + gloss.index + 1, end: seg.end - 1 }, REJECT_REASON.level);
    seg.end = seg.start + gloss.index;
  }
  const note = noteStart(m, seg);
  if (note > seg.start) seg.end = note;
  // A chain in a bracket closing the last link is read after this one, as a chain of its own.
  const inner = innerChain(m, seg);
  if (inner) seg.end = inner.start - 1;
  const seps = separators(doc, seg, out);
  if (seps.length === 0) return inner ? [inner] : [];
  const queue = stageSpans(m, seg, seps);
  for (let spans = queue.shift(); spans; spans = queue.shift()) {
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (!first || !last || spans.length < 2) continue;
    const start =
      first.start + (first.end - first.start - m.slice(first.start, first.end).trimStart().length);
    const end = last.end;
    let stages = spans.map((s) => splitStage(doc.text.slice(s.start, s.end), m.slice(s.start, s.end)));
    let simple = spans.map((s) => splitStage(m.slice(s.start, s.end), m.slice(s.start, s.end)));
    if (stages.some((s) => s.length === 0)) continue;
    const levelled = stripLevels(stages, simple);
    if (levelled === 'roles') {
      reject(doc, out, { start, end }, REJECT_REASON.level);
      continue;
    }
    if (levelled) ({ stages, simple } = levelled);
    ({ stages, simple } = withoutMakingVerbs(withOptionalStage(stages), withOptionalStage(simple)));
    const inside = seps.filter((d) => d.start >= start && d.end <= end);
    const shape: Shape = {
      stages: simple,
      quoted,
      places,
      tail: end === seg.end ? seg.tail : '',
      cut: seg.preambleCut && start === seg.start,
      spaced: inside.some(
        (d) =>
          /^(?:[—―]+|[-–－])$/.test(m.slice(d.start, d.end)) &&
          /\s/.test(m[d.start - 1] ?? '') &&
          /\s/.test(m[d.end] ?? ''),
      ),
      doubled: inside.some((d) => /^[—―]{2,}$/.test(m.slice(d.start, d.end))),
      literal: quoted && isLiteral(m, cluster),
      before: m.slice(Math.max(0, cluster.start - 48), cluster.start),
      lead: m.slice(cluster.start, first.end),
      after: m.slice(cluster.end, cluster.end + 8),
      next: m.slice(end, end + 8),
    };
    const handReason = whyNotChain(shape);
    const halves = handReason && handReason !== REJECT_REASON.parkName ? twoChains(m, spans) : undefined;
    if (halves) {
      queue.unshift(...halves);
      continue;
    }
    const rejectAs = (reason: string) => {
      const where = reason === REJECT_REASON.parkName ? placeSpans(m, start, end) : [{ start, end }];
      for (const s of where) reject(doc, out, s, reason);
    };
    // Without a decider a rejected sequence costs no more than the rules that rejected it (hostile input).
    if (handReason && !decide) {
      rejectAs(handReason);
      continue;
    }
    const styles = inside.map((d) => dashStyleOf(m.slice(d.start, d.end)));
    const chainWordAfter = CHAIN_WORD_AFTER.test(m.slice(end, end + 8));
    const chainVerbBefore = CHAIN_VERB_BEFORE.test(m.slice(Math.max(0, start - 8), start));
    const scoreOf = () =>
      score({
        stages: simple,
        quoted,
        styles,
        preambleCut: seg.preambleCut && start === seg.start,
        chainWordAfter,
        chainVerbBefore,
      });
    const verdict: Verdict = decide
      ? decide({
          shape,
          stages,
          start,
          end,
          reason: handReason,
          scored: scoreOf(),
          styles,
          chainWordAfter,
          chainVerbBefore,
          inHeading: doc.headings.some((h) => h.at <= start && end <= h.end),
        })
      : { reason: undefined, ...scoreOf() };
    if (verdict.reason) {
      rejectAs(verdict.reason);
      continue;
    }
    const sectionPath = sectionAt(doc, start);
    out.chains.push({
      stages,
      expression: doc.text.slice(start, end),
      quote: sentenceAt(doc, start, end),
      section: sectionPath[sectionPath.length - 1] ?? '',
      sectionPath,
      quoted,
      start,
      end,
      confidence: verdict.confidence,
      reasons: verdict.reasons,
    });
  }
  return inner ? [inner] : [];
}

/** All chain candidates and rejected look-alikes, in text order; `decide` replaces the hand rules' verdict. */
export function findChains(doc: Doc, decide?: Decider): ChainFindings {
  const out: ChainFindings = { chains: [], rejected: [] };
  const bounds = headingBounds(doc);
  const places = new Set(
    [...doc.match.matchAll(/(\p{Script=Han}{2})(?=省|市|县|区|镇|乡|街道)/gu)].map((p) => p[1] ?? ''),
  );
  const runs = new RegExp(DASH_RUN.source, 'g');
  let doneUntil = 0;
  for (let d = runs.exec(doc.match); d; d = runs.exec(doc.match)) {
    const a = d.index;
    if (out.chains.length + out.rejected.length >= MAX_FINDINGS) {
      reject(doc, out, { start: a, end: doc.text.length }, notReadFurther(MAX_FINDINGS));
      break;
    }
    if (isBullet(doc.match, a, bounds, doneUntil) || inLinkBracket(doc.match, a, bounds)) continue;
    const cluster = clusterAround(doc.match, a, a + d[0].length, bounds, doneUntil);
    // A bracket left open at the cluster's end: its dashes are read again, from just inside it.
    const open = cluster.end - cluster.start <= MAX_CLUSTER ? unclosedBracket(doc.match, cluster) : -1;
    doneUntil = open > a ? open + 1 : cluster.end;
    runs.lastIndex = Math.max(runs.lastIndex, doneUntil);
    const found = out.chains.length + out.rejected.length;
    let inner = analyse(doc, cluster, places, out, decide);
    // A cluster that gave nothing: the chains in its brackets are read by themselves.
    if (out.chains.length + out.rejected.length === found) inner = bracketsWithDashes(doc.match, cluster);
    for (const s of inner) analyse(doc, s, places, out, decide);
  }
  rejectListMates(doc, out);
  out.rejected.sort((x, y) => x.start - y.start);
  return out;
}
