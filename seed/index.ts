import type { Driver } from 'neo4j-driver';
import { seedDir } from '../server/paths.ts';
import type { SeedGraph } from './compile.ts';
import { readSeed } from './read.ts';
import { writeSeed } from './write.ts';

export interface SeedSummary {
  industries: number;
  chains: number;
  products: number;
  feeds: number;
  zones: number;
  enterprises: number;
  projects: number;
  indicators: number;
  sources: number;
}

export function summarise(g: SeedGraph): SeedSummary {
  return {
    industries: g.industries.length,
    chains: g.chains.length,
    products: g.products.length,
    feeds: g.feeds.length,
    zones: g.zones.length,
    enterprises: g.enterprises.length,
    projects: g.projects.length,
    indicators: g.indicators.length,
    sources: g.sources.length,
  };
}

/** Validates the seed files, then writes them in one transaction. Throws SeedError before writing anything. */
export async function loadSeed(
  driver: Driver,
  opts: { reset?: boolean; database?: string | undefined; root?: string } = {},
): Promise<SeedSummary> {
  const graph = readSeed(opts.root ?? seedDir);
  await writeSeed(driver, graph, { reset: opts.reset ?? false, database: opts.database });
  return summarise(graph);
}
