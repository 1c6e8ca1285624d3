/**
 * `npm run extract:learn`: the eighteenth chain round's measurement (docs/EXTRACTION.md) — does a small learned model
 * decide "chain or look-alike" better than the hand rules? Training data: the development part of documents.json and
 * the scored fresh sets (fresh.json … fresh12.json, all development now); the held-out part of documents.json is never
 * read. Cross-validation grouped by document (5 folds by a hash of the address: a document's candidates are never in
 * train and test at once); on each fold the hand rules, the model alone, the model on shape features only (no hand
 * verdict), the veto and the low-confidence variants are measured on the same test documents, and the figures are
 * summed over the folds. Then: the weights of a model fitted on all of it, the Qijiang plan under each variant, and a
 * time split (fit on everything but fresh12.json, test on it). Without a product lexicon, as the corpus floors.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, FRESH_SETS_TO_12, loadCorpus, type PartFigures, split } from '../server/extract/corpus.ts';
import type { Decider } from '../server/extract/decider.ts';
import { extract } from '../server/extract/index.ts';
import { type LabelledCandidate, labelledCandidates } from '../server/extract/learned/dataset.ts';
import { type Learned, learnedDecider, type Variant } from '../server/extract/learned/decide.ts';
import { FEATURES, type Feature, SHAPE_FEATURES } from '../server/extract/learned/features.ts';
import { TRAIN_DEFAULTS, train } from '../server/extract/learned/logistic.ts';
import { trainStumps } from '../server/extract/learned/stumps.ts';
import {
  nestedThreshold as nestedThresholdOf,
  probabilityOfCandidate,
} from '../server/extract/learned/threshold.ts';
import { type Gold, measure } from '../server/extract/measure.ts';
import { makeDoc } from '../server/extract/text.ts';

const development = split(loadCorpus('documents.json')).development;
const fresh = Object.fromEntries(FRESH_SETS_TO_12.map((f) => [f, loadCorpus(f)]));
const all = [...development, ...Object.values(fresh).flat()];
const FOLDS = 5;
const foldOf = (address: string) =>
  Number.parseInt(createHash('sha256').update(address).digest('hex').slice(0, 8), 16) % FOLDS;
const l2 = Number(process.argv.find((a) => a.startsWith('--l2='))?.slice(5) ?? TRAIN_DEFAULTS.l2);
const options = { ...TRAIN_DEFAULTS, l2 };

type LearnerName = 'logistic' | 'stumps';
const columns = (names: readonly Feature[]) => names.map((f) => FEATURES.indexOf(f));
const fitModel = (rows: LabelledCandidate[], names: readonly Feature[], learner: LearnerName): Learned => {
  const idx = columns(names);
  const x = rows.map((r) => idx.map((j) => r.x[j] ?? 0));
  const y = rows.map((r) => r.y);
  return learner === 'logistic'
    ? { kind: 'logistic', model: train(names, x, y, options) }
    : { kind: 'stumps', model: trainStumps(names, x, y) };
};
const probOf = probabilityOfCandidate;
const nestedThreshold = (rows: LabelledCandidate[], learner: LearnerName, variant: Variant) =>
  nestedThresholdOf(rows, (r) => fitModel(r, FEATURES, learner), variant);

const NAMES = [
  'hand',
  'LR model',
  'LR model (shape only)',
  'LR veto',
  'LR lowConfidence',
  'LR model, nested threshold',
  'LR lowConfidence, nested threshold',
  'stumps model',
  'stumps veto',
  'stumps lowConfidence',
  'stumps model, nested threshold',
  'stumps lowConfidence, nested threshold',
] as const;
type Name = (typeof NAMES)[number];

/** Every variant's decider, fitted on `rows`; the thresholds chosen are reported in `chosen`. */
function deciders(rows: LabelledCandidate[], chosen: string[]): Record<Name, Decider | undefined> {
  const lr = fitModel(rows, FEATURES, 'logistic');
  const st = fitModel(rows, FEATURES, 'stumps');
  const tLr = nestedThreshold(rows, 'logistic', 'model');
  const tLrLow = nestedThreshold(rows, 'logistic', 'lowConfidence');
  const tSt = nestedThreshold(rows, 'stumps', 'model');
  const tStLow = nestedThreshold(rows, 'stumps', 'lowConfidence');
  chosen.push(`LR ${tLr}/${tLrLow}, stumps ${tSt}/${tStLow}`);
  return {
    hand: undefined,
    'LR model': learnedDecider(lr, 'model'),
    'LR model (shape only)': learnedDecider(fitModel(rows, SHAPE_FEATURES, 'logistic'), 'model'),
    'LR veto': learnedDecider(lr, 'veto'),
    'LR lowConfidence': learnedDecider(lr, 'lowConfidence'),
    'LR model, nested threshold': learnedDecider(lr, 'model', tLr),
    'LR lowConfidence, nested threshold': learnedDecider(lr, 'lowConfidence', tLrLow),
    'stumps model': learnedDecider(st, 'model'),
    'stumps veto': learnedDecider(st, 'veto'),
    'stumps lowConfidence': learnedDecider(st, 'lowConfidence'),
    'stumps model, nested threshold': learnedDecider(st, 'model', tSt),
    'stumps lowConfidence, nested threshold': learnedDecider(st, 'lowConfidence', tStLow),
  };
}

interface Sum {
  gold: number;
  extracted: number;
  found: number;
  lookalikes: number;
  keptOut: number;
}
const zero = (): Sum => ({ gold: 0, extracted: 0, found: 0, lookalikes: 0, keptOut: 0 });
const add = (s: Sum, f: PartFigures) => {
  s.gold += f.gold;
  s.extracted += f.extracted;
  s.found += f.found;
  s.lookalikes += f.lookalikes;
  s.keptOut += f.keptOut;
};
const p3 = (x: number) => x.toFixed(3);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
function f1Of(s: Sum): number {
  const precision = s.extracted ? s.found / s.extracted : 1;
  const recall = s.gold ? s.found / s.gold : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}
const line = (name: string, s: Sum) => {
  const precision = s.extracted ? s.found / s.extracted : 1;
  const recall = s.gold ? s.found / s.gold : 1;
  return row([
    name,
    String(s.extracted),
    `${s.found}/${s.gold}`,
    p3(precision),
    p3(recall),
    p3(f1Of(s)),
    `${s.keptOut}/${s.lookalikes} (${p3(s.lookalikes ? s.keptOut / s.lookalikes : 1)})`,
  ]);
};
const HEADER = [
  row(['Variant', 'Extracted', 'Found/gold', 'Precision', 'Recall', 'F1', 'Look-alikes kept out']),
  row(['---', '---', '---', '---', '---', '---', '---']),
];

const out: string[] = [];
const labelled = new Map<string, LabelledCandidate[]>();
for (const d of all)
  labelled.set(d.address, [...(labelled.get(d.address) ?? []), ...labelledCandidates([d])]);
const rows = [...labelled.values()].flat();
out.push(
  `documents: ${labelled.size} (development ${development.length}, fresh sets ${all.length - development.length}); candidates: ${rows.length}, gold chains among them: ${rows.filter((r) => r.y).length}; hand rules accept ${rows.filter((r) => r.handAccepts).length}, of which right ${rows.filter((r) => r.handAccepts && r.y).length}; L2 ${l2}`,
  '',
);

// Grouped cross-validation: figures summed over the folds, for all test documents and split by where they come from.
const devDocs = new Set(development);
const sums = Object.fromEntries(NAMES.map((n) => [n, zero()])) as Record<Name, Sum>;
const devSums = Object.fromEntries(NAMES.map((n) => [n, zero()])) as Record<Name, Sum>;
const freshSums = Object.fromEntries(NAMES.map((n) => [n, zero()])) as Record<Name, Sum>;
const chosen: string[] = [];
/** Out-of-fold scores of the candidates the hand rules accept: hand confidence and each learner's probability. */
const ranked: Record<'hand' | LearnerName, [number, number][]> = { hand: [], logistic: [], stumps: [] };
const perFold: string[] = [];
for (let k = 0; k < FOLDS; k++) {
  const test = all.filter((d) => foldOf(d.address) === k);
  const ds = deciders(
    rows.filter((r) => foldOf(r.address) !== k),
    chosen,
  );
  const testRows = rows.filter((r) => foldOf(r.address) === k && r.handAccepts);
  const trainRows = rows.filter((r) => foldOf(r.address) !== k);
  for (const learner of ['logistic', 'stumps'] as const) {
    const m = fitModel(trainRows, FEATURES, learner);
    for (const r of testRows) ranked[learner].push([probOf(m, r), r.y]);
  }
  for (const r of testRows) ranked.hand.push([r.handConfidence, r.y]);
  const cells: string[] = [`fold ${k + 1} (${test.length} docs)`];
  for (const n of NAMES) {
    const dev = evaluate(
      test.filter((d) => devDocs.has(d)),
      undefined,
      ds[n],
    );
    const fr = evaluate(
      test.filter((d) => !devDocs.has(d)),
      undefined,
      ds[n],
    );
    for (const f of [dev, fr]) add(sums[n], f);
    add(devSums[n], dev);
    add(freshSums[n], fr);
    const s = zero();
    for (const f of [dev, fr]) add(s, f);
    cells.push(f1Of(s).toFixed(3));
  }
  perFold.push(row(cells));
}
out.push(
  `grouped ${FOLDS}-fold cross-validation, summed over the folds (all training documents):`,
  '',
  ...HEADER,
);
for (const n of NAMES) out.push(line(n, sums[n]));
/** The chance that a right chain scores above a wrong one (ties half). */
const auc = (xs: [number, number][]) => {
  const right = xs.filter(([, y]) => y).map(([p]) => p);
  const wrong = xs.filter(([, y]) => !y).map(([p]) => p);
  let pairs = 0;
  for (const r of right) for (const w of wrong) pairs += r > w ? 1 : r === w ? 0.5 : 0;
  return right.length && wrong.length ? pairs / (right.length * wrong.length) : 0.5;
};
out.push(
  '',
  `ranking of the hand rules' accepted candidates, out of fold (AUC): hand confidence ${p3(auc(ranked.hand))}, LR ${p3(auc(ranked.logistic))}, stumps ${p3(auc(ranked.stumps))}`,
);
out.push('', 'the same folds, test documents of documents.json (development part) only:', '', ...HEADER);
for (const n of NAMES) out.push(line(n, devSums[n]));
out.push('', 'the same folds, test documents of the fresh sets only:', '', ...HEADER);
for (const n of NAMES) out.push(line(n, freshSums[n]));
out.push(
  '',
  `nested thresholds per fold (model / lowConfidence): ${chosen.join('; ')}`,
  '',
  'F1 per fold:',
  '',
  row(['Fold', ...NAMES]),
  row(['---', ...NAMES.map(() => '---')]),
  ...perFold,
);

// Models fitted on all of it: weights on the standardised scale (LR) and summed stump leaves (stumps), largest first.
const full = fitModel(rows, FEATURES, 'logistic');
const shape = fitModel(rows, SHAPE_FEATURES, 'logistic');
const weights = (m: Learned) => {
  const w =
    m.kind === 'logistic'
      ? m.model.weights
      : m.model.features.map((_, j) =>
          m.model.stumps.filter((s) => s.feature === j).reduce((a, s) => a + Math.abs(s.left - s.right), 0),
        );
  return m.model.features
    .map((f, j) => [f, w[j] ?? 0] as const)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([f, v]) => `${f} ${v >= 0 ? '+' : ''}${v.toFixed(2)}`);
};
const stumps = fitModel(rows, FEATURES, 'stumps');
out.push('', `LR weights, all features: ${weights(full).join(', ')}`);
out.push('', `LR weights, shape only: ${weights(shape).join(', ')}`);
out.push('', `stumps, summed |left − right| per feature: ${weights(stumps).join(', ')}`);
for (const m of [full, stumps]) {
  const acc = rows.filter((r) => probOf(m, r) >= 0.5 === (r.y === 1)).length;
  out.push('', `training accuracy (${m.kind}): ${acc}/${rows.length}`);
}

// Qijiang under each variant fitted on all of it.
const read = (p: string) => readFileSync(join(import.meta.dirname, '..', p), 'utf8');
const qijiang = read('seed/sources/qijiang-gazette-2023-02.txt');
const qGold = JSON.parse(read('tests/fixtures/extraction/qijiang.gold.json')) as Gold;
const allChosen: string[] = [];
const ds = deciders(rows, allChosen);
out.push('', `Qijiang plan, fitted on all of the training data (thresholds ${allChosen.join('')}):`);
for (const n of NAMES) {
  const q = measure(makeDoc(qijiang).text, extract(qijiang, '', { decide: ds[n] }), qGold);
  out.push(
    `  ${n}: precision ${p3(q.precision)} recall ${p3(q.recall)} (${q.found}/${q.gold}), kept out ${q.nonChainsKeptOut}/${q.nonChains}`,
  );
}

// Time split: fit on everything but the newest set, test on it.
const newest = FRESH_SETS_TO_12[FRESH_SETS_TO_12.length - 1] ?? '';
const newestAddresses = new Set((fresh[newest] ?? []).map((d) => d.address));
const before = rows.filter((r) => !newestAddresses.has(r.address));
const ts = deciders(before, []);
out.push(
  '',
  `time split: fitted without ${newest}, tested on it (the hand rules have seen it):`,
  '',
  ...HEADER,
);
for (const n of NAMES) {
  const s = zero();
  add(s, evaluate(fresh[newest] ?? [], undefined, ts[n]));
  out.push(line(n, s));
}
console.log(out.join('\n'));
