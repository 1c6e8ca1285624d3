/**
 * Reviewed plan facts → rows for one transaction. Ids are qualified by the district's code (zone-500110-…), and a
 * zone, local firm or industry already in the district under the same name keeps its node (merge by name within
 * the district); outside firms (investment targets, local: false) merge by name across the graph. Every row cites
 * its sentence (a Source of the document). Pure: what the graph already holds comes in as `Known`.
 */
import type { FactKind } from '../../vocab/imports.ts';
import { targetId } from '../plans/targets.ts';
import { type Cite, FactError, hash, type Parsed } from './plan.ts';
import { type SeeksRow, seeksRows } from './sought.ts';
import { qualifiedZone } from './zoneNames.ts';

/** What the graph holds before the commit, by name. */
export interface Known {
  /** Zones inside the district (its subtree) → id. */
  zones: Map<string, string>;
  /** Zones of that name outside the district → the district (or region) they belong to. */
  zonesElsewhere: Map<string, string>;
  /** Local firms located in the district → id. */
  firms: Map<string, string>;
  /** Outside firms (local: false) anywhere → id. */
  outside: Map<string, string>;
  /** Industries of the district's plans → id. */
  industries: Map<string, string>;
  /** Links a sought link may name → Product id: the graph's products of the names asked, then the review's links. */
  links: Map<string, string>;
}

/** The region that owns the plan: a district (区县), or a city or province (seed/planRegion.ts). */
export interface District {
  id: string;
  code: string;
  name: string;
}

/**
 * For a city's or province's plan, the districts inside it by a zone's name (commit.ts): `opening` the district a
 * zone's name opens with (四川泸州江阳经济开发区 → region-510502), `named` the district the name is (江阳区).
 * A district's plan has none.
 */
export interface Counties {
  opening(name: string): string | null;
  named(name: string): string | null;
}

const NO_COUNTIES: Counties = { opening: () => null, named: () => null };

type Row = Record<string, unknown>;

export interface FactRows {
  /** The district's own targets, one per year, each citing its sentence (owner: the district's id). */
  districtTargets: {
    owner: string;
    year: number;
    output: number | null;
    valueAdded: number | null;
    source: string;
  }[];
  industries: {
    id: string;
    name: string;
    output2025: number | null;
    valueAdded2025: number | null;
    targetYear: number | null;
    sources: string[];
  }[];
  zones: {
    id: string;
    name: string;
    /** The name as the text writes it, when it differs from `name` (zoneNames.ts); else null. */
    bare: string | null;
    kind: string;
    output2025: number | null;
    valueAdded2025: number | null;
    targetYear: number | null;
    sources: string[];
  }[];
  partOf: { zone: string; parent: string; source: string }[];
  /** Zones that hang under the district itself. */
  topZones: string[];
  /** Ids of the districts inside a city's (province's) plan region that zones or firms are placed in. */
  counties: string[];
  enterprises: { id: string; name: string; local: boolean; sources: string[] }[];
  locatedIn: { enterprise: string; zone: string; source: string }[];
  /** Local firms the review places in no zone: located in the district. */
  unzoned: string[];
  products: { id: string; name: string; sources: string[] }[];
  produces: { enterprise: string; product: string; source: string }[];
  targetFor: { enterprise: string; target: string; source: string }[];
  projects: Row[];
  builds: { project: string; product: string; source: string }[];
  inZone: { project: string; zone: string; source: string }[];
  by: { project: string; enterprise: string; source: string }[];
  /** The district SEEKS each of these links (cypher/imports/fact-sought). */
  seeks: SeeksRow[];
  /** Id of each fact per kind, in input order, for the report. */
  ids: Record<FactKind, { id: string; name: string }[]>;
}

const key = (name: string) => name.replace(/\s+/g, '');

/** Checks that need no graph: duplicate projects, capacities without a unit, targets without a year. */
export function checkFacts(p: Parsed): void {
  const seen = new Map<string, number>();
  p.projects.forEach((proj, i) => {
    const k = key(proj.name);
    const first = seen.get(k);
    if (first !== undefined)
      throw new FactError(
        `projects[${i}].name`,
        `duplicate project "${proj.name}" (also projects[${first}])`,
      );
    seen.set(k, i);
    if (proj.value != null && !proj.unit?.trim())
      throw new FactError(
        `projects[${i}].unit`,
        `the capacity ${proj.value} of "${proj.name}" has no unit (万吨/年, MW …)`,
      );
    if (proj.unit?.trim() && proj.value == null)
      throw new FactError(`projects[${i}].value`, `the unit ${proj.unit} of "${proj.name}" has no value`);
  });
  const years = new Map<number, number>();
  p.districtTargets.forEach((t, i) => {
    if (t.output == null && t.valueAdded == null)
      throw new FactError(
        `districtTargets[${i}]`,
        `the district's ${t.year} target states neither 产值 nor 增加值`,
      );
    const first = years.get(t.year);
    if (first !== undefined)
      throw new FactError(
        `districtTargets[${i}].year`,
        `a second district target for ${t.year} (also districtTargets[${first}])`,
      );
    years.set(t.year, i);
  });
  for (const kind of ['zones', 'industries'] as const) {
    p[kind].forEach((f, i) => {
      if ((f.output != null || f.valueAdded != null) && f.year == null)
        throw new FactError(`${kind}[${i}].year`, `the target of "${f.name}" needs its year`);
    });
  }
}

/** `document`: the plan's document id, which a year target's id is made of (plans/targets.ts targetId). */
export function factRows(
  p: Parsed,
  district: District,
  known: Known,
  cite: Cite,
  document: string,
  counties: Counties = NO_COUNTIES,
): FactRows {
  const q = (kind: string, name: string) => `${kind}-${district.code}-${hash(key(name))}`;
  const rows: FactRows = {
    industries: [],
    zones: [],
    partOf: [],
    topZones: [],
    counties: [],
    enterprises: [],
    locatedIn: [],
    unzoned: [],
    products: [],
    produces: [],
    targetFor: [],
    projects: [],
    builds: [],
    inZone: [],
    by: [],
    districtTargets: [],
    seeks: [],
    ids: { districtTargets: [], zones: [], industries: [], firms: [], targets: [], projects: [], sought: [] },
  };
  const products = new Map<string, { id: string; name: string; sources: string[] }>();
  const product = (name: string, source: string) => {
    const id = `p-${key(name)}`;
    const row = products.get(id) ?? { id, name: key(name), sources: [] };
    if (!row.sources.includes(source)) row.sources.push(source);
    products.set(id, row);
    return id;
  };

  for (const [i, t] of p.districtTargets.entries()) {
    rows.districtTargets.push({
      owner: district.id,
      year: t.year,
      output: t.output ?? null,
      valueAdded: t.valueAdded ?? null,
      source: cite('', t.quote, t.start, `districtTargets[${i}].quote`),
    });
    // Reported by year (2025 年); the id is its Target node's (plans/targets.ts), so committing again merges it.
    rows.ids.districtTargets.push({ id: targetId(document, district.id, t.year), name: `${t.year} 年` });
  }

  for (const [i, ind] of p.industries.entries()) {
    const id = known.industries.get(key(ind.name)) ?? q('ind', ind.name);
    const source = cite('', ind.quote, ind.start, `industries[${i}].quote`);
    rows.industries.push({
      id,
      name: ind.name,
      // A target of another year (2030 of 十五五) is not a 2025 target: it lives on its Target node only.
      output2025: ind.year === 2025 ? (ind.output ?? null) : null,
      valueAdded2025: ind.year === 2025 ? (ind.valueAdded ?? null) : null,
      targetYear: ind.year ?? null,
      sources: [source],
    });
    rows.ids.industries.push({ id, name: ind.name });
  }

  // A zone written only as 县产业开发区 is committed under its district's name (zoneNames.ts); its id stays the
  // one the text's words give, and a zone already in the district is found under either name.
  const shown = (name: string) => qualifiedZone(key(name), district.name);
  const knownZone = (name: string) => known.zones.get(shown(name)) ?? known.zones.get(key(name));
  const zoneId = new Map<string, string>();
  for (const z of p.zones) zoneId.set(key(z.name), knownZone(z.name) ?? q('zone', z.name));
  const county = (id: string | null) => {
    if (id && !rows.counties.includes(id)) rows.counties.push(id);
    return id;
  };
  const zoneOf = (name: string | null | undefined, field: string): string | null => {
    if (!name || key(name) === key(district.name)) return null;
    const id = zoneId.get(key(name)) ?? knownZone(name) ?? county(counties.named(key(name)));
    if (id) return id;
    const elsewhere = known.zonesElsewhere.get(key(name));
    throw new FactError(
      field,
      elsewhere
        ? `zone "${name}" is in ${elsewhere}, not in ${district.name}`
        : `no zone "${name}" in this review or in ${district.name}`,
    );
  };
  p.zones.forEach((z, i) => {
    const id = zoneId.get(key(z.name)) ?? q('zone', z.name);
    const source = cite('', z.quote, z.start, `zones[${i}].quote`);
    const parent = zoneOf(z.parent, `zones[${i}].parent`);
    if (parent === id) throw new FactError(`zones[${i}].parent`, `zone "${z.name}" cannot be its own parent`);
    rows.zones.push({
      id,
      name: shown(z.name),
      bare: shown(z.name) === key(z.name) ? null : key(z.name),
      kind: z.kind,
      // A target of another year (2030 of 十五五) is not a 2025 target: it lives on its Target node only.
      output2025: z.year === 2025 ? (z.output ?? null) : null,
      valueAdded2025: z.year === 2025 ? (z.valueAdded ?? null) : null,
      targetYear: z.year ?? null,
      sources: [source],
    });
    // A city's zone named after one of its districts (四川泸州江阳经济开发区) lies in that district; the reviewer's
    // parent wins.
    const placed = parent ?? county(counties.opening(key(z.name)));
    if (placed) rows.partOf.push({ zone: id, parent: placed, source });
    else rows.topZones.push(id);
    rows.ids.zones.push({ id, name: shown(z.name) });
  });

  const firmId = new Map<string, string>();
  p.firms.forEach((f, i) => {
    const id = known.firms.get(key(f.name)) ?? q('ent', f.name);
    firmId.set(key(f.name), id);
    const source = cite('', f.quote, f.start, `firms[${i}].quote`);
    const more = (f.also ?? [])
      .map((a, j) => cite('', a.quote, a.start, `firms[${i}].also[${j}].quote`))
      .filter((s) => s !== source);
    rows.enterprises.push({ id, name: f.name, local: true, sources: [source, ...new Set(more)] });
    const zone = zoneOf(f.zone, `firms[${i}].zone`);
    if (zone) rows.locatedIn.push({ enterprise: id, zone, source });
    else rows.unzoned.push(id);
    for (const name of f.products)
      rows.produces.push({ enterprise: id, product: product(name, source), source });
    rows.ids.firms.push({ id, name: f.name });
  });

  for (const [i, t] of p.targets.entries()) {
    const id = known.outside.get(key(t.name)) ?? `ent-${hash(key(t.name))}`;
    firmId.set(key(t.name), firmId.get(key(t.name)) ?? id);
    const source = cite('', t.quote, t.start, `targets[${i}].quote`);
    rows.enterprises.push({ id, name: t.name, local: false, sources: [source] });
    rows.targetFor.push({ enterprise: id, target: product(t.link, source), source });
    rows.ids.targets.push({ id, name: t.name });
  }

  p.projects.forEach((proj, i) => {
    const id = q('proj', proj.name);
    const source = cite('', proj.quote, proj.start, `projects[${i}].quote`);
    const has = proj.value != null;
    rows.projects.push({
      id,
      name: proj.name,
      kind: '产业化项目',
      status: proj.status ?? null,
      industry: null,
      capacityValues: has ? [proj.value] : [],
      capacityUnits: has ? [proj.unit?.trim()] : [],
      capacityProducts: has ? [proj.product ?? ''] : [],
      investmentValue: null,
      investmentUnit: null,
      sources: [source],
    });
    const link = proj.link ?? proj.product;
    if (link) rows.builds.push({ project: id, product: product(link, source), source });
    // A project the review places in no zone is in the district whose plan states it, as an unzoned firm is: its
    // district's scope (and every region above) counts it for the link it builds.
    const zone = zoneOf(proj.zone, `projects[${i}].zone`) ?? district.id;
    rows.inZone.push({ project: id, zone, source });
    if (proj.enterprise) {
      const firm =
        firmId.get(key(proj.enterprise)) ??
        known.firms.get(key(proj.enterprise)) ??
        known.outside.get(key(proj.enterprise));
      if (!firm)
        throw new FactError(
          `projects[${i}].enterprise`,
          `no firm "${proj.enterprise}" in this review or in ${district.name}`,
        );
      rows.by.push({ project: id, enterprise: firm, source });
    }
    rows.ids.projects.push({ id, name: proj.name });
  });
  const seeks = seeksRows(p.sought, district, known.links, cite);
  rows.seeks = seeks.rows;
  rows.ids.sought = seeks.ids;
  rows.products = [...products.values()];
  return rows;
}

/** Names the graph must be asked about before the rows can be made. */
export function namesOf(p: Parsed, district: string) {
  const zones = new Set<string>();
  const add = (name: string) => {
    zones.add(key(name));
    zones.add(qualifiedZone(key(name), district));
  };
  for (const z of p.zones) {
    add(z.name);
    if (z.parent) add(z.parent);
  }
  for (const f of [...p.firms, ...p.projects]) if (f.zone) add(f.zone);
  return {
    zones: [...zones],
    firms: [
      ...new Set([
        ...p.firms.map((f) => key(f.name)),
        ...p.projects.flatMap((x) => (x.enterprise ? [key(x.enterprise)] : [])),
      ]),
    ],
    outside: [
      ...new Set([
        ...p.targets.map((t) => key(t.name)),
        ...p.projects.flatMap((x) => (x.enterprise ? [key(x.enterprise)] : [])),
      ]),
    ],
    industries: p.industries.map((i) => key(i.name)),
    products: [...new Set(p.sought.map((s) => key(s.name)))],
  };
}
