/**
 * The order the review screen lists candidate chains in, and how it labels their confidence. Pure, so the
 * screen's derived state is a function of the extraction alone.
 *
 * The screen keeps one draft per chain at the chain's position in ExtractResponse.chains (drafts[i] belongs to
 * chains[i]); reviewOrder only says in which order to show them, each with that original index, so accepting,
 * editing, dropping and committing address the same draft whatever the display order.
 */
import type { ChainCandidate } from '../../../vocab/imports.ts';

/** The one place the badge thresholds live: below `low` is low, from `high` up is high, between is medium. */
export const CONFIDENCE_THRESHOLDS = { low: 0.6, high: 0.8 } as const;

export type ConfidenceLevel = 'low' | 'medium' | 'high';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence < CONFIDENCE_THRESHOLDS.low) return 'low';
  if (confidence >= CONFIDENCE_THRESHOLDS.high) return 'high';
  return 'medium';
}

/** The confidence as the badge shows it: two decimals. */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

export interface ReviewItem<C> {
  chain: C;
  /** The chain's position in the extraction, which is also its draft's position. */
  index: number;
}

/** Least confident first (the reviewer checks those first); ties in the order they appear in the text. */
export function reviewOrder<C extends Pick<ChainCandidate, 'confidence' | 'start'>>(
  chains: readonly C[],
): ReviewItem<C>[] {
  return chains
    .map((chain, index) => ({ chain, index }))
    .sort(
      (a, b) => a.chain.confidence - b.chain.confidence || a.chain.start - b.chain.start || a.index - b.index,
    );
}
