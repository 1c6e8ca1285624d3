/**
 * Spans of a cluster's stages (chains.ts step 4): the cluster splits at its separators into stages; a list of pairs
 * (材料→硅片、晶圆→制造) gives one chain per pair, a stage whose last 、 or 和/与/及 item repeats the chain's head starts
 * a new chain (A—B—C、A—D—E, 煤—煤气化—化工产品和煤—焦化—…), two chains listed with 、 split when the whole was rejected, and place pairs or park names
 * inside a rejected sequence get their own spans.
 */
import { DASH_RUN, type Seg } from './dashes.ts';

/** Splits a cluster at its separators into chains of raw stage spans (head repeats start a new chain). */
export function stageSpans(m: string, seg: Seg, seps: Seg[]): Seg[][] {
  const raw: Seg[] = [];
  let from = seg.start;
  for (const d of seps) {
    raw.push({ start: from, end: d.start });
    from = d.end;
  }
  raw.push({ start: from, end: seg.end });
  const pairs = pairSpans(m, raw);
  if (pairs) return pairs;
  const chains: Seg[][] = [[]];
  for (const st of raw) {
    const current = chains[chains.length - 1] ?? [];
    const head = current[0] && m.slice(current[0].start, current[0].end).trim();
    // The head after the last 、 or conjunction (A—B—C、A—D—E, 煤——煤气化——化工产品和煤——焦化——…).
    const text = m.slice(st.start, st.end);
    let joint = head ? text.lastIndexOf(head) - 1 : -1;
    while (joint > 0 && /\s/.test(text[joint] ?? '')) joint--;
    // A conjunction only after a chain of three stages or more: A—B和A—C lists pairs (自贡—綦江…中心和自贡—綦江…中心).
    const mark = current.length >= 2 ? /[、和与及]/ : /、/;
    if (head && joint > 0 && mark.test(text[joint] ?? '') && text.slice(joint + 1).trim() === head) {
      current.push({ start: st.start, end: st.start + joint });
      chains.push([{ start: st.start + joint + 1, end: st.end }]);
    } else current.push(st);
  }
  return chains;
}

/**
 * A list of pairs (材料→硅片、晶圆→制造、芯片→封测): every inner stage is two items joined by one 、, and there are at
 * least two of them. Each pair is a chain of its own.
 */
function pairSpans(m: string, raw: Seg[]): Seg[][] | undefined {
  const inner = raw.slice(1, -1);
  const cut = inner.map((st) => {
    const text = m.slice(st.start, st.end);
    return text.split('、').length === 2 ? st.start + text.indexOf('、') : -1;
  });
  if (inner.length < 2 || cut.some((c) => c < 0)) return;
  const ends = [...cut, (raw[raw.length - 1] as Seg).end];
  return ends.map((end, i) => [
    { start: i === 0 ? (raw[0] as Seg).start : (cut[i - 1] as number) + 1, end: (raw[i] as Seg).end },
    { start: (raw[i + 1] as Seg).start, end: i + 1 < raw.length - 1 ? (cut[i] as number) : end },
  ]);
}

/**
 * Two chains listed with 、 (端-边-云、产地-加工-销售) that do not read as one: the stage holding the only 、 splits
 * them, each side keeping at least two stages. Tried only when the whole sequence was rejected.
 */
export function twoChains(m: string, spans: Seg[]): Seg[][] | undefined {
  const at = spans.map((st) => {
    const text = m.slice(st.start, st.end);
    return text.split('、').length === 2 && !/[（()）]/.test(text) ? st.start + text.indexOf('、') : -1;
  });
  const i = at.findIndex((c) => c >= 0);
  const comma = at[i] ?? -1;
  const stage = spans[i];
  if (!stage || i < 1 || i > spans.length - 2 || at.filter((c) => c >= 0).length !== 1) return;
  return [
    [...spans.slice(0, i), { start: stage.start, end: comma }],
    [{ start: comma + 1, end: stage.end }, ...spans.slice(i + 1)],
  ];
}

/** Place pairs or park names inside a rejected sequence: two characters before each dash to the name's suffix. */
export function placeSpans(m: string, start: number, end: number): Seg[] {
  const spans: Seg[] = [];
  for (const d of m.slice(start, end).matchAll(DASH_RUN)) {
    const dash = start + (d.index ?? 0);
    let s = dash;
    while (s > start && dash - s < 2 && /\p{Script=Han}/u.test(m[s - 1] ?? '')) s--;
    const suffix = /产业园区?|园区|组团|开发区|中心|一体化/.exec(m.slice(dash, end));
    spans.push({ start: s, end: suffix ? dash + suffix.index + suffix[0].length : end });
  }
  return spans;
}

/**
 * A bracket the cluster ends inside with a dash after it (…委外链（坯布→染整→后整理→涂层：投入产出…）): the cluster
 * stopped at the colon inside the bracket, so its dashes were read as part of a link. Where it opens, or -1; the
 * caller reads the dashes after it again as a cluster of their own.
 */
export function unclosedBracket(m: string, seg: Seg): number {
  const open: number[] = [];
  for (let i = seg.start; i < seg.end; i++) {
    const ch = m[i] ?? '';
    if (ch === '（' || ch === '(') open.push(i);
    else if ((ch === '）' || ch === ')') && open.length > 0) open.pop();
  }
  const first = open[0];
  if (first === undefined) return -1;
  return new RegExp(DASH_RUN.source).test(m.slice(first + 1, seg.end)) ? first : -1;
}
