/**
 * The product lexicon read from the chainkg national pool (../shared/data/chainkg, or CHAINKG_DIR): product names
 * (product.json) and product → upstream-material pairs (product_product.json). The data set has no licence, so
 * it is only ever read at run time, never committed. Absent → undefined, and the extractor runs without one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeLexicon, type ProductLexicon } from '../../server/extract/products.ts';
import { defaultPoolDir } from '../../server/pool/import.ts';

function jsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The pool's lexicon, or undefined when the pool is not there. */
export function chainkgLexicon(dir = defaultPoolDir()): ProductLexicon | undefined {
  const products = join(dir, 'product.json');
  const edges = join(dir, 'product_product.json');
  if (!existsSync(products) || !existsSync(edges)) return undefined;
  const names = jsonLines(products).map((r) => str(r.name));
  const pairs = jsonLines(edges)
    .filter((r) => r.rel === '上游材料')
    .map((r) => [str(r.from_entity), str(r.to_entity)] as const);
  return makeLexicon(names, pairs);
}
