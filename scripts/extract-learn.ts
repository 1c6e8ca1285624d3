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
import type { Decider } from '../server/extract/chains.ts';
import { type CorpusDocument, evaluate, type PartFigures, split } from '../server/extract/corpus.ts';
import { extract } from '../server/extract/index.ts';
import { type LabelledCandidate, labelledCandidates } from '../server/extract/learned/dataset.ts';
import { learnedDecider, type Variant } from '../server/extract/learned/decide.ts';
import { FEATURES, type Feature, SHAPE_FEATURES } from '../server/extract/learned/features.ts';
import { type LogisticModel, predict, TRAIN_DEFAULTS, train } from '../server/extract/learned/logistic.ts';
import { type Gold, measure } from '../server/extract/measure.ts';
import { makeDoc } from '../server/extract/text.ts';

const dir = join(import.meta.dirname, '../tests/fixtures/extraction/corpus');
const load = (name: string) =>
  (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { documents: CorpusDocument[] }).documents;
const FRESH = ['', ...Array.from({ length: 11 }, (_, i) => String(i + 2))].map((n) => `fresh${n}.json`);
const development = split(load('documents.json')).development;
const fresh = Object.fromEntries(FRESH.map((f) => [f, load(f)]));
const all = [...development, ...Object.values(fresh).flat()];
const FOLDS = 5;
const foldOf = (address: string) =>
  Number.parseInt(createHash('sha256').update(address).digest('hex').slice(0, 8), 16) % FOLDS;
const l2 = Number(process.argv.find((a) => a.startsWith('--l2='))?.slice(5) ?? TRAIN_DEFAULTS.l2);
const options = { ...TRAIN_DEFAULTS, l2 };

const fit = (rows: LabelledCandidate[], names: readonly Feature[]) => {
  const idx = names.map((f) => FEATURES.indexOf(f));
  return train(
    names,
    rows.map((r) => idx.map((j) => r.x[j] ?? 0)),
    rows.map((r) => r.y),
    options,
  );
};

type Name = 'hand' | Variant | 'model (shape only)';
const NAMES: Name[] = ['hand', 'model', 'model (shape only)', 'veto', 'lowConfidence'];
function deciders(full: LogisticModel, shape: LogisticModel): Record<Name, Decider | undefined> {
  return {
    hand: undefined,
    model: learnedDecider(full, 'model'),
    'model (shape only)': learnedDecider(shape, 'model'),
    veto: learnedDecider(full, 'veto'),
    lowConfidence: learnedDecider(full, 'lowConfidence'),
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
const line = (name: string, s: Sum) => {
  const precision = s.extracted ? s.found / s.extracted : 1;
  const recall = s.gold ? s.found / s.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return row([
    name,
    String(s.extracted),
    `${s.found}/${s.gold}`,
    p3(precision),
    p3(recall),
    p3(f1),
    `${s.keptOut}/${s.lookalikes} (${p3(s.lookalikes ? s.keptOut / s.lookalikes : 1)})`,
  ]);
};
const HEADER = [
  row(['Variant', 'Extracted', 'Found/gold', 'Precision', 'Recall', 'F1', 'Look-alikes kept out']),
  row(['---', '---', '---', '---', '---', '---', '---']),
];

const out: string[] = [];
const labelled = new Map<string, LabelledCandidate[]>();
for (const d of all) labelled.set(d.address, [...(labelled.get(d.address) ?? []), ...labelledCandidates([d])]);
const rows = [...labelled.values()].flat();
out.push(
  `documents: ${labelled.size} (development ${development.length}, fresh sets ${all.length - development.length}); candidates: ${rows.length}, gold chains among them: ${rows.filter((r) => r.y).length}; hand rules accept ${rows.filter((r) => r.handAccepts).length}, of which right ${rows.filter((r) => r.handAccepts && r.y).length}; L2 ${l2}`,
  '',
);

// Grouped cross-validation.
const sums = Object.fromEntries(NAMES.map((n) => [n, zero()])) as Record<Name, Sum>;
const perFold: string[] = [];
for (let k = 0; k < FOLDS; k++) {
  const test = all.filter((d) => foldOf(d.address) === k);
  const trainRows = rows.filter((r) => foldOf(r.address) !== k);
  const ds = deciders(fit(trainRows, FEATURES), fit(trainRows, SHAPE_FEATURES));
  const cells: string[] = [`fold ${k + 1} (${test.length} docs)`];
  for (const n of NAMES) {
    const f = evaluate(test, undefined, ds[n]);
    add(sums[n], f);
    cells.push(`${p3(f.precision)} / ${p3(f.recall)} / ${f.keptOut}-${f.lookalikes}`);
  }
  perFold.push(row(cells));
}
out.push(`grouped ${FOLDS}-fold cross-validation, summed over the folds:`, '', ...HEADER);
for (const n of NAMES) out.push(line(n, sums[n]));
out.push(
  '',
  'per fold (precision / recall / kept out-look-alikes):',
  '',
  row(['Fold', ...NAMES]),
  row(['---', ...NAMES.map(() => '---')]),
  ...perFold,
);

// The model fitted on all of it: weights on the standardised scale, largest first.
const full = fit(rows, FEATURES);
const shape = fit(rows, SHAPE_FEATURES);
const weights = (m: LogisticModel) =>
  m.features
    .map((f, j) => [f, m.weights[j] ?? 0] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([f, w]) => `${f} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`);
out.push('', `weights, all features (bias ${full.bias.toFixed(2)}): ${weights(full).join(', ')}`);
out.push('', `weights, shape only (bias ${shape.bias.toFixed(2)}): ${weights(shape).join(', ')}`);
const idx = FEATURES.map((_, j) => j);
const trainAcc = rows.filter((r) => (predict(full, idx.map((j) => r.x[j] ?? 0)) >= 0.5) === (r.y === 1)).length;
out.push('', `training accuracy of the full model: ${trainAcc}/${rows.length}`);

// Qijiang under each variant fitted on all of it.
const read = (p: string) => readFileSync(join(import.meta.dirname, '..', p), 'utf8');
const qijiang = read('seed/sources/qijiang-gazette-2023-02.txt');
const qGold = JSON.parse(read('tests/fixtures/extraction/qijiang.gold.json')) as Gold;
const ds = deciders(full, shape);
out.push('', 'Qijiang plan, fitted on all of the training data:');
for (const n of NAMES) {
  const q = measure(makeDoc(qijiang).text, extract(qijiang, '', { decide: ds[n] }), qGold);
  out.push(
    `  ${n}: precision ${p3(q.precision)} recall ${p3(q.recall)} (${q.found}/${q.gold}), kept out ${q.nonChainsKeptOut}/${q.nonChains}`,
  );
}

// Time split: fit on everything but the newest set, test on it.
const newest = FRESH[FRESH.length - 1] ?? '';
const newestAddresses = new Set((fresh[newest] ?? []).map((d) => d.address));
const before = rows.filter((r) => !newestAddresses.has(r.address));
const ts = deciders(fit(before, FEATURES), fit(before, SHAPE_FEATURES));
out.push('', `time split: fitted without ${newest}, tested on it (the hand rules have seen it):`, '', ...HEADER);
for (const n of NAMES) {
  const s = zero();
  add(s, evaluate(fresh[newest] ?? [], undefined, ts[n]));
  out.push(line(n, s));
}
console.log(out.join('\n'));
