/**
 * The product lexicon read from the chainkg national pool (../shared/data/chainkg, or CHAINKG_DIR): product names
 * (product.json) and product → upstream-material pairs (product_product.json). The data set has no licence, so
 * it is only ever read at run time, never committed. Absent → undefined, and the extractor runs without one.
 *
 * Normalising ~200,000 names (traditional → simplified) takes most of a second, so the normalised lists are
 * cached in `.cache/chainkg-lexicon.json` (git-ignored: it is the pool's data), keyed by the files' sizes and
 * modification times; a changed pool rebuilds it.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSeed } from '../../seed/read.ts';
import {
  lexiconOf,
  makeLexicon,
  type NormalisedLexicon,
  normaliseLexicon,
  type ProductLexicon,
} from '../../server/extract/products.ts';
import { seedDir } from '../../server/paths.ts';
import { defaultPoolDir } from '../../server/pool/import.ts';

const CACHE = join(import.meta.dirname, '../../.cache/chainkg-lexicon.json');

function jsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function read(products: string, edges: string): NormalisedLexicon {
  const names = jsonLines(products).map((r) => str(r.name));
  const pairs = jsonLines(edges)
    .filter((r) => r.rel === '上游材料')
    .map((r) => [str(r.from_entity), str(r.to_entity)] as const);
  return normaliseLexicon(names, pairs);
}

/** The pool's lexicon, or undefined when the pool is not there. */
export function chainkgLexicon(dir = defaultPoolDir(), cache = CACHE): ProductLexicon | undefined {
  const products = join(dir, 'product.json');
  const edges = join(dir, 'product_product.json');
  if (!existsSync(products) || !existsSync(edges)) return undefined;
  const key = [products, edges].map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`).join('|');
  if (existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as NormalisedLexicon & { key: string };
    if (cached.key === key) return lexiconOf(cached);
  }
  const lists = read(products, edges);
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify({ key, ...lists }));
  return lexiconOf(lists);
}

/** The seed graph's products and FEEDS as a lexicon: what the server passes on the Qijiang graph (graphLexicon.ts). */
export function seedLexicon(): ProductLexicon {
  const g = readSeed(seedDir);
  const name = new Map(g.products.map((p) => [p.id, p.name]));
  const pairs = g.feeds.map((f) => [name.get(f.to) ?? '', name.get(f.from) ?? ''] as const);
  return makeLexicon(name.values(), pairs, 'graph');
}
