import { SeedError } from '../errors.ts';
import type { SeedGraph, SeedInput } from '../graph.ts';
import type { Context } from './context.ts';

/** Zones (ids, sources), then their parents and focus industries, then a check that the hierarchy has no cycle. */
export function compileZones(input: SeedInput, { g, cite, claimId }: Context): Set<string> {
  const zf = input.zones.file;
  input.zones.zones.forEach((z, i) => {
    const entry = `zones[${i}] (${z.id})`;
    claimId(zf, entry, z.id);
    const srcs = [cite(zf, entry, 'source', z.source)];
    if (z.targetsSource) srcs.push(cite(zf, entry, 'targetsSource', z.targetsSource));
    g.zones.push({
      id: z.id,
      name: z.name,
      kind: z.kind,
      output2025: z.output2025 ?? null,
      valueAdded2025: z.valueAdded2025 ?? null,
      description: z.description ?? null,
      sources: srcs,
    });
  });
  const zoneIds = new Set(g.zones.map((z) => z.id));
  const industryIds = new Set(input.industries.map((f) => f.data.industry.id));
  input.zones.zones.forEach((z, i) => {
    const entry = `zones[${i}] (${z.id})`;
    if (z.parent !== undefined) {
      if (!zoneIds.has(z.parent)) throw new SeedError(zf, entry, 'parent', `unknown zone "${z.parent}"`);
      g.partOf.push({ zone: z.id, parent: z.parent, source: cite(zf, entry, 'source', z.source) });
    }
    z.focus?.forEach((f, j) => {
      if (!industryIds.has(f.industry)) {
        throw new SeedError(zf, entry, `focus[${j}].industry`, `unknown industry "${f.industry}"`);
      }
      g.focuses.push({
        zone: z.id,
        industry: f.industry,
        source: cite(zf, entry, `focus[${j}].source`, f.source),
      });
    });
  });
  rejectZoneCycles(zf, g);
  return zoneIds;
}

function rejectZoneCycles(file: string, g: SeedGraph): void {
  const parentOf = new Map(g.partOf.map((p) => [p.zone, p.parent]));
  for (const z of g.zones) {
    const seen = new Set<string>([z.id]);
    for (let p = parentOf.get(z.id); p !== undefined; p = parentOf.get(p)) {
      if (seen.has(p)) throw new SeedError(file, z.id, 'parent', 'zone hierarchy has a cycle');
      seen.add(p);
    }
  }
}

/** The plan's indicators (targets for 2025), each with its source. */
export function compileIndicators(input: SeedInput, { g, cite, claimId }: Context): void {
  const inf = input.indicators.file;
  input.indicators.indicators.forEach((k, i) => {
    const entry = `indicators[${i}] (${k.id})`;
    claimId(inf, entry, k.id);
    g.indicators.push({
      id: k.id,
      category: k.category ?? null,
      name: k.name,
      unit: k.unit,
      baseline2020: k.baseline2020,
      target2025: k.target2025,
      target2025Value: k.target2025Value ?? null,
      cumulative: k.cumulative ?? false,
      kind: k.kind,
      sources: [cite(inf, entry, 'source', k.source)],
    });
  });
}
