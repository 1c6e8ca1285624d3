/**
 * The twenty-fourth chain round's pre-registered learned decision, as fitted (preregFit.ts) and committed in
 * prereg24.json: logistic regression over the candidate features; hand-accepted chains under the review screen's low
 * band (confidence < 0.6) are kept when the model's probability reaches the nested threshold, the rest keep the hand
 * verdict (decide.ts, `lowConfidence`).
 */
import type { Decider } from '../decider.ts';
import { learnedDecider } from './decide.ts';
import type { LogisticModel } from './logistic.ts';
import fit from './prereg24.json' with { type: 'json' };

export interface PreregFit {
  round: 24;
  variant: 'lowConfidence';
  l2: number;
  threshold: number;
  trainedOn: { documents: number; candidates: number; chains: number; sets: string[] };
  model: LogisticModel;
}

export const PREREG_FIT = fit as PreregFit;

/** The pre-registered decider (a fit other than the committed one can be passed, for tests). */
export function preregDecider(f: PreregFit = PREREG_FIT): Decider {
  return learnedDecider({ kind: 'logistic', model: f.model }, f.variant, f.threshold);
}
