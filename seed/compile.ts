import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { SeedError } from './errors.ts';
import type { IndicatorEntry, IndustryFile, SourceRef, ZoneEntry } from './schema.ts';
import { lineOfOffset, normaliseName, normaliseSource } from './text.ts';

/** The plan as a flat list of nodes and relationships, ready to be written in one transaction. */
export interface SeedGraph {
  document: { id: string; title: string; file: string; issued: string | null };
  sources: { id: string; doc: string; section: string; quote: string; start: number; line: number }[];
  industries: {
    id: string;
    name: string;
    position: number;
    output2025: number | null;
    valueAdded2025: number | null;
    sources: string[];
  }[];
  chains: {
    id: string;
    name: string;
    expression: string;
    kind: string | null;
    industry: string;
    /** Order in the industry's file, which follows the plan. */
    position: number;
    stageCount: number;
    sources: string[];
  }[];
  products: { id: string; name: string; sources: string[] }[];
  hasLink: { chain: string; product: string; stage: number; source: string }[];
  feeds: { from: string; to: string; chains: string[]; sources: string[] }[];
  zones: {
    id: string;
    name: string;
    kind: string;
    output2025: number | null;
    valueAdded2025: number | null;
    description: string | null;
    sources: string[];
  }[];
  partOf: { zone: string; parent: string; source: string }[];
  focuses: { zone: string; industry: string; source: string }[];
  keyZones: { zone: string; industry: string; source: string }[];
  enterprises: {
    id: string;
    name: string;
    fullName: string | null;
    local: boolean;
    /** The industry whose section names it, plus the industries of the chains of the links it produces. */
    industries: string[];
    sources: string[];
  }[];
  locatedIn: { enterprise: string; zone: string; source: string }[];
  produces: { enterprise: string; product: string; source: string }[];
  targetFor: { enterprise: string; target: string; kind: 'Product' | 'Chain'; source: string }[];
  projects: {
    id: string;
    name: string;
    kind: string;
    status: string | null;
    industry: string;
    capacityValues: number[];
    capacityUnits: string[];
    /** '' where the plan names no product (Neo4j lists cannot hold nulls). */
    capacityProducts: string[];
    investmentValue: number | null;
    investmentUnit: string | null;
    sources: string[];
  }[];
  builds: { project: string; product: string; source: string }[];
  inZone: { project: string; zone: string; source: string }[];
  by: { project: string; enterprise: string; source: string }[];
  indicators: {
    id: string;
    category: string | null;
    name: string;
    unit: string;
    baseline2020: string | null;
    target2025: string;
    target2025Value: number | null;
    cumulative: boolean;
    kind: string;
    sources: string[];
  }[];
}

export interface SeedInput {
  document: { id: string; title: string; file: string; text: string; issued?: string };
  zones: { file: string; zones: ZoneEntry[] };
  indicators: { file: string; indicators: IndicatorEntry[] };
  industries: { file: string; data: IndustryFile }[];
}

export function productId(name: string): string {
  return `p-${normaliseName(name)}`;
}

/** Formats a zod issue path as `chains[3].stages[1][0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** Names the entry an issue belongs to: `chains[3] (chain-recycled-aluminium)`. */
export function describeEntry(data: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = data;
  let label = '(file)';
  const walked: PropertyKey[] = [];
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    walked.push(key);
    if (
      node &&
      typeof node === 'object' &&
      'id' in node &&
      typeof (node as { id: unknown }).id === 'string'
    ) {
      label = `${formatPath(walked)} (${(node as { id: string }).id})`;
    } else if (typeof key === 'number' && label === '(file)') {
      label = formatPath(walked);
    }
  }
  return label;
}

export function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new SeedError(file, '(file)', '(root)', 'invalid');
  throw new SeedError(
    file,
    describeEntry(data, issue.path),
    formatPath(issue.path) || '(root)',
    issue.message,
  );
}

/** Validates references and quotes across all files and builds the graph. Throws SeedError on the first problem. */
export function compileSeed(input: SeedInput): SeedGraph {
  const doc = input.document;
  const text = normaliseSource(doc.text);
  const sources = new Map<string, SeedGraph['sources'][number]>();

  const cite = (file: string, entry: string, field: string, s: SourceRef): string => {
    const start = text.indexOf(s.quote);
    if (start < 0) {
      throw new SeedError(file, entry, `${field}.quote`, `quote not found in ${doc.file}: "${s.quote}"`);
    }
    const sid = `src-${createHash('sha1').update(`${doc.id}\u0000${s.section}\u0000${s.quote}`).digest('hex').slice(0, 12)}`;
    if (!sources.has(sid)) {
      sources.set(sid, {
        id: sid,
        doc: doc.id,
        section: s.section,
        quote: s.quote,
        start,
        line: lineOfOffset(doc.text, start),
      });
    }
    return sid;
  };

  const g: SeedGraph = {
    document: { id: doc.id, title: doc.title, file: doc.file, issued: doc.issued ?? null },
    sources: [],
    industries: [],
    chains: [],
    products: [],
    hasLink: [],
    feeds: [],
    zones: [],
    partOf: [],
    focuses: [],
    keyZones: [],
    enterprises: [],
    locatedIn: [],
    produces: [],
    targetFor: [],
    projects: [],
    builds: [],
    inZone: [],
    by: [],
    indicators: [],
  };

  const seenIds = new Map<string, string>();
  const claimId = (file: string, entry: string, id: string) => {
    const prev = seenIds.get(id);
    if (prev) throw new SeedError(file, entry, 'id', `duplicate id "${id}" (already defined in ${prev})`);
    seenIds.set(id, file);
  };

  // Zones
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
  // Reject cycles in the zone hierarchy.
  const parentOf = new Map(g.partOf.map((p) => [p.zone, p.parent]));
  for (const z of g.zones) {
    const seen = new Set<string>([z.id]);
    for (let p = parentOf.get(z.id); p !== undefined; p = parentOf.get(p)) {
      if (seen.has(p)) throw new SeedError(zf, z.id, 'parent', 'zone hierarchy has a cycle');
      seen.add(p);
    }
  }

  // Indicators
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

  // Industries, chains and products (first pass, so that references across files resolve).
  const products = new Map<string, SeedGraph['products'][number]>();
  const addProduct = (name: string, sid: string) => {
    const pid = productId(name);
    const p = products.get(pid);
    if (!p) products.set(pid, { id: pid, name: normaliseName(name), sources: [sid] });
    else if (!p.sources.includes(sid)) p.sources.push(sid);
    return pid;
  };
  const feeds = new Map<string, SeedGraph['feeds'][number]>();
  const chainIds = new Set<string>();

  for (const { file, data } of input.industries) {
    const ind = data.industry;
    claimId(file, `industry (${ind.id})`, ind.id);
    const isrc = [cite(file, `industry (${ind.id})`, 'source', ind.source)];
    if (ind.targetsSource) isrc.push(cite(file, `industry (${ind.id})`, 'targetsSource', ind.targetsSource));
    g.industries.push({
      id: ind.id,
      name: ind.name,
      position: ind.position,
      output2025: ind.output2025 ?? null,
      valueAdded2025: ind.valueAdded2025 ?? null,
      sources: isrc,
    });
    data.chains.forEach((c, i) => {
      const entry = `chains[${i}] (${c.id})`;
      claimId(file, entry, c.id);
      chainIds.add(c.id);
      const sid = cite(file, entry, 'source', c.source);
      g.chains.push({
        id: c.id,
        name: c.name,
        expression: c.expression,
        kind: c.kind ?? null,
        industry: ind.id,
        position: i,
        stageCount: c.stages.length,
        sources: [sid],
      });
      const seenInChain = new Set<string>();
      c.stages.forEach((stage, s) => {
        for (const [j, name] of stage.entries()) {
          const pid = addProduct(name, sid);
          if (seenInChain.has(pid)) {
            throw new SeedError(
              file,
              entry,
              `stages[${s}][${j}]`,
              `link "${name}" appears twice in the chain`,
            );
          }
          seenInChain.add(pid);
          g.hasLink.push({ chain: c.id, product: pid, stage: s, source: sid });
        }
        const next = c.stages[s + 1];
        if (!next) return;
        for (const up of stage) {
          for (const down of next) {
            const key = `${productId(up)}>${productId(down)}`;
            const f = feeds.get(key) ?? { from: productId(up), to: productId(down), chains: [], sources: [] };
            if (!f.chains.includes(c.id)) f.chains.push(c.id);
            if (!f.sources.includes(sid)) f.sources.push(sid);
            feeds.set(key, f);
          }
        }
      });
    });
    data.extraProducts?.forEach((p, i) => {
      addProduct(p.name, cite(file, `extraProducts[${i}] (${p.name})`, 'source', p.source));
    });
  }

  // Enterprises
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
  const requireProduct = (file: string, entry: string, field: string, name: string) => {
    const pid = productId(name);
    if (!products.has(pid)) {
      throw new SeedError(
        file,
        entry,
        field,
        `unknown product "${name}" (not a link of any chain nor in extraProducts)`,
      );
    }
    return pid;
  };

  for (const { file, data } of input.industries) {
    data.enterprises.forEach((e, i) => {
      const entry = `enterprises[${i}] (${e.id})`;
      claimId(file, entry, e.id);
      g.enterprises.push({
        id: e.id,
        name: e.name,
        fullName: e.fullName ?? null,
        local: e.local,
        industries: [data.industry.id],
        sources: [cite(file, entry, 'source', e.source)],
      });
      if (e.zone) {
        if (!zoneIds.has(e.zone.zone))
          throw new SeedError(file, entry, 'zone.zone', `unknown zone "${e.zone.zone}"`);
        g.locatedIn.push({
          enterprise: e.id,
          zone: e.zone.zone,
          source: cite(file, entry, 'zone.source', e.zone.source),
        });
      }
      e.produces?.forEach((p, j) => {
        const pid = requireProduct(file, entry, `produces[${j}].product`, p.product);
        g.produces.push({
          enterprise: e.id,
          product: pid,
          source: cite(file, entry, `produces[${j}].source`, p.source),
        });
      });
      e.targetFor?.forEach((t, j) => {
        if (e.local)
          throw new SeedError(
            file,
            entry,
            `targetFor[${j}]`,
            'only outside (local: false) firms can be targets',
          );
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
    });
  }

  // Projects
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
        if (!zoneIds.has(p.zone)) throw new SeedError(file, entry, 'zone', `unknown zone "${p.zone}"`);
        g.inZone.push({ project: p.id, zone: p.zone, source: sid });
      }
      if (p.enterprise !== undefined) {
        if (!enterpriseIds.has(p.enterprise)) {
          throw new SeedError(file, entry, 'enterprise', `unknown enterprise "${p.enterprise}"`);
        }
        g.by.push({ project: p.id, enterprise: p.enterprise, source: sid });
      }
    });
  }

  // An enterprise also belongs to the industries of the chains whose links it produces.
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

  g.products = [...products.values()];
  g.feeds = [...feeds.values()];
  g.sources = [...sources.values()];
  return g;
}
