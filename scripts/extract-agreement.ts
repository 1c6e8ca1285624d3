/**
 * How far two annotators of the chain corpus agree (#14, 2026-12-07): the gold of tests/fixtures/extraction/corpus/
 * (annotator A) against a second, blind annotation of 110 development documents
 * (tests/fixtures/extraction/agreement/second.json, annotator B), measured as `npm run extract:eval` measures the
 * extractor — B's chains as if extracted, against A's gold — and, on the same sentences, the extractor (no product
 * lexicon) against each. The held-out part is not in the sample. Prints the figures and every disagreement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusDocument, evaluate } from '../server/extract/corpus.ts';
import { measure } from '../server/extract/measure.ts';
import { makeDoc } from '../server/extract/text.ts';
import type { Extraction } from '../vocab/imports.ts';

const root = join(import.meta.dirname, '../tests/fixtures/extraction');
const corpus = join(root, 'corpus');
const docsOf = (file: string): CorpusDocument[] => {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  return j.documents ?? j;
};
const gold = new Map<string, CorpusDocument>();
for (const f of readdirSync(corpus).filter((x) => x.endsWith('.json')))
  for (const d of docsOf(join(corpus, f))) gold.set(`${f}|${d.address}`, d);
const second = docsOf(join(root, 'agreement/second.json')) as (CorpusDocument & { file: string })[];

/** B's chains of one sentence as an extraction: each expression's k-th mention is its k-th occurrence. */
function asExtraction(text: string, chains: NonNullable<CorpusDocument['sentences'][number]['chains']>) {
  const seen = new Map<string, number>();
  return {
    chains: chains.map((c) => {
      const k = seen.get(c.expression) ?? 0;
      seen.set(c.expression, k + 1);
      let at = -1;
      for (let n = 0; n <= k; n++) at = text.indexOf(c.expression, at + 1);
      if (at < 0) throw new Error(`B's expression is not in its sentence: ${c.expression}`);
      return { ...c, start: at, end: at + c.expression.length, confidence: 1 };
    }),
    rejected: [],
  } as unknown as Extraction;
}

const t = { a: 0, b: 0, same: 0, looks: 0, keptOut: 0 };
const differ: string[] = [];
const sample: CorpusDocument[] = [];
for (const bd of second) {
  const ad = gold.get(`${bd.file}|${bd.address}`);
  if (!ad) throw new Error(`not in the corpus: ${bd.file} ${bd.address}`);
  sample.push(ad);
  bd.sentences.forEach((bs, i) => {
    const as = ad.sentences[i];
    if (as?.text !== bs.text) throw new Error(`sentence ${i + 1} of ${bd.address} is not the corpus's`);
    const text = makeDoc(bs.text).text;
    const m = measure(text, asExtraction(text, bs.chains ?? []), {
      chains: as.chains ?? [],
      nonChains: as.lookalikes ?? [],
    });
    t.a += m.gold;
    t.b += m.extracted;
    t.same += m.found;
    t.looks += m.nonChains;
    t.keptOut += m.nonChainsKeptOut;
    for (const x of m.misses)
      differ.push(
        x.got
          ? `other stages: A ${x.expression} | B ${JSON.stringify(x.got)}`
          : `A a chain, B not: ${x.expression}`,
      );
    // An extra that is a miss's other reading is listed once, with the miss.
    const same = (x: string[][], y?: string[][]) => JSON.stringify(x) === JSON.stringify(y);
    for (const x of m.extras)
      if (!m.misses.some((y) => same(x.stages, y.got))) differ.push(`B a chain, A not: ${x.expression}`);
  });
}
const f = (x: number, y: number) => (y ? (x / y).toFixed(3) : '–');
const ext = (docs: CorpusDocument[]) => {
  const e = evaluate(docs);
  return `${e.precision.toFixed(3)} / ${e.recall.toFixed(3)} / ${e.keptOut} of ${e.lookalikes}`;
};
const bDocs = second.map((d) => ({ address: d.address, sentences: d.sentences }));
console.log(
  `sample: ${second.length} development documents, ${second.reduce((n, d) => n + d.sentences.length, 0)} sentences`,
);
console.log(`A ${t.a} chains, B ${t.b}, same mention and stages ${t.same}`);
console.log(
  `B against A (precision / recall / A's look-alikes B keeps out): ${f(t.same, t.b)} / ${f(t.same, t.a)} / ${t.keptOut} of ${t.looks}`,
);
console.log(`extractor, no lexicon, against A: ${ext(sample)}`);
console.log(`extractor, no lexicon, against B: ${ext(bDocs)}`);
console.log(['', 'disagreements:', ...differ].join('\n'));
