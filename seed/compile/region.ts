import { SeedError } from '../errors.ts';
import type { SeedGraph, SeedInput } from '../graph.ts';
import { RegionError, resolveDistrict } from '../regions.ts';

/**
 * The plan's district: zones.json `district` resolved through GB/T 2260 (an unknown or ambiguous name is a
 * SeedError naming the field, with the nearest names), its top-level zones (no parent) and the local firms the
 * plan places in no zone. Runs after zones and enterprises.
 */
export function compileRegion(input: SeedInput, g: SeedGraph): void {
  const name = input.zones.district;
  if (name === undefined) return;
  let district: ReturnType<typeof resolveDistrict>;
  try {
    district = resolveDistrict(name);
  } catch (e) {
    if (e instanceof RegionError) throw new SeedError(input.zones.file, '(file)', 'district', e.message);
    throw e;
  }
  const withParent = new Set(g.partOf.map((p) => p.zone));
  const located = new Set(g.locatedIn.map((l) => l.enterprise));
  g.region = {
    district,
    zones: g.zones.filter((z) => !withParent.has(z.id)).map((z) => z.id),
    enterprises: g.enterprises.filter((e) => e.local && !located.has(e.id)).map((e) => e.id),
  };
}
