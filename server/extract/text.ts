/**
 * The text an extraction works on. `text` is the normalised text (line breaks removed, as seed/text.ts does) and
 * the one every span points into; `match` is the same text with traditional characters mapped to simplified
 * ones, character for character, so rules written in simplified Chinese also read traditional plans — for a text
 * written in traditional script; a simplified text is its own `match` (writtenTraditional).
 */
import * as OpenCC from 'opencc-js';

export interface Heading {
  at: number;
  level: number;
  /** The heading as a label: its first clause, spaces collapsed, at most 40 characters. */
  text: string;
  /** Where the heading's first clause ends in the text (its label may be shorter: a long line is cut at 40). */
  end: number;
}

export interface Doc {
  text: string;
  match: string;
  headings: Heading[];
  /**
   * Where a short line with no closing punctuation ended (a headline, a title: 某区经济“鸟巢”——工业园区): no name runs
   * across it, though the line break itself is gone from `text`.
   */
  titleEnds?: number[];
  /**
   * Where a line closed by a sentence's end (。！？, also inside a closing quote) ended: a paragraph's end, where a
   * firm's zone is no longer looked for. A line broken mid-sentence (a PDF's) ends no paragraph.
   */
  paraEnds?: number[];
  /**
   * Where a line opens with a dash run and a space (`- 位置:…`, `— 铝土矿—氧化铝`): a list's bullet. A chain never runs
   * across it into the line before (a heading, another item), and the bullet is no separator.
   */
  bullets?: number[];
  /**
   * The page's source lines ([start, end) in `text`: 来源：http…, 2023-08-20 来源:某某融媒体中心, a bare address): where the
   * text was copied from, not the plan's words. `match` holds 。 there (a run of sentence ends: every rule stops at
   * one, and no pattern backtracks over it as over spaces), so no rule reads a name in one, and no
   * sentence runs into one (sentenceAt).
   */
  sources?: [number, number][];
  /**
   * For a text written in traditional script: `text` in simplified script, character for character (same offsets),
   * source lines included. The review matches what a reviewer types against it (a hand-added chain's links, typed
   * 天然气 for a plan writing 天然氣); absent for a simplified text.
   */
  reading?: string;
}

let toSimplified: ((s: string) => string) | undefined;

/** Variants of traditional characters OpenCC leaves as they are (陜, written for 陝 in 陜西 by Hong Kong and Taiwan). */
const VARIANTS = /陜/g;
const VARIANT_OF: Record<string, string> = { 陜: '陕' };

/** Traditional → simplified, keeping the length (a phrase that would change length is mapped char by char). */
export function simplify(raw: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const s = raw.replace(VARIANTS, (c) => VARIANT_OF[c] ?? c);
  const whole = toSimplified(s);
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/**
 * `raw` in simplified script when it is written in traditional script (as makeDoc decides for a whole text), else as
 * written: a simplified text keeps a stray 乾 or 著 of a name as its author wrote it.
 */
export function simplifiedIfTraditional(raw: string): string {
  const simplified = simplify(raw);
  return simplified !== raw && writtenTraditional(raw, simplified) ? simplified : raw;
}

const HEADING: [RegExp, number][] = [
  [/^第[一二三四五六七八九十百零〇]+[章篇]/, 0],
  [/^[一二三四五六七八九十]+、/, 1],
  [/^专栏\s*\d+/, 2],
  [/^（[一二三四五六七八九十]+）/, 2],
  [/^\d{1,2}[.．](?!\d)/, 3],
];

/**
 * Below this share of Han characters that OpenCC would change, a text is in simplified script. Measured on the plan
 * fixtures: simplified texts 0, traditional ones 0.28–0.44.
 */
const TRADITIONAL_SHARE = 0.05;

let hanUnits: Uint8Array | undefined;

/**
 * Whether `text` is written in traditional script, given its simplified form (same length). Han characters are
 * counted per UTF-16 unit (one outside the BMP counts none), by a table of the 65,536 units built once: a regular
 * expression test per character cost ~0.1 s on a 2 MB text.
 */
function writtenTraditional(text: string, simplified: string): boolean {
  if (!hanUnits) {
    hanUnits = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) hanUnits[u] = /\p{Script=Han}/u.test(String.fromCharCode(u)) ? 1 : 0;
  }
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (!hanUnits[u]) continue;
    han++;
    if (u !== simplified.charCodeAt(i)) changed++;
  }
  return han > 0 && changed / han >= TRADITIONAL_SHARE;
}

/**
 * A line that says where the page came from: 来源/來源 (本文来源) and its colon opening it, after a dateline (2023-08-20,
 * 16:22, |, 发布时间:… 推广) or a bracket at most; or a web address alone.
 */
const SOURCE_LINE =
  /^(?:[（(]|(?:发布时间\s*[:：])?[\d\s\-/:.年月日|｜]*(?:推广)?\s*)(?:本文)?[来來]源\s*[:：]|^(?:https?:\/\/|www\.)\S+$/u;

/** A dash run opening a line, after its indent, with a space after it: a bullet. */
const BULLET = /^([ \t\u3000]*)[—―‒–‑‐\-－─━]+[ \t\u3000]/;

/** Builds the document: normalised text, its matching view and the headings found at line starts. */
export function makeDoc(raw: string): Doc {
  const headings: Heading[] = [];
  const titleEnds: number[] = [];
  const paraEnds: number[] = [];
  const sources: [number, number][] = [];
  const bullets: number[] = [];
  let text = '';
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    if (bullet) bullets.push(text.length + (bullet[1]?.length ?? 0));
    if (SOURCE_LINE.test(line.trim())) sources.push([text.length, text.length + line.length]);
    const trimmed = simplify(line.trim());
    for (const [re, level] of HEADING) {
      if (!re.test(trimmed)) continue;
      const lead = line.length - line.trimStart().length;
      const cut = line.trim().split(/[。；！？]/)[0] ?? '';
      headings.push({
        at: text.length + lead,
        level,
        text: cut.replace(/\s+/g, ' ').slice(0, 40),
        end: text.length + lead + cut.length,
      });
      break;
    }
    text += line;
    const t = line.trim();
    if (t && t.length <= 30 && !/[。；，、：,;:（(]$/.test(t)) titleEnds.push(text.length);
    if (/[。！？!?][”’」』）)]?$/.test(t)) paraEnds.push(text.length);
  }
  const simplified = simplify(text);
  // A simplified text is matched as written: a stray 昇 or 乾 in a firm's name is how the firm writes it.
  const traditional = writtenTraditional(text, simplified);
  return {
    text,
    match: blankSources(traditional ? simplified : text, sources),
    ...(traditional ? { reading: simplified } : {}),
    headings,
    titleEnds,
    paraEnds,
    ...(bullets.length ? { bullets } : {}),
    ...(sources.length ? { sources } : {}),
  };
}

/** `text` with each of the given lines replaced by `fill(start, end)` (of the same length, so spans stay put). */
export function overLines(
  text: string,
  lines: [number, number][],
  fill: (start: number, end: number) => string,
): string {
  if (!lines.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of lines) {
    parts.push(text.slice(at, s), fill(s, e));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** `text` with 。 over the given lines. */
const blankSources = (text: string, lines: [number, number][]) =>
  overLines(text, lines, (s, e) => '。'.repeat(e - s));

/** Whether `doc` is read on its own text (simplified script), its source lines apart. */
export function readAsWritten(doc: Doc): boolean {
  return blankSources(doc.text, doc.sources ?? []) === doc.match;
}

const SENTENCE_ENDS = /[。！？!?]/g;

interface HeadingIndex {
  /** Where each heading ends (sorted: headings sit on separate lines). */
  ends: number[];
  /** Offsets just after each 。！？ (sorted). */
  stops: number[];
  /** Index of each heading's parent in the path, -1 at the top. */
  parent: number[];
}

const indexes = new WeakMap<Doc, HeadingIndex>();

/** Built once per document, so that lookups stay logarithmic however many headings and chains a text has. */
function headingIndex(doc: Doc): HeadingIndex {
  let index = indexes.get(doc);
  if (index) return index;
  const parent: number[] = [];
  const stack: number[] = [];
  doc.headings.forEach((h, i) => {
    while (stack.length > 0 && (doc.headings[stack[stack.length - 1] ?? 0]?.level ?? 0) >= h.level)
      stack.pop();
    parent.push(stack[stack.length - 1] ?? -1);
    stack.push(i);
  });
  const stops: number[] = [];
  for (const m of doc.text.matchAll(SENTENCE_ENDS)) stops.push((m.index ?? 0) + 1);
  index = { ends: doc.headings.map((h) => h.at + h.text.length), parent, stops };
  indexes.set(doc, index);
  return index;
}

/** The last index i with key(i) <= at, or -1. */
export function lastAtOrBefore(n: number, key: (i: number) => number, at: number): number {
  let [lo, hi] = [0, n - 1];
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where the last heading at or before `at` starts, or 0 (headings are in text order: by halves). */
export function headingStartBefore(doc: Doc, at: number): number {
  return doc.headings[lastAtOrBefore(doc.headings.length, (k) => doc.headings[k]?.at ?? 0, at)]?.at ?? 0;
}

/** The last value ≤ `at` of a sorted list (offsets: doc.titleEnds, doc.paraEnds), or -1; by halves. */
export function lastUpTo(list: readonly number[], at: number): number {
  return list[lastAtOrBefore(list.length, (i) => list[i] ?? 0, at)] ?? -1;
}

/**
 * `compute(doc, key)` run once per document and key, its answer kept while the document lives: what the rules ask of
 * a text again and again (a word's offsets, a set of marks' offsets, whether it counts a kind of park).
 */
export function oncePerDocAndKey<V>(compute: (doc: Doc, key: string) => V): (doc: Doc, key: string) => V {
  const byDoc = new WeakMap<Doc, Map<string, V>>();
  return (doc, key) => {
    let known = byDoc.get(doc);
    if (!known) {
      known = new Map();
      byDoc.set(doc, known);
    }
    if (!known.has(key)) known.set(key, compute(doc, key));
    return known.get(key) as V;
  };
}

/** Every offset where `word` is written, in order (found once per document and word). */
export const offsetsOf = oncePerDocAndKey((doc, word): number[] => {
  const list: number[] = [];
  for (let at = doc.match.indexOf(word); at >= 0; at = doc.match.indexOf(word, at + 1)) list.push(at);
  return list;
});

/** The offsets of any of the characters `chars`, in order; each character's by indexOf, then merged (a test of every
 * character of a 2 MB text per set took ~0.1 s). */
const marksOf = oncePerDocAndKey((doc, chars): number[] => {
  const list: number[] = [];
  for (const c of new Set(chars))
    for (let i = doc.match.indexOf(c); i >= 0; i = doc.match.indexOf(c, i + 1)) list.push(i);
  return list.sort((x, y) => x - y);
});

/**
 * The offset after the last of the characters `chars` before `at` (as the largest `lastIndexOf(c, at - 1)` + 1), 0
 * when none. Each set's offsets are found once per document and searched by halves: a firm's sentence and clause
 * were found by scanning back, and a mark the text never writes (an ASCII ;) sent the scan to the text's start for
 * every firm — seconds on a 2 MB plan.
 */
export function afterLastOf(doc: Doc, chars: string, at: number): number {
  return lastUpTo(marksOf(doc, chars), Math.max(0, at - 1)) + 1;
}

/** The heading path in force at an offset, chapter first. */
export function sectionAt(doc: Doc, at: number): string[] {
  const { parent } = headingIndex(doc);
  const path: string[] = [];
  for (
    let i = lastAtOrBefore(doc.headings.length, (k) => doc.headings[k]?.at ?? 0, at);
    i >= 0;
    i = parent[i] ?? -1
  )
    path.unshift(doc.headings[i]?.text ?? '');
  return path;
}

/** The sentence around [start, end): from the previous 。！？ or heading to the next 。！？ (inclusive), ≤ ~200 chars a side. */
export function sentenceAt(doc: Doc, start: number, end: number): string {
  const { ends, stops } = headingIndex(doc);
  const floor = ends[lastAtOrBefore(ends.length, (k) => ends[k] ?? 0, start)] ?? 0;
  const before = stops[lastAtOrBefore(stops.length, (k) => stops[k] ?? 0, start)] ?? 0;
  const after = stops[lastAtOrBefore(stops.length, (k) => stops[k] ?? 0, end) + 1] ?? doc.text.length;
  // A source line of the page bounds a sentence like a heading, on either side.
  const lines = doc.sources ?? [];
  const source = lines[lastAtOrBefore(lines.length, (k) => lines[k]?.[1] ?? 0, start)]?.[1] ?? 0;
  const next =
    lines[lastAtOrBefore(lines.length, (k) => lines[k]?.[0] ?? 0, end - 1) + 1]?.[0] ?? doc.text.length;
  const s = Math.max(floor, before, source, start - 200);
  const e = Math.min(after - end <= 200 ? after : end + 200, next);
  return doc.text.slice(s, e).trim();
}

/** Names keep the plan's words; only stray spaces from PDF extraction are removed (电池 PACK → 电池PACK). */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, '');
}

/** An HTML or JSX tag (<div>, </span>, <br/>): markup around text, never part of a link. */
const TAG = /^<\/?[A-Za-z][\w-]*(?:\s[^<>]{0,60})?\/?>/;

/** An ASCII question mark right after a Han character and right before a letter, digit or dash (輔?Q10, 合成氨?—化肥):
 * a character the page could not encode, read as part of the name; a question is written ？ or ends a clause. */
export function isLostCharacter(m: string, i: number): boolean {
  return m[i] === '?' && /\p{Script=Han}/u.test(m[i - 1] ?? '') && /[A-Za-z0-9—\-–－→]/.test(m[i + 1] ?? '');
}

/** Whether the character at i is the `<` or `>` of a markup tag (an arrow's `->` is none). */
export function isTagEdge(m: string, i: number): boolean {
  const ch = m[i];
  if (ch === '<') return TAG.test(m.slice(i, i + 80));
  if (ch !== '>') return false;
  const from = Math.max(0, i - 80);
  const open = m.slice(from, i).lastIndexOf('<');
  return open >= 0 && TAG.test(m.slice(from + open, i + 1));
}
