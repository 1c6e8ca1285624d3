import type { SeedGraph } from './compile.ts';
import { seedDir } from './paths.ts';
import { readSeed } from './read.ts';
import { type GraphWriter, type WriterActor, writeSeed } from './write.ts';

export interface SeedSummary {
  industries: number;
  chains: number;
  products: number;
  feeds: number;
  zones: number;
  /** Region nodes of the plan's district: province, city (not for a municipality's district), district. */
  regions: number;
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
    regions: g.region ? (g.region.district.city ? 3 : 2) : 0,
    enterprises: g.enterprises.length,
    projects: g.projects.length,
    indicators: g.indicators.length,
    sources: g.sources.length,
  };
}

/** Validates the seed files, then writes them in one transaction. Throws SeedError before writing anything. */
export async function loadSeed(
  db: GraphWriter,
  opts: { actor: WriterActor; reset?: boolean; root?: string },
): Promise<SeedSummary> {
  const graph = readSeed(opts.root ?? seedDir);
  await writeSeed(db, graph, { actor: opts.actor, reset: opts.reset ?? false });
  return summarise(graph);
}
