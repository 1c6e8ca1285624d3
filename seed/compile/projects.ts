import { SeedError } from '../errors.ts';
import type { SeedInput } from '../graph.ts';
import { normaliseName } from '../text.ts';
import type { Context } from './context.ts';

/** Projects with their capacities, the links they build, their zone and their enterprise. */
export function compileProjects(
  input: SeedInput,
  { g, cite, claimId, requireProduct }: Context,
  refs: { zoneIds: Set<string>; enterpriseIds: Set<string> },
): void {
  for (const { file, data } of input.industries) {
    data.projects.forEach((p, i) => {
      const entry = `projects[${i}] (${p.id})`;
      claimId(file, entry, p.id);
      const sid = cite(file, entry, 'source', p.source);
      const caps = p.capacities ?? [];
      caps.forEach((c, j) => {
        if (c.product !== undefined) requireProduct(file, entry, `capacities[${j}].product`, c.product);
      });
      g.projects.push({
        id: p.id,
        name: p.name,
        kind: p.kind,
        status: p.status ?? null,
        industry: data.industry.id,
        capacityValues: caps.map((c) => c.value),
        capacityUnits: caps.map((c) => c.unit),
        capacityProducts: caps.map((c) => (c.product === undefined ? '' : normaliseName(c.product))),
        investmentValue: p.investment?.value ?? null,
        investmentUnit: p.investment?.unit ?? null,
        sources: [sid],
      });
      p.builds?.forEach((b, j) => {
        g.builds.push({
          project: p.id,
          product: requireProduct(file, entry, `builds[${j}]`, b),
          source: sid,
        });
      });
      if (p.zone !== undefined) {
        if (!refs.zoneIds.has(p.zone)) throw new SeedError(file, entry, 'zone', `unknown zone "${p.zone}"`);
        g.inZone.push({ project: p.id, zone: p.zone, source: sid });
      }
      if (p.enterprise !== undefined) {
        if (!refs.enterpriseIds.has(p.enterprise)) {
          throw new SeedError(file, entry, 'enterprise', `unknown enterprise "${p.enterprise}"`);
        }
        g.by.push({ project: p.id, enterprise: p.enterprise, source: sid });
      }
    });
  }
}
