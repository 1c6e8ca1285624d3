/**
 * What a decider of chain candidates sees and says (learned/decide.ts): findChains hands each candidate sequence to
 * it when one is given (extract(…, { decide })); without one the hand rules decide alone.
 */
import type { Confidence } from './confidence.ts';
import type { Shape } from './reject.ts';

/**
 * One candidate sequence as the hand rules see it, handed to a decider (learned/decide.ts): its shape, the hand rules'
 * reason (undefined: a chain) and their confidence, and where it sits. Halves a rule split off (twoChains) come as their
 * own candidates; dashes that are no separators never reach a decider.
 */
export interface CandidateView {
  shape: Shape;
  /** Stages as written (doc.text), as a chain would carry them. */
  stages: string[][];
  start: number;
  end: number;
  reason: string | undefined;
  /** The hand-weighted confidence and its reasons (confidence.ts), also for a rejected candidate. */
  scored: Confidence;
  styles: string[];
  chainWordAfter: boolean;
  chainVerbBefore: boolean;
  /** The candidate lies inside a heading's first clause. */
  inHeading: boolean;
}

/** What a decider says of a candidate: a reason to reject it, or none, with the chain's confidence and reasons. */
export interface Verdict {
  reason: string | undefined;
  confidence: number;
  reasons: string[];
}

export type Decider = (c: CandidateView) => Verdict;
