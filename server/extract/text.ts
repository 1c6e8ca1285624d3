/**
 * The text an extraction works on. `text` is the normalised text (line breaks removed, as seed/text.ts does) and
 * the one every span points into; `match` is the same text with traditional characters mapped to simplified
 * ones, character for character, so rules written in simplified Chinese also read traditional plans.
 */
import * as OpenCC from 'opencc-js';

export interface Heading {
  at: number;
  level: number;
  text: string;
}

export interface Doc {
  text: string;
  match: string;
  headings: Heading[];
}

let toSimplified: ((s: string) => string) | undefined;

/** Traditional → simplified, keeping the length (a phrase that would change length is mapped char by char). */
export function simplify(s: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const whole = toSimplified(s);
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

const HEADING: [RegExp, number][] = [
  [/^第[一二三四五六七八九十百零〇]+[章篇]/, 0],
  [/^[一二三四五六七八九十]+、/, 1],
  [/^专栏\s*\d+/, 2],
  [/^（[一二三四五六七八九十]+）/, 2],
  [/^\d{1,2}[.．](?!\d)/, 3],
];

/** Builds the document: normalised text, its matching view and the headings found at line starts. */
export function makeDoc(raw: string): Doc {
  const headings: Heading[] = [];
  let text = '';
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = simplify(line.trim());
    for (const [re, level] of HEADING) {
      if (!re.test(trimmed)) continue;
      const lead = line.length - line.trimStart().length;
      const cut = line.trim().split(/[。；！？]/)[0] ?? '';
      headings.push({ at: text.length + lead, level, text: cut.replace(/\s+/g, ' ').slice(0, 40) });
      break;
    }
    text += line;
  }
  return { text, match: simplify(text), headings };
}

/** The heading path in force at an offset, chapter first. */
export function sectionAt(doc: Doc, at: number): string[] {
  const stack: Heading[] = [];
  for (const h of doc.headings) {
    if (h.at > at) break;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
    stack.push(h);
  }
  return stack.map((h) => h.text);
}

const SENTENCE_END = /[。！？!?]/;

/** The sentence around [start, end): from the previous 。！？ or heading to the next 。！？ (inclusive), ≤ ~200 chars a side. */
export function sentenceAt(doc: Doc, start: number, end: number): string {
  let floor = 0;
  for (const h of doc.headings)
    if (h.at + h.text.length <= start) floor = Math.max(floor, h.at + h.text.length);
  let s = start;
  while (s > floor && start - s < 200 && !SENTENCE_END.test(doc.text[s - 1] ?? '')) s--;
  let e = end;
  while (e < doc.text.length && e - end < 200 && !SENTENCE_END.test(doc.text[e] ?? '')) e++;
  if (e < doc.text.length && SENTENCE_END.test(doc.text[e] ?? '')) e++;
  return doc.text.slice(s, e).trim();
}

/** Names keep the plan's words; only stray spaces from PDF extraction are removed (电池 PACK → 电池PACK). */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, '');
}
