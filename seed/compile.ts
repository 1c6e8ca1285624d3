import { compileChains } from './compile/chains.ts';
import { createContext } from './compile/context.ts';
import { addProducedIndustries, compileEnterprises, compileKeyZones } from './compile/enterprises.ts';
import { compileProjects } from './compile/projects.ts';
import { compileRegion } from './compile/region.ts';
import { compileIndicators, compileZones } from './compile/zones.ts';
import type { SeedGraph, SeedInput } from './graph.ts';

export { productId } from './compile/context.ts';
export { describeEntry, formatPath, parseWith } from './compile/parse.ts';
export type { SeedGraph, SeedInput } from './graph.ts';

/**
 * Validates references and quotes across all files and builds the graph. Throws SeedError on the first problem.
 * The steps run in this order (which decides which problem is reported first): zones, indicators, industries
 * with their chains and products, key zones, enterprises, projects, the district.
 */
export function compileSeed(input: SeedInput): SeedGraph {
  const ctx = createContext(input);
  const zoneIds = compileZones(input, ctx);
  compileIndicators(input, ctx);
  const chainIds = compileChains(input, ctx);
  const enterpriseIds = compileKeyZones(input, ctx, zoneIds);
  compileEnterprises(input, ctx, { zoneIds, chainIds });
  compileProjects(input, ctx, { zoneIds, enterpriseIds });
  addProducedIndustries(ctx.g);
  compileRegion(input, ctx);
  ctx.g.products = [...ctx.products.values()];
  ctx.g.sources = [...ctx.sources.values()];
  return ctx.g;
}
