import { SeedError } from '../errors.ts';
import type { SeedGraph, SeedInput } from '../graph.ts';
import type { EnterpriseEntry } from '../schema.ts';
import type { Context } from './context.ts';

/** Key zones of each industry, checked against the zones. Returns every enterprise id (projects refer to them). */
export function compileKeyZones(input: SeedInput, { g, cite }: Context, zoneIds: Set<string>): Set<string> {
  const enterpriseIds = new Set<string>();
  for (const { file, data } of input.industries) {
    for (const e of data.enterprises) enterpriseIds.add(e.id);
    data.keyZones?.forEach((k, i) => {
      const entry = `keyZones[${i}] (${k.zone})`;
      if (!zoneIds.has(k.zone)) throw new SeedError(file, entry, 'zone', `unknown zone "${k.zone}"`);
      g.keyZones.push({
        zone: k.zone,
        industry: data.industry.id,
        source: cite(file, entry, 'source', k.source),
      });
    });
  }
  return enterpriseIds;
}

/** Enterprises with their zone, the links they produce and what they are a target for (outside firms only). */
export function compileEnterprises(
  input: SeedInput,
  ctx: Context,
  refs: { zoneIds: Set<string>; chainIds: Set<string> },
): void {
  for (const { file, data } of input.industries) {
    data.enterprises.forEach((e, i) => {
      const entry = `enterprises[${i}] (${e.id})`;
      ctx.claimId(file, entry, e.id);
      ctx.g.enterprises.push({
        id: e.id,
        name: e.name,
        fullName: e.fullName ?? null,
        local: e.local,
        industries: [data.industry.id],
        sources: [ctx.cite(file, entry, 'source', e.source)],
      });
      if (e.zone) {
        if (!refs.zoneIds.has(e.zone.zone))
          throw new SeedError(file, entry, 'zone.zone', `unknown zone "${e.zone.zone}"`);
        ctx.g.locatedIn.push({
          enterprise: e.id,
          zone: e.zone.zone,
          source: ctx.cite(file, entry, 'zone.source', e.zone.source),
        });
      }
      e.produces?.forEach((p, j) => {
        const pid = ctx.requireProduct(file, entry, `produces[${j}].product`, p.product);
        ctx.g.produces.push({
          enterprise: e.id,
          product: pid,
          source: ctx.cite(file, entry, `produces[${j}].source`, p.source),
        });
      });
      compileTargets(file, entry, e, ctx, refs.chainIds);
    });
  }
}

function compileTargets(
  file: string,
  entry: string,
  e: EnterpriseEntry,
  { g, cite, requireProduct }: Context,
  chainIds: Set<string>,
): void {
  e.targetFor?.forEach((t, j) => {
    if (e.local)
      throw new SeedError(file, entry, `targetFor[${j}]`, 'only outside (local: false) firms can be targets');
    const source = cite(file, entry, `targetFor[${j}].source`, t.source);
    if (t.product !== undefined) {
      const pid = requireProduct(file, entry, `targetFor[${j}].product`, t.product);
      g.targetFor.push({ enterprise: e.id, target: pid, kind: 'Product', source });
    }
    if (t.chain !== undefined) {
      if (!chainIds.has(t.chain))
        throw new SeedError(file, entry, `targetFor[${j}].chain`, `unknown chain "${t.chain}"`);
      g.targetFor.push({ enterprise: e.id, target: t.chain, kind: 'Chain', source });
    }
  });
}

/** An enterprise also belongs to the industries of the chains whose links it produces. */
export function addProducedIndustries(g: SeedGraph): void {
  const chainIndustry = new Map(g.chains.map((c) => [c.id, c.industry]));
  const productIndustries = new Map<string, Set<string>>();
  for (const l of g.hasLink) {
    const set = productIndustries.get(l.product) ?? new Set<string>();
    const ind = chainIndustry.get(l.chain);
    if (ind) set.add(ind);
    productIndustries.set(l.product, set);
  }
  const byId = new Map(g.enterprises.map((e) => [e.id, e]));
  for (const p of g.produces) {
    const e = byId.get(p.enterprise);
    for (const ind of productIndustries.get(p.product) ?? [])
      if (e && !e.industries.includes(ind)) e.industries.push(ind);
  }
}
