/**
 * The national-scale benchmark graph, generated deterministically on top of the real seed and the national
 * pool (../shared/data/chainkg). Nothing here is a plan fact: every generated node carries origin 'bench'
 * (pool firms keep origin 'pool') and no Source, and the graph is only ever written into a benchmark database.
 *
 * Shape (defaults): the real country of GB/T 2260 (bench/data/regions.ts: 31 provinces, their cities and 2,851
 * county-level districts, real names and codes) with 2–4 zones per district, 480,000 local enterprises spread by
 * the provinces' rough share of industrial firms and the districts' kind, ~95,000 products with the pool's
 * upstream edges as FEEDS, ~1,000 chains grown upstream from pool products (plus the 30 seeded chains), one very
 * large chain (~800 links), one generated plan per district naming its chains, projects per district, pool firms
 * with their main products and as chain targets. Hub products (铝锭 and other links shared by many chains) get
 * producers from many districts.
 */
import type { SeedGraph } from '../../seed/compile.ts';
import { generateChains } from './chains.ts';
import { generateDistricts } from './districts.ts';
import { emptyGraph, type NationalGraph } from './graph.ts';
import { readCatalogue } from './pool.ts';
import { Random } from './random.ts';

export { QIJIANG } from './districts.ts';

export interface GenerateOptions {
  poolDir: string;
  seed: SeedGraph;
  /** Local firms in the whole country. */
  firms?: number;
  chains?: number;
  largestChainLinks?: number;
  randomSeed?: number;
}

/** The whole graph: the pool's catalogue, then chains, then the country (one PRNG, in this order). */
export async function generateNational(opts: GenerateOptions): Promise<NationalGraph> {
  const rnd = new Random(opts.randomSeed ?? 20261126);
  const g = emptyGraph();
  const cat = await readCatalogue(opts.poolDir, opts.seed, g);
  const plan = generateChains(rnd, cat, g, opts.seed, {
    chainCount: opts.chains ?? 1000,
    largest: opts.largestChainLinks ?? 800,
  });
  generateDistricts(rnd, g, opts.seed, plan, opts.firms ?? 480_000);
  return g;
}
