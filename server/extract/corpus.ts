/**
 * The evaluation corpus (tests/fixtures/extraction/corpus/): short sentences quoted from public documents, each
 * with its source address, its gold chains and its look-alikes. Split once, by document, into a development part
 * and a held-out part by a hash of the address, so the split never depends on the rules or on the order of files.
 * Each sentence is extracted on its own; figures are summed per part and broken down per category.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decider } from './decider.ts';
import { extract } from './index.ts';
import { type Gold, measure } from './measure.ts';
import type { ProductLexicon } from './products.ts';
import { makeDoc, simplify } from './text.ts';

const CORPUS_DIR = join(import.meta.dirname, '../../tests/fixtures/extraction/corpus');

/** The documents of one file of the corpus: documents.json, fresh.json … (the evaluation scripts and tests). */
export function loadCorpus(file: string): CorpusDocument[] {
  return (JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as { documents: CorpusDocument[] })
    .documents;
}

/**
 * The fresh sets scored before the twenty-fourth round (fresh.json … fresh12.json): the development sets round 18's
 * learned decision was fitted on (`npm run extract:learn`) and round 24's pre-registered fit (learned/preregFit.ts).
 */
export const FRESH_SETS_TO_12 = ['fresh.json', ...Array.from({ length: 11 }, (_, i) => `fresh${i + 2}.json`)];

export interface CorpusSentence {
  text: string;
  chains?: Gold['chains'];
  lookalikes?: { text: string; kind: string }[];
}

export interface CorpusDocument {
  address: string;
  sentences: CorpusSentence[];
}

export type Part = 'development' | 'heldout';

/** Held-out when the first 32 bits of sha256(address) fall in the lowest 45 %: fixed before any rule changed. */
export function partOf(address: string): Part {
  const n = Number.parseInt(createHash('sha256').update(address).digest('hex').slice(0, 8), 16);
  return n / 0x1_0000_0000 < 0.45 ? 'heldout' : 'development';
}

export interface Tally {
  total: number;
  ok: number;
}

export interface PartFigures {
  documents: number;
  gold: number;
  extracted: number;
  found: number;
  precision: number;
  recall: number;
  lookalikes: number;
  keptOut: number;
  keptOutRate: number;
  /** category → tally of gold chains found (dash:…, script:…, stages:…) or look-alikes kept out (kind:…). */
  categories: Map<string, Tally>;
  misses: string[];
  extras: string[];
  leaked: string[];
  /** Extracted chains per confidence band of the review screen (low < 0.6 ≤ medium < 0.8 ≤ high): right / all. */
  bands: Record<ConfidenceBand, Tally>;
  /** How well confidence ranks right chains above wrong ones: the chance a right one scores higher (0.5 = chance). */
  auc: number;
  /** Every extracted chain's confidence and whether it is right (for cuts on the confidence). */
  scored: { confidence: number; correct: boolean }[];
}

export type ConfidenceBand = 'low' | 'medium' | 'high';

/** The review screen's bands (client/src/import/review.ts CONFIDENCE_THRESHOLDS). */
export function bandOf(confidence: number): ConfidenceBand {
  return confidence < 0.6 ? 'low' : confidence < 0.8 ? 'medium' : 'high';
}

const DASHES: [RegExp, string][] = [
  [/->|=>/, 'ascii arrow ->'],
  [/[→⟶➔＞>]/, 'arrow →'],
  [/——|--/, 'double dash ——'],
  [/—/, 'em dash —'],
  [/－/, 'full-width －'],
  [/[–‐‑]/, 'en dash / hyphen –'],
  [/[─━]/, 'box drawing ─'],
  [/-/, 'ascii hyphen -'],
];

export function dashStyle(expression: string): string {
  return DASHES.find(([re]) => re.test(expression))?.[1] ?? 'other';
}

function chainCategories(text: string, stages: string[][]): string[] {
  const n = stages.length;
  const cats = [
    `script: ${simplify(text) === text ? 'simplified' : 'traditional'}`,
    `stages: ${n >= 5 ? '5+' : n}`,
  ];
  if (stages.some((st) => st.some((l) => l.length === 1))) cats.push('stages: has a one-character stage');
  return cats;
}

function bump(map: Map<string, Tally>, key: string, ok: boolean): void {
  const t = map.get(key) ?? { total: 0, ok: 0 };
  t.total++;
  if (ok) t.ok++;
  map.set(key, t);
}

/** The area under the ROC curve of confidence for "right chain": ties count half; 0.5 when a class is empty. */
function rankingQuality(scored: { confidence: number; correct: boolean }[]): number {
  const right = scored.filter((x) => x.correct).map((x) => x.confidence);
  const wrong = scored.filter((x) => !x.correct).map((x) => x.confidence);
  if (right.length === 0 || wrong.length === 0) return 0.5;
  let pairs = 0;
  for (const r of right) for (const w of wrong) pairs += r > w ? 1 : r === w ? 0.5 : 0;
  return pairs / (right.length * wrong.length);
}

/** Figures of the current extractor on the documents of one part (with the product lexicon when given; with a
 * decider in place of the hand rules' verdict when given). */
export function evaluate(
  documents: CorpusDocument[],
  lexicon?: ProductLexicon,
  decide?: Decider,
): PartFigures {
  const f: PartFigures = {
    documents: documents.length,
    gold: 0,
    extracted: 0,
    found: 0,
    precision: 1,
    recall: 1,
    lookalikes: 0,
    keptOut: 0,
    keptOutRate: 1,
    categories: new Map(),
    misses: [],
    extras: [],
    leaked: [],
    bands: { low: { total: 0, ok: 0 }, medium: { total: 0, ok: 0 }, high: { total: 0, ok: 0 } },
    auc: 0.5,
    scored: [],
  };
  const scored = f.scored;
  for (const doc of documents) {
    for (const s of doc.sentences) {
      const gold: Gold = { chains: s.chains ?? [], nonChains: s.lookalikes ?? [] };
      const m = measure(makeDoc(s.text).text, extract(s.text, '', { lexicon, decide }), gold);
      f.gold += m.gold;
      f.extracted += m.extracted;
      f.found += m.found;
      f.lookalikes += m.nonChains;
      f.keptOut += m.nonChainsKeptOut;
      const missed = new Set(m.misses.map((x) => x.expression));
      for (const g of gold.chains) {
        const ok = !missed.has(g.expression);
        for (const c of [`dash: ${dashStyle(g.expression)}`, ...chainCategories(s.text, g.stages)])
          bump(f.categories, c, ok);
      }
      for (const l of s.lookalikes ?? []) bump(f.categories, `kind: ${l.kind}`, !m.leaked.includes(l.text));
      for (const x of m.misses)
        f.misses.push(`${x.expression}${x.got ? ` (got ${JSON.stringify(x.got)})` : ''}  ← ${doc.address}`);
      for (const x of m.extras) f.extras.push(`${JSON.stringify(x.stages)}  ← ${doc.address}`);
      for (const x of m.leaked) f.leaked.push(`${x}  ← ${doc.address}`);
      scored.push(...m.scored);
      for (const x of m.scored) {
        const band = f.bands[bandOf(x.confidence)];
        band.total++;
        if (x.correct) band.ok++;
      }
    }
  }
  f.precision = f.extracted === 0 ? 1 : f.found / f.extracted;
  f.recall = f.gold === 0 ? 1 : f.found / f.gold;
  f.keptOutRate = f.lookalikes === 0 ? 1 : f.keptOut / f.lookalikes;
  f.auc = rankingQuality(scored);
  return f;
}

/** Splits the documents into their parts. */
export function split(documents: CorpusDocument[]): Record<Part, CorpusDocument[]> {
  const parts: Record<Part, CorpusDocument[]> = { development: [], heldout: [] };
  for (const d of documents) parts[partOf(d.address)].push(d);
  return parts;
}
