/**
 * `npx tsx scripts/lexicon-experiment.ts [--write]`: does knowing what the words are keep look-alikes out?
 *
 * A meaning-based judgement of each extracted chain, tried on top of the current extractor:
 * - a product lexicon from data the project already has: the seed's link names (seed/data/industries/*.json) and,
 *   read at run time and never committed (no licence), the chainkg national pool's product names, its
 *   product→upstream-material edges and its 申万 industry names (../shared/data/chainkg, or CHAINKG_DIR);
 * - product-like heads: the last characters of the lexicon's names, by frequency (no hand list);
 * - part of speech from jieba (lexicon.ts tag): links that end in a verb, that are places (ns), that are unknown;
 * - a few shapes: stages, links, quoted, a chain word after, an arrow separator.
 * A logistic regression is fitted on the DEVELOPMENT part only (5 folds by document give out-of-fold scores; the
 * threshold is the one that maximises the out-of-fold F1 of the development part), then applied once to the
 * held-out and fresh held-out parts. Prints before/after figures; `--write` stores the weights and threshold in
 * scripts/lexicon-experiment.weights.json (the record of the run, not used by the extractor).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusDocument, partOf } from '../server/extract/corpus.ts';
import { extract } from '../server/extract/index.ts';
import { tag } from '../server/extract/lexicon.ts';
import { measure } from '../server/extract/measure.ts';
import { isPlace } from '../server/extract/places.ts';
import { makeDoc, simplify } from '../server/extract/text.ts';
import type { ChainCandidate, Extraction } from '../vocab/imports.ts';

const root = join(import.meta.dirname, '..');
const poolDir = process.env.CHAINKG_DIR ?? join(root, '../shared/data/chainkg');
const jsonLines = (file: string) =>
  readFileSync(join(poolDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>);

// ---- the lexicon -------------------------------------------------------------------------------------------
const products = new Set<string>();
for (const f of [
  'chemicals',
  'consumer-goods',
  'energy-saving',
  'high-end-equipment',
  'new-materials',
  'next-gen-it',
]) {
  const data = JSON.parse(readFileSync(join(root, `seed/data/industries/${f}.json`), 'utf8')) as {
    chains: { stages: string[][] }[];
  };
  for (const c of data.chains)
    for (const st of c.stages) for (const l of st) products.add(l.replace(/\s+/g, ''));
}
const seedCount = products.size;
for (const r of jsonLines('product.json')) if (r.name) products.add(r.name);
const edges = new Set<string>();
/** Neighbours in the pool's upstream graph, either direction. */
const near = new Map<string, Set<string>>();
for (const r of jsonLines('product_product.json')) {
  if (!r.from_entity || !r.to_entity) continue;
  products.add(r.from_entity);
  products.add(r.to_entity);
  edges.add(`${r.to_entity}>${r.from_entity}`);
  const nb = near.get(r.to_entity) ?? new Set<string>();
  nb.add(r.from_entity);
  near.set(r.to_entity, nb);
  const nb2 = near.get(r.from_entity) ?? new Set<string>();
  nb2.add(r.to_entity);
  near.set(r.from_entity, nb2);
}
const sectors = new Set(jsonLines('industry.json').map((r) => r.name ?? ''));
// Product-like heads by frequency: share of lexicon names ending in each character, smoothed.
const heads = new Map<string, number>();
for (const p of products) heads.set(p.at(-1) ?? '', (heads.get(p.at(-1) ?? '') ?? 0) + 1);
const headScore = (c: string) => Math.log((1 + (heads.get(c) ?? 0)) / (products.size / 1000));

const bare = (l: string) =>
  simplify(l)
    .replace(/[（(][^（()）]*[）)]/g, '')
    .replace(/\s+/g, '');
/** The link or its longest suffix of ≥ 2 characters is a known product (汽车轻量化材料 → 材料). */
function knownSuffix(l: string): boolean {
  for (let i = 0; i <= l.length - 2; i++) if (products.has(l.slice(i))) return true;
  return false;
}

/** The link itself and its longest lexicon suffix of ≥ 2 characters (汽车轻量化材料 → 材料). */
function forms(l: string): string[] {
  for (let i = 1; i <= l.length - 2; i++) if (products.has(l.slice(i))) return [l, l.slice(i)];
  return [l];
}
/** Second variant: neighbours joined within two steps of the pool's graph, also through a suffix form. */
const WIDE_EDGES = process.argv.includes('--wide-edges');
function related(x: string, y: string): boolean {
  for (const a of forms(x))
    for (const b of forms(y)) {
      const na = near.get(a);
      if (!na) continue;
      if (na.has(b)) return true;
      for (const m of near.get(b) ?? []) if (na.has(m)) return true;
    }
  return false;
}

// ---- features ------------------------------------------------------------------------------------------------
export const FEATURES = [
  'known', // share of links that are lexicon names
  'suffix', // share of links that end in a lexicon name of ≥ 2 characters
  'head', // mean frequency score of the links' last characters as product heads
  'edge', // share of neighbouring stages joined by a pool upstream edge (either direction)
  'sector', // share of links that are 申万 industry names
  'verb', // share of links whose last word is a verb (v, vn) and not a lexicon name
  'place', // share of links that are places (gazetteer or ns)
  'unknown', // share of links that are neither lexicon names nor tagged as one noun
  'stages', // log number of stages
  'links', // log number of links
  'quoted',
  'chainWord',
  'arrow',
] as const;

function features(c: ChainCandidate): number[] {
  const links = c.stages.flat().map(bare).filter(Boolean);
  const n = Math.max(1, links.length);
  const share = (f: (l: string) => boolean) => links.filter(f).length / n;
  let joined = 0;
  for (let i = 0; i + 1 < c.stages.length; i++) {
    const a = (c.stages[i] ?? []).map(bare);
    const b = (c.stages[i + 1] ?? []).map(bare);
    if (
      WIDE_EDGES
        ? a.some((x) => b.some((y) => related(x, y)))
        : a.some((x) => b.some((y) => edges.has(`${x}>${y}`) || edges.has(`${y}>${x}`)))
    )
      joined++;
  }
  const tagsOf = (l: string) => tag(l);
  return [
    share((l) => products.has(l)),
    share(knownSuffix),
    links.reduce((s, l) => s + headScore(l.at(-1) ?? ''), 0) / n,
    c.stages.length > 1 ? joined / (c.stages.length - 1) : 0,
    share((l) => sectors.has(l)),
    share((l) => !products.has(l) && ['v', 'vn'].includes(tagsOf(l).at(-1)?.tag ?? '')),
    share((l) => isPlace(l) || tagsOf(l).some((t) => t.tag === 'ns')),
    share((l) => !products.has(l) && !knownSuffix(l) && tagsOf(l).length > 1),
    Math.log(c.stages.length),
    Math.log(n),
    c.quoted ? 1 : 0,
    c.reasons.some((r) => r.includes('产业链')) ? 1 : 0,
    /[→>＞]/.test(c.expression) ? 1 : 0,
  ];
}

// ---- the corpus, extracted once ----------------------------------------------------------------------------------
interface Item {
  doc: number;
  text: string;
  result: Extraction;
  gold: Parameters<typeof measure>[2];
  x: number[][];
  y: boolean[];
}
const load = (file: string) =>
  (
    JSON.parse(readFileSync(join(root, 'tests/fixtures/extraction/corpus', file), 'utf8')) as {
      documents: CorpusDocument[];
    }
  ).documents;
function items(docs: CorpusDocument[]): Item[] {
  return docs.flatMap((d, doc) =>
    d.sentences.map((s) => {
      const gold = { chains: s.chains ?? [], nonChains: s.lookalikes ?? [] };
      const text = makeDoc(s.text).text;
      const result = extract(s.text);
      const m = measure(text, result, gold);
      return { doc, text, result, gold, x: result.chains.map(features), y: m.scored.map((z) => z.correct) };
    }),
  );
}
const all = load('documents.json');
const parts = {
  development: items(all.filter((d) => partOf(d.address) === 'development')),
  heldout: items(all.filter((d) => partOf(d.address) === 'heldout')),
  fresh: items(load('fresh.json')),
};

// ---- logistic regression (standardised, L2) ----------------------------------------------------------------------
interface Model {
  mean: number[];
  sd: number[];
  w: number[];
  b: number;
}
function fitModel(x: number[][], y: boolean[], lambda = 1): Model {
  const k = FEATURES.length;
  const mean = Array.from({ length: k }, (_, j) => x.reduce((s, r) => s + (r[j] ?? 0), 0) / x.length);
  const sd = mean.map((m, j) => Math.sqrt(x.reduce((s, r) => s + ((r[j] ?? 0) - m) ** 2, 0) / x.length) || 1);
  const z = x.map((r) => r.map((v, j) => (v - (mean[j] ?? 0)) / (sd[j] ?? 1)));
  const w = new Array<number>(k).fill(0);
  let b = 0;
  for (let it = 0; it < 3000; it++) {
    const gw = w.map((wj) => lambda * wj);
    let gb = 0;
    z.forEach((r, i) => {
      const p = 1 / (1 + Math.exp(-(b + r.reduce((s, v, j) => s + v * (w[j] ?? 0), 0))));
      const e = p - (y[i] ? 1 : 0);
      gb += e;
      r.forEach((v, j) => {
        gw[j] = (gw[j] ?? 0) + e * v;
      });
    });
    for (let j = 0; j < k; j++) w[j] = (w[j] ?? 0) - (0.5 / x.length) * (gw[j] ?? 0);
    b -= (0.5 / x.length) * gb;
  }
  return { mean, sd, w, b };
}
const predict = (m: Model, r: number[]) =>
  1 /
  (1 +
    Math.exp(
      -(m.b + r.reduce((s, v, j) => s + ((v - (m.mean[j] ?? 0)) / (m.sd[j] ?? 1)) * (m.w[j] ?? 0), 0)),
    ));

/** Figures of a part when chains scoring below `t` are dropped (scores per item, per chain). */
function figures(part: Item[], scores: number[][], t: number) {
  let gold = 0;
  let extracted = 0;
  let found = 0;
  let looks = 0;
  let kept = 0;
  part.forEach((it, i) => {
    const chains = it.result.chains.filter((_, j) => (scores[i]?.[j] ?? 1) >= t);
    const m = measure(it.text, { ...it.result, chains }, it.gold);
    gold += m.gold;
    extracted += m.extracted;
    found += m.found;
    looks += m.nonChains;
    kept += m.nonChainsKeptOut;
  });
  const p = extracted ? found / extracted : 1;
  const r = gold ? found / gold : 1;
  return { p, r, f1: (2 * p * r) / (p + r || 1), kept, looks, extracted, found };
}
function auc(part: Item[], scores: number[][]): number {
  const right: number[] = [];
  const wrong: number[] = [];
  part.forEach((it, i) => {
    it.y.forEach((y, j) => {
      (y ? right : wrong).push(scores[i]?.[j] ?? 0);
    });
  });
  let s = 0;
  for (const a of right) for (const b of wrong) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (right.length * wrong.length || 1);
}

// Out-of-fold scores on the development part (5 folds by document).
const dev = parts.development;
const oof: number[][] = dev.map((it) => it.x.map(() => 0));
for (let fold = 0; fold < 5; fold++) {
  const train = dev.filter((it) => it.doc % 5 !== fold);
  const m = fitModel(
    train.flatMap((it) => it.x),
    train.flatMap((it) => it.y),
  );
  dev.forEach((it, i) => {
    if (it.doc % 5 === fold) oof[i] = it.x.map((r) => predict(m, r));
  });
}
const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
let best = { t: 0, f1: figures(dev, oof, 0).f1 };
for (const t of grid) {
  const f = figures(dev, oof, t).f1;
  if (f > best.f1 + 1e-9) best = { t, f1: f };
}
const model = fitModel(
  dev.flatMap((it) => it.x),
  dev.flatMap((it) => it.y),
);
const scoresOf = (part: Item[]) => part.map((it) => it.x.map((r) => predict(model, r)));

const fmt = (f: ReturnType<typeof figures>) =>
  `P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} kept out ${f.kept}/${f.looks} (extracted ${f.extracted}, found ${f.found})`;
console.log(
  `lexicon: ${products.size} names (${seedCount} from the seed), ${edges.size} upstream edges, ${sectors.size} sectors`,
);
console.log(`threshold (out-of-fold F1 on development): ${best.t}`);
console.log(
  'weights (standardised):',
  FEATURES.map((f, j) => `${f} ${(model.w[j] ?? 0).toFixed(2)}`).join(', '),
);
for (const [name, part] of Object.entries(parts)) {
  const s = name === 'development' ? oof : scoresOf(part);
  console.log(`${name}: before ${fmt(figures(part, s, 0))}`);
  console.log(`${name}: after  ${fmt(figures(part, s, best.t))}  AUC ${auc(part, s).toFixed(3)}`);
  if (name === 'development') {
    const ins = scoresOf(part);
    console.log(
      `${name}: in-sample after ${fmt(figures(part, ins, best.t))}  AUC ${auc(part, ins).toFixed(3)}`,
    );
  }
}
if (process.argv.includes('--write'))
  writeFileSync(
    join(root, 'scripts/lexicon-experiment.weights.json'),
    `${JSON.stringify({ features: FEATURES, threshold: best.t, ...model }, null, 2)}\n`,
  );
if (process.argv.includes('--explain')) {
  const uni = (part: Item[], j: number) =>
    auc(
      part,
      part.map((it) => it.x.map((r) => r[j] ?? 0)),
    );
  console.log(
    'univariate AUC on development:',
    FEATURES.map((f, j) => `${f} ${uni(dev, j).toFixed(2)}`).join(', '),
  );
  dev.forEach((it, i) => {
    it.result.chains.forEach((c, j) => {
      if (!it.y[j])
        console.log(
          `  wrong ${(oof[i]?.[j] ?? 0).toFixed(2)} ${JSON.stringify(c.stages)} ${it.x[j]?.map((v) => v.toFixed(2)).join(' ')}`,
        );
    });
  });
}
if (process.argv.includes('--coverage')) {
  const j = FEATURES.indexOf('edge');
  const rows = dev.flatMap((it) => it.x.map((r, k) => ({ e: r[j] ?? 0, y: it.y[k] })));
  const right = rows.filter((r) => r.y);
  const wrong = rows.filter((r) => !r.y);
  console.log(
    `edge > 0: right ${right.filter((r) => r.e > 0).length}/${right.length}, wrong ${wrong.filter((r) => r.e > 0).length}/${wrong.length}`,
  );
}
// The written texts the extractor must keep at ≥ 0.97: the Qijiang plan and the passages, with the fitted filter.
{
  const raw = readFileSync(join(root, 'seed/sources/qijiang-gazette-2023-02.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/extraction/qijiang.gold.json'), 'utf8'));
  const result = extract(raw);
  const qj: Item = { doc: 0, text: makeDoc(raw).text, result, gold, x: result.chains.map(features), y: [] };
  const { passages } = JSON.parse(
    readFileSync(join(root, 'tests/fixtures/extraction/passages.json'), 'utf8'),
  ) as {
    passages: (Item['gold'] & { text: string })[];
  };
  const ps: Item[] = passages.map((p) => {
    const r = extract(p.text);
    return { doc: 0, text: makeDoc(p.text).text, result: r, gold: p, x: r.chains.map(features), y: [] };
  });
  const written: [string, Item[]][] = [
    ['qijiang', [qj]],
    ['passages', ps],
  ];
  for (const [name, part] of written)
    console.log(
      `${name}: before ${fmt(figures(part, scoresOf(part), 0))}; after ${fmt(figures(part, scoresOf(part), best.t))}`,
    );
}
if (process.argv.includes('--dropped'))
  for (const [name, part] of Object.entries(parts)) {
    const s = name === 'development' ? oof : scoresOf(part);
    part.forEach((it, i) => {
      it.result.chains.forEach((c, j) => {
        if ((s[i]?.[j] ?? 1) < best.t)
          console.log(`  ${name} dropped (${it.y[j] ? 'right' : 'wrong'}): ${JSON.stringify(c.stages)}`);
      });
    });
  }
