/**
 * The separator runs of a cluster's segment (chains.ts step 2). A dash run inside a bracket belongs to its link
 * (PEEK(萤石→DFBP)); one that is a range, sign, locant or code is reported as that look-alike; a bullet or table
 * placeholder is skipped. An arrow that the segment already uses as a separator separates wherever it stands
 * (twenty-third chain round): between Latin names (`EML→MOCVD→InP 衬底`) or before a spaced number
 * (`工业硅 → DMC → 107 硅橡胶`) it would otherwise read as a code or a placeholder and join two links into one.
 */
import { DASH_RUN, type DashKind, dashKind, dashStyleOf, type Seg } from './dashes.ts';

const OPEN = '（(';
const CLOSE = '）)';

/** Kinds an arrow of the segment's own separators overrides: the shapes of codes and placeholders, never numbers. */
const OVERRIDDEN: ReadonlySet<DashKind> = new Set(['code', 'skip']);

/** Each top-level dash run of [seg.start, seg.end) with its kind (runs inside brackets are left out). */
export function classifyRuns(m: string, seg: Seg): { run: Seg; kind: DashKind }[] {
  const runs: { run: Seg; kind: DashKind }[] = [];
  const re = new RegExp(DASH_RUN.source, 'g');
  re.lastIndex = seg.start;
  let depth = 0;
  let at = seg.start;
  for (let d = re.exec(m); d && d.index < seg.end; d = re.exec(m)) {
    const run = { start: d.index, end: d.index + d[0].length };
    if (run.end > seg.end) break;
    for (; at < run.start; at++) {
      const ch = m[at] ?? '';
      if (OPEN.includes(ch)) depth++;
      else if (CLOSE.includes(ch) && depth > 0) depth--;
    }
    // Inside a bracket within a link (PEEK(萤石→DFBP), 螺纹（上游原材料→钢材）): part of the name.
    if (depth > 0) continue;
    runs.push({ run, kind: dashKind(m, seg, run.start, run.end) });
  }
  const own = new Set(
    runs
      .filter((r) => r.kind === 'separator' && dashStyleOf(m.slice(r.run.start, r.run.end)) === 'arrow')
      .map((r) => m.slice(r.run.start, r.run.end)),
  );
  // A run with nothing on one side stays skipped (a bullet, a dangling arrow): it joins nothing.
  const between = (r: Seg) =>
    m.slice(seg.start, r.start).trim() !== '' && m.slice(r.end, seg.end).trim() !== '';
  return runs.map((r) =>
    OVERRIDDEN.has(r.kind) && own.has(m.slice(r.run.start, r.run.end)) && between(r.run)
      ? { ...r, kind: 'separator' }
      : r,
  );
}

const DOUBLED = /^[—―]{2,}$/;

/**
 * A chain written with arrows that a doubled em dash follows or precedes (`经氯化→有机硅——化工行业三大基石之一`): the
 * doubled dash is the punctuation of an explanation, not a separator of the chain, and the chain ends (or starts) at it.
 */
export function withinExplanation(m: string, seg: Seg): Seg {
  const runs = classifyRuns(m, seg).filter((r) => r.kind === 'separator');
  const arrows = runs.filter((r) => dashStyleOf(m.slice(r.run.start, r.run.end)) === 'arrow');
  const firstArrow = arrows[0]?.run;
  const lastArrow = arrows[arrows.length - 1]?.run;
  if (!firstArrow || !lastArrow) return seg;
  const doubled = runs.filter((r) => DOUBLED.test(m.slice(r.run.start, r.run.end))).map((r) => r.run);
  const after = doubled.find((d) => d.start > lastArrow.end);
  const before = doubled.filter((d) => d.end < firstArrow.start).pop();
  return { start: before ? before.end : seg.start, end: after ? after.start : seg.end };
}
