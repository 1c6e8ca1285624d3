/**
 * Pinyin glosses that web page stores add after characters (研發(fā), 產(chǎn)業(yè)鏈, 構(gòu)建): not part of the text an author
 * wrote, and not part of a link (the corpus convention: gold 研發). Chains are found on the text with the glosses read
 * over — so leading verbs, trailing chain nouns and the part-of-speech cuts see 构建, 产业链 as words — and every span
 * is mapped back to the text as given, so spans, expressions and quotes keep the glosses and point where they did.
 * A text without a gloss is read exactly as before.
 */
import type { ChainCandidate, Rejected } from '../../vocab/imports.ts';
import { type Doc, sectionAt, sentenceAt } from './text.ts';

/** A bracket of pinyin with at least one tone mark, right after a Han character (發(fā), 區(qū)); not an English gloss. */
const GLOSS =
  /(?<=\p{Script=Han})[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,5}[）)]/gu;

interface Reduced {
  doc: Doc;
  /** Offset in the original text of each character of the reduced text. */
  back: number[];
}

/** The document with its glosses removed, and where each remaining character came from; undefined without glosses. */
export function withoutGlosses(doc: Doc): Reduced | undefined {
  const cuts = [...doc.text.matchAll(GLOSS)].map((g) => [g.index ?? 0, (g.index ?? 0) + g[0].length]);
  if (cuts.length === 0) return undefined;
  const dropped = new Uint8Array(doc.text.length);
  for (const [a = 0, b = 0] of cuts) dropped.fill(1, a, b);
  const back: number[] = [];
  const ahead = new Array<number>(doc.text.length + 1);
  let text = '';
  let match = '';
  for (let i = 0; i < doc.text.length; i++) {
    ahead[i] = text.length;
    if (dropped[i]) continue;
    back.push(i);
    text += doc.text[i] ?? '';
    match += doc.match[i] ?? '';
  }
  ahead[doc.text.length] = text.length;
  const fwd = (o: number) => ahead[o] ?? text.length;
  return {
    back,
    doc: {
      text,
      match,
      headings: doc.headings.map((h) => ({ ...h, at: fwd(h.at), end: fwd(h.end) })),
      titleEnds: doc.titleEnds?.map(fwd),
      paraEnds: doc.paraEnds?.map(fwd),
      ...(doc.bullets ? { bullets: doc.bullets.map(fwd) } : {}),
      ...(doc.sources ? { sources: doc.sources.map(([s, e]): [number, number] => [fwd(s), fwd(e)]) } : {}),
    },
  };
}

/** A span of the reduced text as a span of the original: from its first character to just after its last. */
function spanBack(r: Reduced, original: Doc, start: number, end: number) {
  const s = r.back[start] ?? original.text.length;
  const e = end > start ? (r.back[end - 1] ?? original.text.length - 1) + 1 : s;
  return { start: s, end: e };
}

/** Chains and rejected look-alikes found on the reduced text, with their spans, texts and quotes in the original. */
export function mapBack(
  r: Reduced,
  original: Doc,
  found: { chains: ChainCandidate[]; rejected: Rejected[] },
): { chains: ChainCandidate[]; rejected: Rejected[] } {
  const chains = found.chains.map((c) => {
    const { start, end } = spanBack(r, original, c.start, c.end);
    const sectionPath = sectionAt(original, start);
    return {
      ...c,
      start,
      end,
      expression: original.text.slice(start, end),
      quote: sentenceAt(original, start, end),
      section: sectionPath[sectionPath.length - 1] ?? '',
      sectionPath,
    };
  });
  const rejected = found.rejected.map((x) => {
    const { start, end } = spanBack(r, original, x.start, x.end);
    const long = x.text.endsWith('…') && x.text.length === 81;
    const text = long ? `${original.text.slice(start, start + 80)}…` : original.text.slice(start, end);
    return { ...x, start, end, text };
  });
  return { chains, rejected };
}
