/**
 * Deciders built on a learned model (logistic.ts over features.ts), in the variants the eighteenth chain round
 * measures against the hand rules (docs/EXTRACTION.md):
 *
 * - `model`: the model alone decides (its inputs include the hand rules' verdict and reason family);
 * - `veto`: a chain only when the hand rules accept it and the model agrees;
 * - `lowConfidence`: the hand rules' accepted chains under 0.6 confidence (the review screen's low band) follow
 *   the model; the rest keep the hand verdict.
 *
 * A candidate the model turns down keeps the hand rules' reason when they had one, else MODEL_REJECT.
 */
import type { CandidateView, Decider } from '../chains.ts';
import { type Feature, featureValues } from './features.ts';
import { type LogisticModel, predict } from './logistic.ts';

export const MODEL_REJECT = '学习模型判为非产业链';
export type Variant = 'model' | 'veto' | 'lowConfidence';
/** Below this probability the model calls a candidate a look-alike (fixed before measuring, not tuned). */
export const THRESHOLD = 0.5;
/** The review screen's low band (client/src/import/review.ts). */
const LOW = 0.6;

export function probability(model: LogisticModel, c: CandidateView): number {
  const v = featureValues(c);
  return predict(
    model,
    model.features.map((f) => v[f as Feature] ?? 0),
  );
}

export function learnedDecider(model: LogisticModel, variant: Variant): Decider {
  return (c) => {
    const p = probability(model, c);
    const modelSays = p >= THRESHOLD;
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
