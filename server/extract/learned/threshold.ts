/**
 * The nested threshold of the eighteenth chain round (docs/EXTRACTION.md), chosen inside training documents only: a
 * grouped 4-fold inner cross-validation (fold sha256(`inner:` + address) mod 4) gives out-of-fold probabilities, and of
 * 0.05, 0.10 … 0.95 the threshold with the best candidate-level F1 for the variant wins (the first on ties).
 * Used by `npm run extract:learn` and by the twenty-fourth round's pre-registered fit (prereg.ts).
 */
import { createHash } from 'node:crypto';
import type { LabelledCandidate } from './dataset.ts';
import { type Learned, probabilityOfRow, THRESHOLD, type Variant } from './decide.ts';
import { FEATURES, type Feature } from './features.ts';

const columns = (names: readonly string[]) => names.map((f) => FEATURES.indexOf(f as Feature));

/** The model's probability for a labelled row (its features picked out of the row's full vector). */
export const probabilityOfCandidate = (m: Learned, r: LabelledCandidate) =>
  probabilityOfRow(
    m,
    columns(m.model.features).map((j) => r.x[j] ?? 0),
  );

/** Whether a variant accepts a candidate, read from its row (the same rule as decide.ts). */
export function accepts(variant: Variant, p: number, r: LabelledCandidate, threshold: number): boolean {
  if (variant === 'model') return p >= threshold;
  if (variant === 'veto') return r.handAccepts && p >= threshold;
  return r.handAccepts && (r.handConfidence >= 0.6 || p >= threshold);
}

/** The threshold a grouped inner cross-validation on `rows` picks for `variant`, fitting with `train`. */
export function nestedThreshold(
  rows: LabelledCandidate[],
  train: (rows: LabelledCandidate[]) => Learned,
  variant: Variant,
): number {
  const inner = 4;
  const innerFold = (a: string) =>
    Number.parseInt(createHash('sha256').update(`inner:${a}`).digest('hex').slice(0, 8), 16) % inner;
  const scored: [number, LabelledCandidate][] = [];
  for (let k = 0; k < inner; k++) {
    const m = train(rows.filter((r) => innerFold(r.address) !== k));
    for (const r of rows.filter((x) => innerFold(x.address) === k))
      scored.push([probabilityOfCandidate(m, r), r]);
  }
  let best = { t: THRESHOLD, f1: -1 };
  for (let i = 1; i <= 19; i++) {
    const t = i / 20;
    let [tp, fp] = [0, 0];
    for (const [p, r] of scored) if (accepts(variant, p, r, t)) r.y ? tp++ : fp++;
    const positives = scored.filter(([, r]) => r.y).length;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (positives - tp));
    if (f1 > best.f1 + 1e-9) best = { t, f1 };
  }
  return best.t;
}
