import type { Transaction as Tx } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';
import { refreshLinkCounts } from '../../seed/linkCounts.ts';
import { districtOpening, districtsIn, resolveRegion } from '../../seed/planRegion.ts';
import { RegionError, type ResolvedDistrict, type ResolvedRegion } from '../../seed/regions.ts';
import { FACT_KINDS, type FactKind, type ImportReport, type KindReport } from '../../vocab/imports.ts';
import { type AuditActor, type AuditInput, recordAudits } from '../audit/entries.ts';
import type { Db } from '../db/neo4j.ts';
import { targetRows } from '../plans/targets.ts';
import { matchPoolAudit, poolFirmsOf, rematchPool } from '../pool/rematch.ts';
import {
  auditEntries,
  districtTargetAudit,
  figureAudits,
  figureRows,
  statedAudits,
  statedMoves,
} from './audit.ts';
import { writeOrDryRun } from './dryRun.ts';
import {
  type Counties,
  checkFacts,
  type District,
  type FactRows,
  factRows,
  type Known,
  namesOf,
} from './facts.ts';
import { FactError, hash, type ImportInput, importInputSchema, type Parsed, planImport } from './plan.ts';
import { seeksId } from './sought.ts';

export class ImportInputError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

function parse(input: ImportInput): Parsed {
  const parsed = importInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportInputError(issue?.path.join('.') || 'input', issue?.message ?? 'invalid');
  }
  reviewed(() => checkFacts(parsed.data));
  return parsed.data;
}

/** Runs `work`, turning a reviewed item it refuses (FactError) into the ImportInputError answered with 400. */
function reviewed<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof FactError)
      throw new ImportInputError(err.field, err.message.slice(err.field.length + 2));
    throw err;
  }
}

/**
 * The region named by the review's district field, resolved through GB/T 2260: a district (区县), or a city (市) or
 * province (省) that owns the plan itself (seed/planRegion.ts); an unknown or ambiguous name lists the nearest ones.
 */
export function districtOf(p: Parsed): ResolvedRegion | null {
  if (!p.district) return null;
  try {
    return resolveRegion(p.district, p.districtHint);
  } catch (err) {
    if (err instanceof RegionError) throw new ImportInputError('district', err.message);
    throw err;
  }
}

/** The districts inside a city's or province's plan region, found by a zone's name (facts.ts Counties). */
function countiesOf(region: ResolvedRegion): Counties & { byId: Map<string, ResolvedDistrict> } {
  const inside = districtsIn(region);
  const byId = new Map(inside.map((d) => [d.district.id, d]));
  return {
    byId,
    opening: (name) => districtOpening(name, inside)?.district.district.id ?? null,
    named: (name) => {
      const m = districtOpening(name, inside);
      return m && m.rest === '' ? m.district.district.id : null;
    },
  };
}

/** The region and the regions above it, MERGEd (cypher/regions/ensure-district: a null district for a 市 or 省). */
const ensureParams = (r: ResolvedRegion) => ({
  province: r.province,
  city: r.level === '省' ? null : r.city,
  district: r.level === '区县' ? r.region : null,
});

/** The region zone ids ensure-district MERGEs for a region (province, city, district). */
const regionIdsOf = (r: ResolvedRegion): string[] => {
  const p = ensureParams(r);
  return [p.province.id, p.city?.id, p.district?.id].filter((x): x is string => typeof x === 'string');
};

const byName = (rows: unknown) =>
  new Map(((rows ?? []) as { name: string; id: string }[]).map((r) => [r.name, r.id]));

async function readKnown(tx: Tx, district: District, p: Parsed): Promise<Known> {
  const r = (await tx.run(query('imports/known'), { district: district.id, ...namesOf(p, district.name) }))
    .records[0];
  return {
    zones: byName(r?.get('zones')),
    zonesElsewhere: new Map(
      ((r?.get('elsewhere') ?? []) as { name: string; district: string }[]).map((x) => [x.name, x.district]),
    ),
    firms: byName(r?.get('firms')),
    outside: byName(r?.get('outside')),
    industries: byName(r?.get('industries')),
    // First id of a name wins (ORDER BY id): the review's own links are laid over these in commitImport.
    links: new Map([...byName(r?.get('products'))].reverse()),
  };
}

const NO_FACTS = (): Record<FactKind, KindReport> =>
  Object.fromEntries(FACT_KINDS.map((k) => [k, { added: [], merged: [], skipped: 0 }])) as unknown as Record<
    FactKind,
    KindReport
  >;

/**
 * Commits a reviewed plan import in ONE transaction: the district (and its city and province), the document and
 * its quotes, the accepted chains with their links and FEEDS edges, and every accepted fact — the district's own
 * targets (its 2025 figures and a Target per year, the change audited on the district), zones with parents,
 * industries with targets, local firms with zones and products, investment targets with their link, projects
 * with capacity, zone, firm and link — merged by name within the district, with the audit entries of `actor`.
 * Bad input throws ImportInputError (field path and reason) before or inside the transaction: nothing is written.
 * The national pool's MAIN_PRODUCT edges are matched again to the links (rematchPool, not on a dry run), so the
 * plan's new links get their pool firms at once. Re-committing the same review changes nothing but the summary
 * audit entry.
 */
export async function commitImport(
  db: Db,
  input: ImportInput,
  actor: AuditActor,
  opts: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  const p = parse(input);
  const resolved = districtOf(p);
  const district: District | null = resolved ? resolved.region : null;
  const counties = resolved ? countiesOf(resolved) : null;
  const qualifier = district?.code ?? 'import';
  const work = async (tx: Tx) => {
    const run = (name: string, params: Record<string, unknown>) => tx.run(query(name), params);
    let districtChange: AuditInput | null = null;
    const regionIds = resolved ? regionIdsOf(resolved) : [];
    const regionsBefore = new Set<string>(
      regionIds.length > 0
        ? ((await run('imports/regions-existing', { ids: regionIds })).records[0]?.get('ids') ?? [])
        : [],
    );
    if (resolved) await run('regions/ensure-district', ensureParams(resolved));
    const regionsCreated = regionIds.filter((id) => !regionsBefore.has(id));
    const known: Known | null = resolved && district ? await readKnown(tx, district, p) : null;
    const industryIds = new Map<string, string>();
    for (const i of p.industries)
      industryIds.set(
        i.name,
        known?.industries.get(i.name.replace(/\s+/g, '')) ??
          `ind-${qualifier}-${hash(i.name.replace(/\s+/g, ''))}`,
      );
    const rows = reviewed(() => planImport(p, qualifier, (name) => industryIds.get(name), district?.name));
    // One text is one region's plan: the same text committed under another region (first under 江阳区, the county
    // its zones named, then under 泸州市) would make one Document the plan of both, and the first commit's chains stay
    // under the first. Refused, naming the region that holds it.
    if (district) {
      const owners = (await run('imports/document-owners', { doc: rows.document.id })).records
        .map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }))
        .filter((o) => o.id !== district.id);
      if (owners.length > 0)
        throw new ImportInputError(
          'district',
          `this text is already imported as the plan of ${owners.map((o) => o.name).join('、')} (document ${rows.document.id}); one text is one region's plan: commit it under ${owners[0]?.name}, not ${district.name}`,
        );
    }
    // A sought link names a link of the accepted chains (its id as the chain writes it) or a Product of the graph.
    if (known) for (const x of rows.products) known.links.set(x.name, x.id);
    const facts: FactRows | null =
      district && known
        ? reviewed(() => factRows(p, district, known, rows.cite, rows.document.id, counties ?? undefined))
        : null;
    const existing = await run('imports/existing', {
      chainIds: rows.chains.map((c) => c.id),
      productIds: rows.products.map((c) => c.id),
    });
    const chainsBefore = new Set<string>((existing.records[0]?.get('chains') as string[]) ?? []);
    const productsBefore = new Map<string, string>(
      ((existing.records[0]?.get('products') ?? []) as { id: string; name: string }[]).map((x) => [
        x.id,
        x.name,
      ]),
    );
    const ex = facts
      ? (
          await run('imports/existing-facts', {
            zones: facts.ids.zones.map((x) => x.id),
            industries: facts.ids.industries.map((x) => x.id),
            enterprises: [...facts.ids.firms, ...facts.ids.targets].map((x) => x.id),
            projects: facts.ids.projects.map((x) => x.id),
            yearTargets: facts.ids.districtTargets.map((x) => x.id),
            district: district?.id ?? null,
            seeks: facts.seeks.map((x) => x.product),
          })
        ).records[0]
      : undefined;
    const figureIds = {
      zones: facts?.ids.zones.map((x) => x.id) ?? [],
      industries: facts?.ids.industries.map((x) => x.id) ?? [],
      projects: facts?.ids.projects.map((x) => x.id) ?? [],
    };
    const figuresBefore = figureRows(
      (await run('imports/figures', figureIds)).records.map((r) => r.toObject()),
    );
    await run('imports/document', { document: rows.document });
    await run('imports/document-period', {
      id: rows.document.id,
      periodStart: rows.document.periodStart,
      periodEnd: rows.document.periodEnd,
      issued: rows.document.issued,
    });
    await run('imports/sources', { rows: rows.sourceList() });
    const defaultIndustry = rows.chains.some((c) => c.industry === rows.industry.id);
    if (defaultIndustry) await run('imports/industry', { industry: rows.industry });
    if (facts) {
      // The districts of a city's plan its zones and firms are placed in (四川泸州江阳经济开发区 → 江阳区).
      const placed = [...new Set(facts.counties)].flatMap((id) => counties?.byId.get(id) ?? []);
      const there = new Set<string>(
        placed.length > 0
          ? ((
              await run('imports/regions-existing', { ids: placed.map((d) => d.district.id) })
            ).records[0]?.get('ids') ?? [])
          : [],
      );
      for (const d of placed) {
        if (!there.has(d.district.id)) regionsCreated.push(d.district.id);
        await run('regions/ensure-district', { ...d });
      }
      await run('imports/fact-industries', { rows: facts.industries });
      await run('imports/fact-zones', { rows: facts.zones });
      await run('imports/part-of', { rows: facts.partOf });
      if (district && facts.districtTargets.length > 0) {
        const r = (
          await run('imports/fact-district-targets', { district: district.id, rows: facts.districtTargets })
        ).records[0];
        districtChange = districtTargetAudit(
          district.id,
          rows.document.id,
          r?.get('before'),
          r?.get('after'),
        );
      }
      await run('plans/write-targets', {
        document: rows.document.id,
        rows: targetRows(p, facts, rows.document.id),
      });
    }
    await run('imports/chains', { rows: rows.chains });
    await run('imports/products', { rows: [...rows.products, ...(facts?.products ?? [])] });
    await run('imports/has-link', { rows: rows.hasLink });
    await run('imports/feeds', { rows: rows.feeds });
    // Firms that stated a product no chain had (未入链产品) produce the link this plan adds of that name.
    const moved = statedMoves(
      (
        await run('imports/stated-to-links', {
          names: [...new Set([...rows.products.map((x) => x.name), ...productsBefore.values()])],
        })
      ).records.map((r) => r.toObject()),
    );
    if (facts && district) {
      await run('imports/fact-enterprises', { rows: facts.enterprises });
      await run('imports/located-in', { rows: facts.locatedIn });
      await run('imports/produces', { rows: facts.produces });
      await run('imports/target-for', { rows: facts.targetFor });
      await run('imports/fact-projects', { rows: facts.projects });
      await run('imports/builds', { rows: facts.builds });
      await run('imports/in-zone', { rows: facts.inZone });
      await run('imports/by', { rows: facts.by });
      await run('imports/fact-sought', { district: district.id, rows: facts.seeks });
      const industries = [
        ...new Set([...facts.industries.map((i) => i.id), ...(defaultIndustry ? [rows.industry.id] : [])]),
      ];
      await run('regions/attach-plan', {
        district: district.id,
        document: rows.document.id,
        industries,
        zones: facts.topZones,
        enterprises: facts.unzoned,
      });
    }
    // Counts of the links touched: the plan's firms (their links, zones), its zones joined to the district, and
    // the firms whose stated products moved onto this plan's links (refreshLinkCounts skips an empty scope).
    await refreshLinkCounts(tx, {
      firms: [...(facts && district ? facts.enterprises.map((e) => e.id) : []), ...moved.map((m) => m.id)],
      zones: district && facts ? [district.id] : [],
    });
    // The pool's main products matched again to the links as they now are, this plan's new ones included.
    const pool = opts.dryRun
      ? null
      : await rematchPool(async (name, params = {}) =>
          (await tx.run(query(name), params)).records.map((r) => r.toObject()),
        );
    const before = new Set<string>([
      ...['zones', 'industries', 'enterprises', 'projects', 'yearTargets'].flatMap(
        (k) => (ex?.get(k) as string[] | undefined) ?? [],
      ),
      ...((ex?.get('seeks') as string[] | undefined) ?? []).map((id) => seeksId(district?.id ?? '', id)),
    ]);
    const factReport = NO_FACTS();
    if (facts)
      for (const kind of FACT_KINDS) {
        const seen = new Set<string>();
        for (const { id, name } of facts.ids[kind]) {
          if (seen.has(id)) continue;
          seen.add(id);
          (before.has(id) ? factReport[kind].merged : factReport[kind].added).push(name);
        }
      }
    for (const kind of FACT_KINDS) factReport[kind].skipped = p.skippedFacts[kind] ?? 0;
    const report: ImportReport = {
      documentId: rows.document.id,
      chainsAdded: rows.chains.filter((c) => !chainsBefore.has(c.id)).map((c) => c.name),
      chainsUnchanged: rows.chains.filter((c) => chainsBefore.has(c.id)).map((c) => c.name),
      productsAdded: rows.products.filter((x) => !productsBefore.has(x.id)).map((x) => x.name),
      productsMerged: rows.products
        .filter((x) => productsBefore.has(x.id))
        .map((x) => productsBefore.get(x.id) ?? x.name),
      skipped: p.skipped,
      firstChainId: rows.chains[0]?.id ?? null,
      district: district ? { id: district.id, name: district.name, code: district.code } : null,
      facts: factReport,
      pool: pool ? poolFirmsOf(pool, rows.products) : null,
    };
    const poolChange = matchPoolAudit(pool, rows.document.id, 'Import');
    const figuresAfter = figureRows(
      (await run('imports/figures', figureIds)).records.map((r) => r.toObject()),
    );
    await recordAudits((name, params) => tx.run(query(name), params), actor, [
      ...auditEntries(rows, chainsBefore, report, regionsCreated),
      ...figureAudits(figuresBefore, figuresAfter, rows.document.id),
      ...statedAudits(moved, rows.document.id),
      ...(districtChange ? [districtChange] : []),
      ...(poolChange ? [poolChange] : []),
    ]);
    return report;
  };
  return writeOrDryRun(db, work, opts.dryRun === true);
}
