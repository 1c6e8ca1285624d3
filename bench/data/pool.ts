/**
 * The national pool's catalogue for the benchmark graph (bench/data/generate.ts): its products (the seed's links
 * keep their ids, every other name becomes np-<n> in file order), their upstream edges, the pool's top-level
 * industries, and the pool's listed firms with their main products. Rows go into `g` as they are read.
 */
import path from 'node:path';
import { z } from 'zod';
import type { SeedGraph } from '../../seed/compile.ts';
import { readJsonLines, readPool } from '../../server/pool/read.ts';
import type { NationalGraph } from './graph.ts';

const productLine = z.object({ name: z.string().min(1) });
const productEdgeLine = z.object({ from_entity: z.string().min(1), to_entity: z.string().min(1) });
const companyIndustryLine = z.object({ company_code: z.string(), industry_code: z.string() });
const industryLine = z.object({ code: z.string(), name: z.string() });

/** What the chain and district generators need of the catalogue. */
export interface Catalogue {
  /** Product names and ids by index (file order after the seed's links), and the index of a name. */
  names: string[];
  ids: string[];
  index: Map<string, number>;
  /** A product's materials (indices); every FEEDS edge as `material>product`. */
  up: Map<number, number[]>;
  edgeKeys: Set<string>;
  industryIds: string[];
  /** The top-level industry of a product's first pool firm with one; the pool firms making a product. */
  productIndustry: Map<number, string>;
  companiesByProduct: Map<number, string[]>;
}

/** Reads the pool's products, edges, industries and firms into `g` (products, industries, enterprises, mainProduct). */
export async function readCatalogue(poolDir: string, seed: SeedGraph, g: NationalGraph): Promise<Catalogue> {
  const opts = { poolDir };
  // Products: the seed's links keep their ids; every other pool name becomes np-<n> in file order.
  const names: string[] = [];
  const ids: string[] = [];
  const index = new Map<string, number>();
  const seedProductByName = new Map(seed.products.map((p) => [p.name, p.id]));
  const addProduct = (name: string): number => {
    const known = index.get(name);
    if (known !== undefined) return known;
    const i = names.length;
    names.push(name);
    const seedId = seedProductByName.get(name);
    const id = seedId ?? `np-${i}`;
    ids.push(id);
    index.set(name, i);
    if (!seedId) g.products.push({ id, name });
    return i;
  };
  for (const p of seed.products) addProduct(p.name);
  await readJsonLines(path.join(opts.poolDir, 'product.json'), 'product.json', productLine, (row) => {
    addProduct(row.name.trim());
  });
  // FEEDS: "to_entity is an upstream material of from_entity" → material FEEDS product.
  const up = new Map<number, number[]>();
  const edgeKeys = new Set<string>();
  await readJsonLines(
    path.join(opts.poolDir, 'product_product.json'),
    'product_product.json',
    productEdgeLine,
    (row) => {
      const product = addProduct(row.from_entity.trim());
      const material = addProduct(row.to_entity.trim());
      if (product === material) return;
      const key = `${material}>${product}`;
      if (edgeKeys.has(key)) return;
      edgeKeys.add(key);
      const list = up.get(product);
      if (list) list.push(material);
      else up.set(product, [material]);
    },
  );

  // Industries: the pool's 31 top-level industries next to the seed's six.
  const topIndustry = new Map<string, string>();
  let position = 100;
  await readJsonLines(path.join(opts.poolDir, 'industry.json'), 'industry.json', industryLine, (row) => {
    if (!row.code.endsWith('0000')) return;
    const id = `ni-${row.code}`;
    topIndustry.set(row.code.slice(0, 2), id);
    g.industries.push({ id, name: row.name, position: position++ });
  });
  const industryIds = g.industries.map((i) => i.id);
  const companyTop = new Map<string, string>();
  await readJsonLines(
    path.join(opts.poolDir, 'company_industry.json'),
    'company_industry.json',
    companyIndustryLine,
    (row) => {
      const top = topIndustry.get(row.industry_code.slice(0, 2));
      if (top) companyTop.set(row.company_code, top);
    },
  );
  const pool = await readPool(opts.poolDir);
  const productIndustry = new Map<number, string>();
  const companiesByProduct = new Map<number, string[]>();
  for (const c of pool.companies) {
    g.enterprises.push({
      id: `pool-${c.code}`,
      name: c.name,
      fullName: c.fullName,
      local: false,
      origin: 'pool',
      district: null,
      industries: [],
      code: c.code,
      exchange: c.exchange,
    });
  }
  const poolIds = new Set(pool.companies.map((c) => c.code));
  const mainKeys = new Set<string>();
  for (const m of pool.mainProducts) {
    if (!poolIds.has(m.code)) continue;
    const p = index.get(m.productName.trim());
    if (p === undefined) continue;
    const key = `${m.code}>${p}`;
    if (mainKeys.has(key)) continue;
    mainKeys.add(key);
    g.mainProduct.push({
      enterprise: `pool-${m.code}`,
      product: ids[p] as string,
      weight: m.weight,
      productName: m.productName,
    });
    const top = companyTop.get(m.code);
    if (top && !productIndustry.has(p)) productIndustry.set(p, top);
    const list = companiesByProduct.get(p);
    if (list) list.push(`pool-${m.code}`);
    else companiesByProduct.set(p, [`pool-${m.code}`]);
  }
  return { names, ids, index, up, edgeKeys, industryIds, productIndustry, companiesByProduct };
}
