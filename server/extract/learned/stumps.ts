/**
 * Boosted decision stumps on the log loss (gradient boosting with one split per tree, Newton leaf values): a
 * second small learner beside logistic.ts that can read a threshold (a mean link length past some length) and
 * needs no scaling. Deterministic: cut points are the midpoints between a feature's distinct values (at most 16,
 * spread over them), and ties go to the earlier feature and cut. Each stump reads one feature, so a feature's
 * weight is the sum of its stumps.
 */

export interface Stump {
  feature: number;
  /** value ≤ cut → left, else right. */
  cut: number;
  left: number;
  right: number;
}

export interface StumpModel {
  features: string[];
  base: number;
  stumps: Stump[];
}

export interface StumpOptions {
  rounds: number;
  shrinkage: number;
  /** Added to each leaf's hessian sum: keeps leaves of few rows small. */
  lambda: number;
}

export const STUMP_DEFAULTS: StumpOptions = { rounds: 150, shrinkage: 0.1, lambda: 1 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function cutsOf(values: number[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const mids = distinct.slice(1).map((v, i) => ((distinct[i] ?? v) + v) / 2);
  if (mids.length <= 16) return mids;
  return Array.from({ length: 16 }, (_, i) => mids[Math.floor(((i + 0.5) * mids.length) / 16)] ?? 0);
}

export function trainStumps(
  features: readonly string[],
  x: number[][],
  y: number[],
  options: StumpOptions = STUMP_DEFAULTS,
): StumpModel {
  const n = x.length;
  const positives = y.reduce((a, v) => a + v, 0);
  const base = Math.log((positives + 1) / (n - positives + 1));
  const cuts = features.map((_, j) => cutsOf(x.map((r) => r[j] ?? 0)));
  const score = new Array<number>(n).fill(base);
  const stumps: Stump[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const g = score.map((s, i) => sigmoid(s) - (y[i] ?? 0));
    const h = score.map((s) => sigmoid(s) * (1 - sigmoid(s)));
    const [G, H] = [g.reduce((a, v) => a + v, 0), h.reduce((a, v) => a + v, 0)];
    let best: (Stump & { gain: number }) | undefined;
    features.forEach((_, j) => {
      for (const cut of cuts[j] ?? []) {
        let gl = 0;
        let hl = 0;
        for (let i = 0; i < n; i++)
          if ((x[i]?.[j] ?? 0) <= cut) {
            gl += g[i] ?? 0;
            hl += h[i] ?? 0;
          }
        const [gr, hr] = [G - gl, H - hl];
        const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda);
        if (!best || gain > best.gain + 1e-12)
          best = {
            feature: j,
            cut,
            left: (-options.shrinkage * gl) / (hl + options.lambda),
            right: (-options.shrinkage * gr) / (hr + options.lambda),
            gain,
          };
      }
    });
    if (!best) break;
    const { gain: _, ...stump } = best;
    stumps.push(stump);
    for (let i = 0; i < n; i++)
      score[i] = (score[i] ?? 0) + ((x[i]?.[stump.feature] ?? 0) <= stump.cut ? stump.left : stump.right);
  }
  return { features: [...features], base, stumps };
}

/** Each feature's share of the score of one row (the sum of its stumps' leaves). */
export function stumpContributions(model: StumpModel, row: number[]): number[] {
  const c = new Array<number>(model.features.length).fill(0);
  for (const s of model.stumps)
    c[s.feature] = (c[s.feature] ?? 0) + ((row[s.feature] ?? 0) <= s.cut ? s.left : s.right);
  return c;
}

export function predictStumps(model: StumpModel, row: number[]): number {
  return sigmoid(stumpContributions(model, row).reduce((a, v) => a + v, model.base));
}
