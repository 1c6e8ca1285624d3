/**
 * `npm run extract:embed`: the twenty-fifth chain round's measurement (docs/EXTRACTION.md) — does a Chinese sentence
 * embedding (scripts/lib/embedding.ts: bge-small-zh-v1.5 from Maven Central) tell chains from look-alikes better than
 * the eighteenth round's features alone? Candidates and labels as learned/dataset.ts makes them, on every development
 * document (documents.json's development part, fresh.json … fresh13.json; the held-out part is never read).
 * Grouped 5-fold cross-validation by a hash of the address (as extract:learn); on each fold the threshold is chosen by
 * a grouped inner 4-fold cross-validation on the training documents only (as learned/threshold.ts), for the variants
 * `model` and `lowConfidence` (learned/decide.ts). Figures are candidate-level and summed over the folds: a right
 * chain is an accepted candidate that matches a gold chain; recall's denominator is every gold chain, so chains that
 * never come out as a candidate with the right stages count as missed for every variant.
 */
import { createHash } from 'node:crypto';
import { type LabelledCandidate, labelledCandidates } from '../server/extract/learned/dataset.ts';
import { predict, train } from '../server/extract/learned/logistic.ts';
import { accepts as acceptsRow } from '../server/extract/learned/threshold.ts';
import { clauseOf, developmentDocuments } from './lib/development.ts';
import { embed } from './lib/embedding.ts';

const documents = developmentDocuments();
interface Row extends LabelledCandidate {
  links: string[];
  clause: string;
}
const rows: Row[] = labelledCandidates(documents).map((r) => ({
  ...r,
  links: r.stages.map((st) => st[0] ?? ''),
  clause: clauseOf(r.sentence, r.start, r.end),
}));
const gold = documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + (s.chains ?? []).length, 0), 0);

const t0 = performance.now();
const chainVectors = await embed(rows.map((r) => r.text));
const clauseVectors = await embed(rows.map((r) => r.clause));
const linkVectors = await embed(rows.flatMap((r) => r.links));
let at = 0;
const linkMeans = rows.map((r) => {
  const vs = r.links.map(() => linkVectors[at++] ?? []);
  return (vs[0] ?? []).map((_, j) => vs.reduce((a, v) => a + (v[j] ?? 0), 0) / vs.length);
});
const seconds = ((performance.now() - t0) / 1000).toFixed(1);

const hash = (s: string) => Number.parseInt(createHash('sha256').update(s).digest('hex').slice(0, 8), 16);
const outerFold = (i: number) => hash(rows[i]?.address ?? '') % 5;
const innerFold = (i: number) => hash(`inner:${rows[i]?.address ?? ''}`) % 4;
const dot = (a: number[], b: number[]) => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j] ?? 0) * (b[j] ?? 0);
  return s;
};

/** A scorer fits on the training rows and gives the test rows' probabilities of being a chain. */
type Scorer = (trainRows: number[], testRows: number[]) => number[];
const logistic =
  (x: (i: number) => number[]): Scorer =>
  (tr, te) => {
    const names = x(0).map((_, j) => `f${j}`);
    const m = train(
      names,
      tr.map(x),
      tr.map((i) => rows[i]?.y ?? 0),
      { l2: 0.1, iterations: 1000, rate: 0.5 },
    );
    return te.map((i) => predict(m, x(i)));
  };
/** Similarity-weighted vote of the 15 nearest training candidates. */
const nearest =
  (vectors: number[][]): Scorer =>
  (tr, te) =>
    te.map((i) => {
      const sims = tr.map((j) => [dot(vectors[i] ?? [], vectors[j] ?? []), rows[j]?.y ?? 0] as const);
      sims.sort((a, b) => b[0] - a[0]);
      let [w, s] = [0, 0];
      for (const [c, y] of sims.slice(0, 15)) {
        w += Math.exp(10 * c);
        s += Math.exp(10 * c) * y;
      }
      return w ? s / w : 0;
    });
const blend =
  (a: Scorer, b: Scorer): Scorer =>
  (tr, te) => {
    const [pa, pb] = [a(tr, te), b(tr, te)];
    return pa.map((p, k) => (p + (pb[k] ?? 0)) / 2);
  };

type Variant = 'model' | 'lowConfidence';
/** learned/threshold.ts's rule (as learned/decide.ts decides), for row i. */
const accepts = (v: Variant, i: number, p: number, t: number) => {
  const r = rows[i];
  return !!r && acceptsRow(v, p, r, t);
};
function f1(indices: number[], ok: (i: number) => boolean, positives: number) {
  let [tp, fp] = [0, 0];
  for (const i of indices) if (ok(i)) rows[i]?.y ? tp++ : fp++;
  return { tp, fp, f1: tp ? (2 * tp) / (2 * tp + fp + (positives - tp)) : 0 };
}
/** Per outer fold: the inner cross-validation's out-of-fold probabilities on its training rows, and the test rows'. */
interface FoldScores {
  train: number[];
  test: number[];
  oof: Map<number, number>;
  p: Map<number, number>;
}
function foldScores(score: Scorer): FoldScores[] {
  const all = rows.map((_, i) => i);
  return [0, 1, 2, 3, 4].map((k) => {
    const tr = all.filter((i) => outerFold(i) !== k);
    const te = all.filter((i) => outerFold(i) === k);
    const oof = new Map<number, number>();
    for (let j = 0; j < 4; j++) {
      const inTe = tr.filter((i) => innerFold(i) === j);
      const p = score(
        tr.filter((i) => innerFold(i) !== j),
        inTe,
      );
      inTe.forEach((i, n) => {
        oof.set(i, p[n] ?? 0);
      });
    }
    const p = score(tr, te);
    return { train: tr, test: te, oof, p: new Map(te.map((i, n) => [i, p[n] ?? 0])) };
  });
}
/** Out-of-fold accept decisions, each fold's threshold chosen by the inner cross-validation on its training rows. */
function crossValidate(folds: FoldScores[], v: Variant): { accepted: Set<number>; thresholds: number[] } {
  const accepted = new Set<number>();
  const thresholds: number[] = [];
  for (const { train: tr, test: te, oof, p } of folds) {
    const positives = tr.filter((i) => rows[i]?.y).length;
    let best = { t: 0.5, f1: -1 };
    for (let n = 1; n <= 19; n++) {
      const t = n / 20;
      const r = f1(tr, (i) => accepts(v, i, oof.get(i) ?? 0, t), positives);
      if (r.f1 > best.f1 + 1e-9) best = { t, f1: r.f1 };
    }
    thresholds.push(best.t);
    for (const i of te) if (accepts(v, i, p.get(i) ?? 0, best.t)) accepted.add(i);
  }
  return { accepted, thresholds };
}

const p3 = (x: number) => x.toFixed(3);
const line = (name: string, ok: (i: number) => boolean, note = '') => {
  const all = rows.map((_, i) => i);
  const { tp, fp } = f1(all, ok, gold);
  const [p, r] = [tp / (tp + fp), tp / gold];
  const negatives = rows.filter((x) => !x.y).length;
  return `| ${name} | ${tp + fp} | ${tp}/${gold} | ${p3(p)} | ${p3(r)} | ${p3((2 * p * r) / (p + r))} | ${negatives - fp}/${negatives} | ${note} |`;
};
const hand = (i: number) => rows[i]?.x ?? [];
const scorers: [string, Scorer][] = [
  ['LR, round-18 features', logistic(hand)],
  ['LR, + chain embedding', logistic((i) => [...hand(i), ...(chainVectors[i] ?? [])])],
  ['LR, + mean link embedding', logistic((i) => [...hand(i), ...(linkMeans[i] ?? [])])],
  ['LR, + clause embedding', logistic((i) => [...hand(i), ...(clauseVectors[i] ?? [])])],
  ['LR round-18 features ½ + 15 nearest chains ½', blend(logistic(hand), nearest(chainVectors))],
];
const out = [
  `${documents.length} development documents, ${rows.length} candidates (${rows.filter((r) => r.y).length} right, ${rows.filter((r) => !r.y).length} not), ${gold} gold chains; embedded in ${seconds} s`,
  '',
  '| Decider | Accepted | Right / gold | Precision | Recall | F1 | Wrong candidates turned down | Thresholds per fold |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  line('hand rules', (i) => !!rows[i]?.handAccepts),
];
for (const [name, score] of scorers) {
  const folds = foldScores(score);
  for (const v of ['model', 'lowConfidence'] as const) {
    const { accepted, thresholds } = crossValidate(folds, v);
    out.push(line(`${name}, ${v}`, (i) => accepted.has(i), thresholds.join(' ')));
    console.error(out.at(-1));
  }
}
console.log(out.join('\n'));
