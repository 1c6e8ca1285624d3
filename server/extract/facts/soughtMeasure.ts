/**
 * Precision and recall of the sought links (sought.ts) against the hand-labelled sentences of
 * tests/fixtures/plans/sought-gold.json, per part (development / held-out). A text's list is complete: a sentence
 * it does not list has no sought link, so a link read there counts against precision. A read link is placed in the
 * gold sentence holding its `start` (offsets into the simplified normalised text, cut on 。！？；); one read
 * outside every listed sentence is put in the part its own sentence's hash gives (the gold's heldOutRule).
 */
import { createHash } from 'node:crypto';
import type { SoughtFact } from '../../../vocab/imports.ts';
import { addScores, type DistrictScore } from './districtMeasure.ts';

export interface SoughtGold {
  about: string;
  heldOutRule: string;
  texts: {
    plan: string;
    sentences: {
      start: number;
      end: number;
      heldOut: boolean;
      sought: string[];
      begins: string;
      note?: string;
    }[];
  }[];
}

/** Read right of read, found of the list, and what went wrong (shown for the development part only). */
export type SoughtScore = DistrictScore;

const empty = (): SoughtScore => ({ right: 0, extracted: 0, found: 0, total: 0, errors: [] });

/** The part of a sentence not listed in the gold: sha1 of the trimmed sentence, first hex digit 0–6 = held-out. */
export function heldOutSentence(sentence: string): boolean {
  return '0123456'.includes(createHash('sha1').update(sentence.trim()).digest('hex')[0] ?? 'f');
}

/** Scores one text: `simplified` is the text the offsets point into. */
export function scoreSought(
  gold: SoughtGold['texts'][number],
  read: readonly SoughtFact[],
  simplified: string,
): { dev: SoughtScore; heldOut: SoughtScore } {
  const parts = { dev: empty(), heldOut: empty() };
  const found = new Set<string>();
  for (const r of read) {
    const s = gold.sentences.find((x) => x.start <= r.start && r.start < x.end);
    let heldOut: boolean;
    if (s) heldOut = s.heldOut;
    else {
      const from = Math.max(...[...'。！？；'].map((c) => simplified.lastIndexOf(c, r.start - 1))) + 1;
      const to = Math.min(
        ...[...'。！？；'].map((c) => simplified.indexOf(c, r.start)).filter((i) => i >= 0),
      );
      heldOut = heldOutSentence(simplified.slice(from, Number.isFinite(to) ? to + 1 : undefined));
    }
    const p = heldOut ? parts.heldOut : parts.dev;
    p.extracted++;
    if (s?.sought.includes(r.name)) {
      p.right++;
      found.add(`${s.start}:${r.name}`);
    } else p.errors.push(`${gold.plan}: read ${r.name} (${r.cue}) «${r.quote.slice(0, 60)}»`);
  }
  for (const s of gold.sentences) {
    const p = s.heldOut ? parts.heldOut : parts.dev;
    for (const name of s.sought) {
      p.total++;
      if (found.has(`${s.start}:${name}`)) p.found++;
      else p.errors.push(`${gold.plan}: missed ${name} «${s.begins}»`);
    }
  }
  return parts;
}

/** Sums scores (the district targets' sum: the same shape). */
export const addSought: (scores: SoughtScore[]) => SoughtScore = addScores;
