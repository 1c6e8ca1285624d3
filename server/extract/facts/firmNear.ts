/** Where in a text a firm's mention sits: the last mention of a word before it, its paragraph, sentence and clause, and
 * the park a referring word (该园区, 园区内) stands for. Shared by `firms.ts`. */

import type { ZoneFact } from '../../../vocab/imports.ts';
import { afterLastOf, type Doc, lastUpTo, offsetsOf } from '../text.ts';

/** The last offset ≤ `start` where `word` is written (offsets found once per document, then binary search). */
export function lastAt(doc: Doc, word: string, start: number): number {
  return lastUpTo(offsetsOf(doc, word), start);
}

/** The first offset where `word` is written, or -1 (doc.match.indexOf, kept per document). */
export function firstAt(doc: Doc, word: string): number {
  return offsetsOf(doc, word)[0] ?? -1;
}

/** Where the paragraph holding `at` starts (after the last line closed by a sentence's end), or 0. */
export function paragraphAt(doc: Doc, at: number): number {
  return Math.max(0, lastUpTo(doc.paraEnds ?? [], at));
}

export const sentenceStart = (doc: Doc, at: number) => afterLastOf(doc, '。！？；', at);

export const clauseStart = (doc: Doc, at: number) => afterLastOf(doc, '。！？；，,;', at);

/**
 * A word referring back to a park (该园区, 该园, 同一园区, 同在园区, or 园区/园区内 opening a clause: 此外，园区招引入驻的甲集团): the
 * park is the one named last before it.
 */
const BACK_TO_PARK = /(?:(?:该|同一|同[在处])园区?|(?:^|[，,：:\s])园区?内|(?:^|[，,：:\s])园区(?!内))/u;

/**
 * The park a firm's sentence refers back to before naming it (…走进甲产业园区。园区内企业乙公司…; 截至目前，该园区已集聚包括
 * 丙、丁…): the zone whose name ends last before the referring word, in the same paragraph and at most 300 characters
 * before, or null. The narrowest zone named last is what the text is speaking of, not the zone the whole text is about.
 */
export function referredTo(doc: Doc, zones: ZoneFact[], at: number): string | null {
  const from = sentenceStart(doc, at);
  const back = BACK_TO_PARK.exec(doc.match.slice(from, at));
  if (!back) return null;
  const word = from + back.index;
  // 同在园区 (also in the park) is the park the text has been speaking of, however many paragraphs back.
  const floor = /^同[在处]/.test(back[0]) ? 0 : Math.max(paragraphAt(doc, word), word - 300);
  const hits = zones
    .map((z) => ({ z: z.name, end: lastAt(doc, z.name, word - z.name.length) + z.name.length }))
    .filter((h) => h.end >= h.z.length && h.end - h.z.length >= floor && h.end <= word)
    // A park named there by a phase of its works (甲产业园一期…项目已启动建设) is being built: no firm is in it yet.
    .filter((h) => !/^[一二三四五六七八九十]期/u.test(doc.match.slice(h.end, h.end + 2)));
  return hits.sort((x, y) => y.end - x.end || y.z.length - x.z.length)[0]?.z ?? null;
}

/** A walk into a park (记者走进甲产业园，…): the verb and the park's name right after it. */
const WALKED = /(?:走进|走入|来到|进入|深入)$/u;

/**
 * A scene's place carried over (#15, round 30): a sentence opened by 在 and the firm (在甲公司拆解车间，工人…) right
 * after a sentence that walked into a park (记者走进乙产业园，只见…): the firm is in that park. Only the sentence right
 * before counts, across a line's end.
 */
export function walkedInto(doc: Doc, zones: ZoneFact[], at: number): string | null {
  const from = sentenceStart(doc, at);
  if (!/^\s*在$/u.test(doc.match.slice(from, at))) return null;
  const prev = sentenceStart(doc, Math.max(0, from - 1));
  const sentence = doc.match.slice(prev, from);
  const hits = zones
    .map((z) => ({ z: z.name, at: sentence.indexOf(z.name) }))
    .filter((h) => h.at > 0 && WALKED.test(sentence.slice(Math.max(0, h.at - 2), h.at)));
  return hits.length === 1 ? (hits[0]?.z ?? null) : null;
}
