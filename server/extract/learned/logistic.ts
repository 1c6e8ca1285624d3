/**
 * L2-regularised logistic regression, trained by full-batch gradient descent from zero weights on standardised
 * features: no randomness, so the same rows give the same weights. Small enough to read: one weight per named
 * feature (on the standardised scale, so weights compare), a bias, and the means and spreads used to standardise.
 */

export interface LogisticModel {
  features: string[];
  bias: number;
  weights: number[];
  means: number[];
  scales: number[];
}

export interface TrainOptions {
  /** L2 penalty on the mean log loss (the bias is not penalised). */
  l2: number;
  iterations: number;
  rate: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { l2: 0.01, iterations: 2000, rate: 0.5 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Fits the model on rows `x` with labels `y` (1 = chain). */
export function train(
  features: readonly string[],
  x: number[][],
  y: number[],
  options: TrainOptions = TRAIN_DEFAULTS,
): LogisticModel {
  const d = features.length;
  const n = x.length;
  const means = Array.from({ length: d }, (_, j) => x.reduce((a, r) => a + (r[j] ?? 0), 0) / Math.max(1, n));
  const scales = means.map((m, j) => {
    const v = x.reduce((a, r) => a + ((r[j] ?? 0) - m) ** 2, 0) / Math.max(1, n);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const z = x.map((r) => r.map((v, j) => (v - (means[j] ?? 0)) / (scales[j] ?? 1)));
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  const grad = new Array<number>(d).fill(0);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = z[i] ?? [];
      let s = bias;
      for (let j = 0; j < d; j++) s += (w[j] ?? 0) * (row[j] ?? 0);
      const e = sigmoid(s) - (y[i] ?? 0);
      gb += e;
      for (let j = 0; j < d; j++) grad[j] = (grad[j] ?? 0) + e * (row[j] ?? 0);
    }
    bias -= (options.rate * gb) / Math.max(1, n);
    for (let j = 0; j < d; j++)
      w[j] = (w[j] ?? 0) - options.rate * ((grad[j] ?? 0) / Math.max(1, n) + options.l2 * (w[j] ?? 0));
  }
  return { features: [...features], bias, weights: w, means, scales };
}

/** Each feature's share of the score of one row: weight × standardised value. */
export function contributions(model: LogisticModel, row: number[]): number[] {
  return model.weights.map((w, j) => w * (((row[j] ?? 0) - (model.means[j] ?? 0)) / (model.scales[j] ?? 1)));
}

/** The probability that the row is a chain. */
export function predict(model: LogisticModel, row: number[]): number {
  return sigmoid(contributions(model, row).reduce((a, c) => a + c, model.bias));
}
