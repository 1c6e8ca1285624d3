/**
 * Chains in a plan: sequences of stages joined by dashes (— —— － – -), inside or outside quotation marks.
 * Pure: a Doc in, candidates and rejected look-alikes out, every one with its [start, end) span in doc.text.
 *
 * 1. Every dash run outside a bracket pair starts a cluster: the text between the hard boundaries around it
 *    (，。；：！？, quotation marks, 【】, an enclosing bracket).
 * 2. Dashes that are not separators are dropped: number and year ranges (2021—2025 年, 3—5 家) are rejected;
 *    signs (【-16】), table placeholders (预期性 — 7) and leading bullets (——) are skipped silently.
 * 3. An unquoted cluster loses its leading verbs (发展, 构建以 …) and what follows the last link (产业链, 3 条…).
 * 4. The cluster splits at the separators into stages; a stage whose last 、 item repeats the chain's head
 *    starts a new chain (A—B—C、A—D—E 3 条产品链).
 * 5. Each stage splits into links (stages.ts); reject.ts says which sequences are not chains.
 */
import { whyNotChain } from './reject.ts';
import { splitStage } from './stages.ts';
import { type Doc, sectionAt, sentenceAt } from './text.ts';
import type { ChainCandidate, Rejected } from './types.ts';

const DASH_RUN = /[—―－–‑-]+/g;
const HARD = new Set([...'，。；：！？“”「」『』【】,;!?\n']);
const OPEN = '（(';
const CLOSE = '）)';
const LEAD =
  /^(以|发展|构建|打造|推动|形成|做强|做大|做优|优先|大力|加速|加快|探索|聚力|提质|延伸|围绕|依托|重点|着力|积极|前瞻|布局|培育|壮大|建设|完善|推进|打通|拓展|强化|聚焦|构筑|引进|按照|通过|逐步|进一步|全力|加强|主攻|补齐|延长|贯通|配套|即|和|及|与|在|[）)]|\s)/;
const TRAIL =
  /\s*\d+\s*条|产业链|产品链|产品群|产业集群|产业体系|链条|建链|等|为主|为重点|为核心|生产线|产线|项目|基地|短板|环节|发展|建设|布局/;

interface Seg {
  start: number;
  end: number;
}

/** Offsets where a heading starts or ends: a cluster never crosses one. */
function headingBounds(doc: Doc): Set<number> {
  return new Set(doc.headings.flatMap((h) => [h.at, h.at + h.text.length]));
}

function isHard(m: string, i: number): boolean {
  const ch = m[i] ?? '';
  if (ch === ',' && /\d/.test(m[i - 1] ?? '') && /\d/.test(m[i + 1] ?? '')) return false;
  return HARD.has(ch);
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

function isQuoted(m: string, seg: Seg): boolean {
  return '“「『'.includes(m[seg.start - 1] ?? 'x') && '”」』'.includes(m[seg.end] ?? 'x');
}

function trimUnquoted(m: string, seg: Seg): Seg {
  let { start, end } = seg;
  for (let hit = LEAD.exec(m.slice(start, end)); hit; hit = LEAD.exec(m.slice(start, end)))
    start += hit[0].length;
  const lastDash = Math.max(...[...m.slice(start, end).matchAll(DASH_RUN)].map((d) => d.index ?? 0), 0);
  const cut = TRAIL.exec(m.slice(start + lastDash, end));
  if (cut) end = start + lastDash + Math.max(cut.index, 1);
  while (end > start && /[\s的]/.test(m[end - 1] ?? '')) end--;
  return { start, end };
}

type DashKind = 'separator' | 'range' | 'locant' | 'code' | 'skip';

function dashKind(m: string, seg: Seg, a: number, b: number): DashKind {
  const left = m.slice(seg.start, a);
  const right = m.slice(b, seg.end);
  if (left.trim() === '' || right.trim() === '') return 'skip';
  if (/\d\s*年?\s*$/.test(left) && /^\s*\d/.test(right)) return 'range';
  if (/\s$/.test(left) && /^\s+[\d【]/.test(right)) return 'skip';
  if (/(^|[^\dA-Za-z.])\d(,\d)*$/.test(left) && /^\p{Script=Han}/u.test(right)) return 'locant';
  const l = /[A-Za-z0-9]+$/.exec(left)?.[0];
  const r = /^[A-Za-z0-9]+/.exec(right)?.[0];
  if (l && r && [l, r].some((x) => x.length === 1 || /[a-z]/.test(x) || (/\d/.test(x) && /[A-Za-z]/.test(x))))
    return 'code';
  return 'separator';
}

const DASH_REASON: Record<string, string> = {
  range: 'a year or number range',
  locant: 'a chemical locant (1,4－丁二醇), not a chain',
  code: 'a code or hyphenated word (C—V2X), not a chain',
};

/** The look-alike around a dash that is not a separator, for the rejected list. */
function dashText(m: string, kind: DashKind, a: number, b: number): Seg {
  if (kind === 'range') return rangeText(m, a);
  let s = a;
  while (s > 0 && /[A-Za-z0-9,]/.test(m[s - 1] ?? '')) s--;
  let e = b;
  const word = kind === 'locant' ? /\p{Script=Han}/u : /[A-Za-z0-9]/;
  while (e < m.length && word.test(m[e] ?? '')) e++;
  return { start: s, end: e };
}

const RANGE_TEXT = /[\d.]+\s*年?\s*[—―－–‑-]+\s*[\d.]+\s*(年|家|个|月|日|天|次|倍|万|亿|%|名|项|所)?/y;

function rangeText(m: string, a: number): Seg {
  let s = a;
  while (s > 0 && /[\d.\s年]/.test(m[s - 1] ?? '')) s--;
  while (/\s/.test(m[s] ?? '')) s++;
  RANGE_TEXT.lastIndex = s;
  const hit = RANGE_TEXT.exec(m);
  return { start: s, end: hit ? s + hit[0].length : a + 1 };
}

/** Splits a cluster at its separators into chains of raw stage spans (head repeats start a new chain). */
function stageSpans(m: string, seg: Seg, seps: Seg[]): Seg[][] {
  const raw: Seg[] = [];
  let from = seg.start;
  for (const d of seps) {
    raw.push({ start: from, end: d.start });
    from = d.end;
  }
  raw.push({ start: from, end: seg.end });
  const chains: Seg[][] = [[]];
  for (const st of raw) {
    const current = chains[chains.length - 1] ?? [];
    const head = current[0] && m.slice(current[0].start, current[0].end).trim();
    const comma = m.lastIndexOf('、', st.end);
    if (head && comma >= st.start && m.slice(comma + 1, st.end).trim() === head) {
      current.push({ start: st.start, end: comma });
      chains.push([{ start: comma + 1, end: st.end }]);
    } else current.push(st);
  }
  return chains;
}

/** Place pairs or park names inside a rejected sequence: two characters before each dash to the name's suffix. */
function placeSpans(m: string, start: number, end: number): Seg[] {
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

export interface ChainFindings {
  chains: ChainCandidate[];
  rejected: Rejected[];
}

function analyse(doc: Doc, cluster: Seg, places: Set<string>, out: ChainFindings): void {
  const m = doc.match;
  const quoted = isQuoted(m, cluster);
  const seg = quoted ? cluster : trimUnquoted(m, cluster);
  const seps: Seg[] = [];
  for (const d of m.slice(seg.start, seg.end).matchAll(DASH_RUN)) {
    const a = seg.start + (d.index ?? 0);
    const b = a + d[0].length;
    const kind = dashKind(m, seg, a, b);
    if (kind === 'separator') seps.push({ start: a, end: b });
    const reason = DASH_REASON[kind];
    if (reason) {
      const r = dashText(m, kind, a, b);
      out.rejected.push({ ...r, text: doc.text.slice(r.start, r.end), reason });
    }
  }
  if (seps.length === 0) return;
  for (const spans of stageSpans(m, seg, seps)) {
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (!first || !last || spans.length < 2) continue;
    const start =
      first.start +
      (m.slice(first.start, first.end).length - m.slice(first.start, first.end).trimStart().length);
    const end = last.end;
    const stages = spans.map((s) => splitStage(doc.text.slice(s.start, s.end), m.slice(s.start, s.end)));
    const simple = spans.map((s) => splitStage(m.slice(s.start, s.end), m.slice(s.start, s.end)));
    if (stages.some((s) => s.length === 0)) continue;
    const reason = whyNotChain({
      stages: simple,
      quoted,
      places,
      before: m.slice(Math.max(0, cluster.start - 6), cluster.start),
      after: m.slice(cluster.end, cluster.end + 8),
    });
    const text = doc.text.slice(start, end);
    if (reason) {
      const spans = reason.startsWith('a place') ? placeSpans(m, start, end) : [{ start, end }];
      for (const s of spans) out.rejected.push({ ...s, text: doc.text.slice(s.start, s.end), reason });
      continue;
    }
    const sectionPath = sectionAt(doc, start);
    out.chains.push({
      stages,
      expression: text,
      quote: sentenceAt(doc, start, end),
      section: sectionPath[sectionPath.length - 1] ?? '',
      sectionPath,
      quoted,
      start,
      end,
    });
  }
}

/** All chain candidates and rejected look-alikes, in text order. */
export function findChains(doc: Doc): ChainFindings {
  const out: ChainFindings = { chains: [], rejected: [] };
  const bounds = headingBounds(doc);
  const places = new Set(
    [...doc.match.matchAll(/(\p{Script=Han}{2})(?=省|市|县|区|镇|乡|街道)/gu)].map((p) => p[1] ?? ''),
  );
  let doneUntil = 0;
  for (const d of doc.match.matchAll(DASH_RUN)) {
    const a = d.index ?? 0;
    if (a < doneUntil) continue;
    const cluster = clusterAround(doc.match, a, a + d[0].length, bounds, doneUntil);
    doneUntil = cluster.end;
    analyse(doc, cluster, places, out);
  }
  out.rejected.sort((x, y) => x.start - y.start);
  return out;
}
