/**
 * The database reads that several callers share (resolvers, loaders, exports, the benchmark): each runs one
 * named Cypher file with its parameters and returns typed rows. Cypher stays in cypher/*.cypher; rules stay in
 * server/domain/.
 */
import { type CandidateRows, MAX_OTHER_READ } from '../domain/gaps.ts';
import { MAX_LISTED_PRODUCERS } from '../domain/status.ts';
import type { Walked } from '../domain/upstream.ts';
import type {
  ChainRow,
  EnterpriseModel,
  EvidenceModel,
  FeedModel,
  IndustryModel,
  Ref,
  ZoneModel,
} from '../graphql/models.ts';
import type { Db } from './neo4j.ts';
import { charIndexOnline, scopedNamesQuery } from './search.ts';

/** Runs cypher/chains.cypher: chains by id or industry (null = all) with their links' evidence in a zone's scope. */
export function readChains(
  db: Db,
  params: {
    ids: string[] | null;
    industries: string[] | null;
    zone: string | null;
    /** Only the chains this plan (document id) states; null = every chain but those of superseded plans. */
    plan?: string | null;
    /** Document ids of superseded plans (server/domain/periods.ts supersededPlans). */
    hidden?: string[];
    /** Producers listed per link (MAX_LISTED_PRODUCERS); 0 when no one reads them: statuses use the stored count. */
    listed?: number;
  },
): Promise<ChainRow[]> {
  const { listed, ...rest } = params;
  return db.read<ChainRow>('chains', {
    plan: null,
    hidden: [],
    ...rest,
    maxListed: listed ?? MAX_LISTED_PRODUCERS,
  });
}

export interface EnterpriseFilters {
  zone: string | null;
  product: string | null;
  industry: string | null;
  local: boolean | null;
  /** Lower-cased name text, or null. */
  query: string | null;
}

/**
 * The enterprise page query for the filters: from the zone's scope (without a filter, enterprises-unfiltered: the
 * count from the zones' degrees, a region's page from the index on the firms' scope keys); without a zone over all enterprises;
 * and without any filter from the count store and the name index (a national page: 1 ms instead of a 286k scan).
 */
export function enterpriseQuery(f: EnterpriseFilters): string {
  const unfiltered = f.product === null && f.industry === null && f.local === null && f.query === null;
  if (f.zone) return unfiltered ? 'enterprises-unfiltered' : 'enterprises';
  if (unfiltered) return 'enterprises-all-unfiltered';
  // Chinese characters and digits have no case: the name filter can use the TEXT indexes (same answer).
  return f.query !== null && UNCASED.test(f.query) ? 'enterprises-all-text' : 'enterprises-all';
}

/** Text that lower-casing leaves as it is, in any name around it: Chinese characters and digits only. */
const UNCASED = /^[\p{Script=Han}\p{Nd}]+$/u;

/**
 * The Cypher file and parameters of one enterprise page: `limit` rows after the cursor (none: the first page).
 * `scoped`: a region's page with a Chinese name filter reads the full-text index (server/db/search.ts
 * scopedNamesQuery) — only while it is ONLINE (`charIndex`), else its firms as any zone's.
 */
export function enterprisePage(
  filters: EnterpriseFilters,
  page: { after?: { name: string; id: string } | null; limit: number },
  charIndex = true,
): { name: string; params: Record<string, unknown> } {
  const name = enterpriseQuery(filters);
  const scoped =
    name === 'enterprises' && charIndex && filters.zone && filters.query
      ? scopedNamesQuery(filters.zone, filters.query)
      : null;
  return {
    name,
    params: {
      ...filters,
      scoped,
      afterName: page.after?.name ?? null,
      afterId: page.after?.id ?? null,
      limit: page.limit,
    },
  };
}

export interface EnterprisePage {
  /** False when the filters name a zone that does not exist. */
  found: boolean;
  totalCount: number;
  page: EnterpriseModel[];
  /** The zones of the page's firms, as the zone loader returns them. */
  zones: ZoneModel[];
}

/** One page of enterprises (each with its zone and products), the total count for the filters, the page's zones. */
export async function readEnterprisePage(
  db: Db,
  filters: EnterpriseFilters,
  page: { after?: { name: string; id: string } | null; limit: number },
): Promise<EnterprisePage> {
  const charIndex = filters.zone !== null && filters.query !== null && (await charIndexOnline(db));
  const q = enterprisePage(filters, page, charIndex);
  const rows = await db.read<EnterprisePage>(q.name, q.params);
  return rows[0] ?? { found: false, totalCount: 0, page: [], zones: [] };
}

/**
 * Upstream of a product in one query (cypher/upstream-walk.cypher: the walk of walkUpstream, every step in the
 * database) with the FEEDS edges among the product and the links found; null when no such product.
 */
export async function readUpstreamWalk(
  db: Db,
  product: string,
  maxDepth: number,
  limit: number,
): Promise<(Walked & { product: Ref; edges: FeedModel[] }) | null> {
  const name = maxDepth <= 6 ? 'upstream-walk-6' : 'upstream-walk';
  const rows = await db.read<Walked & { product: Ref; edges: FeedModel[] }>(name, {
    product,
    maxDepth,
    limit,
  });
  return rows[0] ?? null;
}

/** The zones of a scope zone's district, city and province (cypher/regions/rings.cypher): how near a zone is. */
export interface Rings {
  district: string[];
  city: string[];
  province: string[];
}

export const NO_RINGS: Rings = { district: [], city: [], province: [] };

export async function readRings(db: Db, zone: string): Promise<Rings> {
  return (await db.read<Rings>('regions/rings', { zone }))[0] ?? NO_RINGS;
}

/** The rings as gap-candidates.cypher takes them: three list parameters, matched with a hash set. */
export const ringParams = (r: Rings) => ({
  ringDistrict: r.district,
  ringCity: r.city,
  ringProvince: r.province,
});

const NO_CANDIDATES: CandidateRows = { targets: [], pool: [], projects: [], others: [] };

/**
 * Plan targets, pool firms, projects and — in a zone or region scope — firms of the graph outside it (外区企业,
 * nearest first) that could fill each link (cypher/gap-candidates-others.cypher), in id order. `scope` null: the
 * whole graph. `listOthers` false: no 外区企业 (cypher/gap-candidates.cypher; a long list of gaps counts them from
 * the evidence instead, where listing them for every gap was most of the time).
 */
export async function readGapCandidates(
  db: Db,
  ids: readonly string[],
  scope: { zone: string; zoneIds: readonly string[] } | null = null,
  listOthers = true,
): Promise<CandidateRows[]> {
  if (ids.length === 0) return [];
  const rows = listOthers
    ? await db.read<{ id: string } & CandidateRows>('gap-candidates-others', {
        ids: [...ids],
        zone: scope?.zone ?? null,
        scope: scope ? [...scope.zoneIds] : null,
        ...ringParams(scope ? await readRings(db, scope.zone) : NO_RINGS),
        maxOthers: MAX_OTHER_READ,
      })
    : await db.read<{ id: string } & CandidateRows>('gap-candidates', {
        ids: [...ids],
        zone: scope?.zone ?? null,
      });
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? NO_CANDIDATES);
}

/** Local producers and projects of each product in a zone's scope (null: the district), in id order. */
export async function readEvidence(
  db: Db,
  ids: readonly string[],
  zone: string | null,
): Promise<EvidenceModel[]> {
  const rows = await db.read<{ id: string } & EvidenceModel>('product-evidence', {
    ids: [...ids],
    zone,
    plan: null,
    maxListed: MAX_LISTED_PRODUCERS,
  });
  const map = new Map(
    rows.map((r) => [
      r.id,
      {
        producers: r.producers,
        producerCount: r.producerCount,
        projects: r.projects,
        producerTotal: r.producerTotal,
      },
    ]),
  );
  return ids.map((id) => map.get(id) ?? { producers: [], projects: [] });
}

/** Every industry by id. */
export async function readIndustries(db: Db): Promise<Map<string, IndustryModel>> {
  const rows = await db.read<{ industry: IndustryModel }>('industries');
  return new Map(rows.map((r) => [r.industry.id, r.industry]));
}
