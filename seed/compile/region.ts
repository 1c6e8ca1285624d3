import { SeedError } from '../errors.ts';
import type { SeedInput } from '../graph.ts';
import { RegionError, resolveDistrict } from '../regions.ts';
import type { Context } from './context.ts';

/**
 * The plan's district: zones.json `district` resolved through GB/T 2260 (an unknown or ambiguous name is a
 * SeedError naming the field, with the nearest names), its top-level zones (no parent) and the local firms the
 * plan places in no zone, and the district's own 2025 targets with their quote. Runs after zones and enterprises.
 */
export function compileRegion(input: SeedInput, { g, cite }: Context): void {
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
  const t = input.zones.districtTargets;
  g.region = {
    district,
    zones: g.zones.filter((z) => !withParent.has(z.id)).map((z) => z.id),
    enterprises: g.enterprises.filter((e) => e.local && !located.has(e.id)).map((e) => e.id),
    targets: t
      ? {
          output2025: t.output2025 ?? null,
          valueAdded2025: t.valueAdded2025 ?? null,
          source: cite(input.zones.file, 'districtTargets', 'source', t.source),
        }
      : null,
  };
}
