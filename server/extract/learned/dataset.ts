/**
 * Labelled candidates for the learned decision: every sequence the extractor weighs in the corpus sentences (its
 * features, the hand rules' verdict) with its label — 1 when it is a gold chain of its sentence (overlapping the
 * gold mention, same stages and links as measure.ts compares them), 0 otherwise (a look-alike, or a sequence no gold
 * names). Grouped by document address, for cross-validation that never splits a document.
 */

import type { CorpusDocument } from '../corpus.ts';
import type { CandidateView, Decider } from '../decider.ts';
import { extract } from '../index.ts';
import { makeDoc } from '../text.ts';
import { FEATURES, type Feature, featureVector } from './features.ts';

export interface LabelledCandidate {
  address: string;
  /** The candidate's features in FEATURES order. */
  x: number[];
  /** 1: a gold chain; 0: not. */
  y: number;
  /** The hand rules accepted it. */
  handAccepts: boolean;
  handConfidence: number;
  text: string;
  /** The stages as written, and where the candidate sits in its sentence's text (makeDoc's). */
  stages: string[][];
  sentence: string;
  start: number;
  end: number;
}

const key = (stages: string[][]) =>
  JSON.stringify(stages.map((st) => st.map((l) => l.replace(/\s+/g, '')).sort()));

function goldSpans(text: string, chains: { expression: string; stages: string[][] }[]) {
  const seen = new Map<string, number>();
  return chains.flatMap((g) => {
    const k = seen.get(g.expression) ?? 0;
    seen.set(g.expression, k + 1);
    let at = -1;
    for (let i = 0; i <= k; i++) at = text.indexOf(g.expression, at + 1);
    return at < 0 ? [] : [{ start: at, end: at + g.expression.length, key: key(g.stages) }];
  });
}

/** The hand rules' verdict, passed through unchanged. */
export const handDecider: Decider = (c) => ({
  reason: c.reason,
  confidence: c.scored.confidence,
  reasons: c.scored.reasons,
});

/** Every candidate of the documents' sentences, labelled. */
export function labelledCandidates(
  documents: CorpusDocument[],
  features: readonly Feature[] = FEATURES,
): LabelledCandidate[] {
  const out: LabelledCandidate[] = [];
  for (const d of documents) {
    for (const s of d.sentences) {
      const views: CandidateView[] = [];
      extract(s.text, '', {
        decide: (c) => {
          views.push(c);
          return handDecider(c);
        },
      });
      const sentence = makeDoc(s.text).text;
      const gold = goldSpans(sentence, s.chains ?? []);
      for (const c of views) {
        const k = key(c.stages);
        out.push({
          address: d.address,
          x: featureVector(c, features),
          y: gold.some((g) => g.start < c.end && c.start < g.end && g.key === k) ? 1 : 0,
          handAccepts: !c.reason,
          handConfidence: c.scored.confidence,
          text: c.stages.map((st) => st.join('、')).join('→'),
          stages: c.stages,
          sentence,
          start: c.start,
          end: c.end,
        });
      }
    }
  }
  return out;
}
