/**
 * `npm run extract:prereg`: the twenty-fourth chain round's pre-registered test (docs/EXTRACTION.md).
 *
 * `-- --write` fits the pre-registered model on the development documents (preregFit.ts) and writes
 * server/extract/learned/prereg24.json. Without it, reads the committed fit and measures the hand rules and the
 * pre-registered decider side by side, as `npm run extract:eval` measures: on the blind set fresh13.json (with the
 * chainkg pool's lexicon, as extract:eval loads it, and without a lexicon), on the Qijiang plan (pool lexicon, the seed
 * graph's lexicon, none) and on documents.json's development part without a lexicon (the floors test's measure).
 * The held-out part of documents.json is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CorpusDocument,
  evaluate,
  loadCorpus,
  type PartFigures,
  split,
} from '../server/extract/corpus.ts';
import type { Decider } from '../server/extract/decider.ts';
import { extract } from '../server/extract/index.ts';
import { PREREG_FIT, preregDecider } from '../server/extract/learned/prereg.ts';
import { fitPrereg } from '../server/extract/learned/preregFit.ts';
import { type Gold, measure } from '../server/extract/measure.ts';
import type { ProductLexicon } from '../server/extract/products.ts';
import { makeDoc } from '../server/extract/text.ts';
import { chainkgLexicon, seedLexicon } from './lib/chainkg.ts';

const root = join(import.meta.dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

if (process.argv.includes('--write')) {
  const fit = fitPrereg();
  writeFileSync(join(root, 'server/extract/learned/prereg24.json'), `${JSON.stringify(fit, null, 2)}\n`);
  console.log(
    `wrote prereg24.json: threshold ${fit.threshold}, ${fit.trainedOn.documents} documents, ${fit.trainedOn.candidates} candidates (${fit.trainedOn.chains} chains)`,
  );
  process.exit(0);
}

const decide = preregDecider();
const f1 = (f: PartFigures) =>
  f.precision + f.recall ? (2 * f.precision * f.recall) / (f.precision + f.recall) : 0;
const p3 = (x: number) => x.toFixed(3);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const HEADER = [
  row(['Decider', 'Extracted', 'Found / gold', 'Precision', 'Recall', 'F1', 'Look-alikes kept out']),
  row(['---', '---', '---', '---', '---', '---', '---']),
];
const line = (name: string, f: PartFigures) =>
  row([
    name,
    String(f.extracted),
    `${f.found}/${f.gold}`,
    p3(f.precision),
    p3(f.recall),
    p3(f1(f)),
    `${f.keptOut}/${f.lookalikes} (${p3(f.keptOutRate)})`,
  ]);
const both = (title: string, docs: CorpusDocument[], lexicon: ProductLexicon | undefined) => [
  '',
  title,
  '',
  ...HEADER,
  line('hand rules', evaluate(docs, lexicon)),
  line('pre-registered LR lowConfidence', evaluate(docs, lexicon, decide)),
];

const pool = chainkgLexicon();
const out: string[] = [
  `pre-registered fit: LR L2 ${PREREG_FIT.l2}, ${PREREG_FIT.variant}, nested threshold ${PREREG_FIT.threshold}; trained on ${PREREG_FIT.trainedOn.documents} documents, ${PREREG_FIT.trainedOn.candidates} candidates (${PREREG_FIT.trainedOn.chains} chains); chainkg pool lexicon ${pool ? 'present' : 'absent'}`,
];
const fresh13 = loadCorpus('fresh13.json');
out.push(...both('fresh13.json (blind), with the lexicon extract:eval loads:', fresh13, pool));
out.push(...both('fresh13.json (blind), no lexicon (reported, does not decide):', fresh13, undefined));
out.push(
  ...both(
    "documents.json development part, no lexicon (the floors test's measure: precision ≥ 0.84, recall ≥ 0.97, kept out ≥ 0.92):",
    split(loadCorpus('documents.json')).development,
    undefined,
  ),
);

const qijiang = read('seed/sources/qijiang-gazette-2023-02.txt');
const qGold = JSON.parse(read('tests/fixtures/extraction/qijiang.gold.json')) as Gold;
const q = (lexicon: ProductLexicon | undefined, d?: Decider) => {
  const m = measure(makeDoc(qijiang).text, extract(qijiang, '', { lexicon, decide: d }), qGold);
  return `precision ${p3(m.precision)} recall ${p3(m.recall)} (${m.found}/${m.gold}, ${m.extracted} extracted), kept out ${m.nonChainsKeptOut}/${m.nonChains}`;
};
out.push('', 'Qijiang plan:');
for (const [name, lexicon] of [
  ['pool lexicon (as extract:eval)', pool],
  ['seed-graph lexicon (as the server)', seedLexicon()],
  ['no lexicon', undefined],
] as const) {
  out.push(`  ${name}: hand rules ${q(lexicon)}; pre-registered ${q(lexicon, decide)}`);
}
console.log(out.join('\n'));
