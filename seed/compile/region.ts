import { SeedError } from '../errors.ts';
import type { SeedInput } from '../graph.ts';
import { RegionError, resolveDistrict } from '../regions.ts';
import type { Context } from './context.ts';

/**
 * The links the plan names as ones to bring in, one row per link with every sentence that names it (in file
 * order). A link must be one the plan's chains (or extraProducts) name.
 */
function compileSought(
  input: SeedInput,
  { cite, requireProduct }: Context,
): { product: string; sources: string[] }[] {
  const rows = new Map<string, string[]>();
  for (const { file, data } of input.industries) {
    data.sought?.forEach((s, i) => {
      const entry = `sought[${i}] (${s.link})`;
      const product = requireProduct(file, entry, 'link', s.link);
      const sources = rows.get(product) ?? [];
      const sid = cite(file, entry, 'source', s.source);
      if (!sources.includes(sid)) sources.push(sid);
      rows.set(product, sources);
    });
  }
  return [...rows].map(([product, sources]) => ({ product, sources }));
}

/**
 * The plan's district: zones.json `district` resolved through GB/T 2260 (an unknown or ambiguous name is a
 * SeedError naming the field, with the nearest names), its top-level zones (no parent) and the local firms the
 * plan places in no zone, and the district's own 2025 targets with their quote. Runs after zones and enterprises.
 */
export function compileRegion(input: SeedInput, ctx: Context): void {
  const { g, cite } = ctx;
  const name = input.zones.district;
  const sought = compileSought(input, ctx);
  if (name === undefined) {
    const first = input.industries.find((f) => (f.data.sought?.length ?? 0) > 0);
    if (first)
      throw new SeedError(
        first.file,
        'sought[0]',
        'link',
        `a sought link needs the district (${input.zones.file} "district")`,
      );
    return;
  }
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
    sought,
  };
}
