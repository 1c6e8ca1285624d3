/**
 * Deciders built on a learned model (logistic.ts or stumps.ts over features.ts), in the variants the eighteenth
 * chain round measures against the hand rules (docs/EXTRACTION.md):
 *
 * - `model`: the model alone decides (its inputs may include the hand rules' verdict and reason family);
 * - `veto`: a chain only when the hand rules accept it and the model agrees;
 * - `lowConfidence`: the hand rules' accepted chains under 0.6 confidence (the review screen's low band) follow
 *   the model; the rest keep the hand verdict.
 *
 * A candidate the model turns down keeps the hand rules' reason when they had one, else MODEL_REJECT.
 */
import type { CandidateView, Decider } from '../decider.ts';
import { type Feature, featureValues } from './features.ts';
import { type LogisticModel, predict } from './logistic.ts';
import { predictStumps, type StumpModel } from './stumps.ts';

export const MODEL_REJECT = '学习模型判为非产业链';
export type Variant = 'model' | 'veto' | 'lowConfidence';
/** Below this probability the model calls a candidate a look-alike unless a threshold is given. */
export const THRESHOLD = 0.5;
/** The review screen's low band (client/src/import/review.ts). */
const LOW = 0.6;

export type Learned = { kind: 'logistic'; model: LogisticModel } | { kind: 'stumps'; model: StumpModel };

/** The probability that a row (values of the model's features, in its order) is a chain. */
export function probabilityOfRow(m: Learned, row: number[]): number {
  return m.kind === 'logistic' ? predict(m.model, row) : predictStumps(m.model, row);
}

export function probability(m: Learned, c: CandidateView): number {
  const v = featureValues(c);
  return probabilityOfRow(
    m,
    m.model.features.map((f) => v[f as Feature] ?? 0),
  );
}

export function learnedDecider(m: Learned, variant: Variant, threshold = THRESHOLD): Decider {
  return (c) => {
    const modelSays = probability(m, c) >= threshold;
    const accept =
      variant === 'model'
        ? modelSays
        : variant === 'veto'
          ? !c.reason && modelSays
          : !c.reason && (c.scored.confidence >= LOW || modelSays);
    return {
      reason: accept ? undefined : (c.reason ?? MODEL_REJECT),
      confidence: c.scored.confidence,
      reasons: c.scored.reasons,
    };
  };
}
