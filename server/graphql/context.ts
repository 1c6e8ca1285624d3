import DataLoader from 'dataloader';
import { actorFromHeader } from '../auth/store.ts';
import { type Actor, allows, type Role } from '../auth/token.ts';
import { ChainGraphCache } from '../db/chainGraphs.ts';
import type { Db } from '../db/neo4j.ts';
import { readEvidence, readGapCandidates, readIndustries } from '../db/reads.ts';
import { readScopeDistrict } from '../db/scopeTree.ts';
import {
  type ChainDistrictModel,
  type ChainDistrictRow,
  compareDistricts,
  MAX_COMPARED_DISTRICTS,
} from '../domain/districts.ts';
import { reachesOf } from '../domain/gapPipeline.ts';
import type { CandidateRows } from '../domain/gaps.ts';
import { supersededPlans } from '../domain/periods.ts';
import type { Reach } from '../domain/reach.ts';
import { scopeOf } from '../domain/scope.ts';
import { MAX_LISTED_PRODUCERS } from '../domain/status.ts';
import {
  type IndustryTargetModel,
  type PlanDates,
  type PlanModel,
  type PlanPeriodModel,
  readIndustryTargets,
  readPlanDates,
  readPlanPeriods,
  readPlans,
  readTargets,
  type TargetModel,
} from '../plans/read.ts';
import { forbidden, notFound } from './errors.ts';
import type {
  AuditEntryModel,
  EnterpriseDetail,
  EvidenceModel,
  IndicatorModel,
  IndustryModel,
  ProductRow,
  ProjectDetail,
  ScopeModel,
  SourceModel,
  ZoneModel,
} from './models.ts';

interface ScopeRow {
  zone: { id: string; name: string; kind: string };
  zoneIds: string[];
  districts: string[];
}

/** Per-request loaders: each batches lookups by id into one `UNWIND $ids` query. */
function byIdLoader<T extends { id: string }>(
  db: Db,
  query: string,
  column: string,
  params: Record<string, unknown> = {},
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read<Record<string, T>>(query, { ...params, ids: [...ids] });
    const map = new Map(rows.map((r) => [r[column]?.id, r[column] as T]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Request-independent settings of the GraphQL layer (from server/config.ts; tests override them). */
export interface GraphqlSettings {
  readRequiresToken: boolean;
  staleAfterMonths: number;
}

export interface ContextOptions {
  /** The request's Authorization header (resolved to a role at most once per request). */
  authorization?: string | null;
  /** The caller, when already being looked up for this request (server/auth/store.ts requestActor). */
  actor?: Promise<Actor>;
  settings?: GraphqlSettings;
  /** "Now" for staleness; the request time by default. */
  now?: Date;
  /** Chain structures kept across requests under the graph's version (the app's); none kept by default. */
  chainGraphs?: ChainGraphCache;
}

export function createContext(db: Db, opts: ContextOptions = {}) {
  let actorOnce: Promise<Actor> | undefined = opts.actor;
  let issuedOnce: Promise<string | null> | undefined;
  let zonesOnce: Promise<Map<string, ZoneModel>> | undefined;
  let industriesOnce: Promise<Map<string, IndustryModel>> | undefined;
  let indicatorsOnce: Promise<IndicatorModel[]> | undefined;
  let plansOnce: Promise<PlanModel[]> | undefined;
  let periodsOnce: Promise<PlanPeriodModel[]> | undefined;
  let districtsOnce: Promise<{ id: string; name: string }[]> | undefined;
  const plansByDistrict = new Map<string, Promise<PlanModel[]>>();
  const targetsByDistrict = new Map<string, Promise<Map<string, IndustryTargetModel[]>>>();
  const districtOfScope = new Map<
    string,
    Promise<{ district: string | null; owner: string | null } | undefined>
  >();
  const districtRow = (zone: string) => {
    if (!districtOfScope.has(zone)) districtOfScope.set(zone, readScopeDistrict(db, zone));
    return districtOfScope.get(zone) as Promise<
      { district: string | null; owner: string | null } | undefined
    >;
  };
  const chainGraphs = opts.chainGraphs ?? new ChainGraphCache(db);
  const evidenceByZone = new Map<string, DataLoader<string, EvidenceModel>>();
  const scopes = new Map<string, Promise<ScopeRow[]>>();
  let unscoped: Promise<ScopeModel> | undefined;
  const candidatesByZone = new Map<string, DataLoader<string, CandidateRows>>();
  const chainDistrictsByZone = new Map<string, DataLoader<string, ChainDistrictModel[]>>();
  const reachByDistricts = new Map<string, DataLoader<string, Reach>>();

  // Up to two districts of the graph: the unscoped view's label and its district (cypher/regions/districts).
  const graphDistricts = () => {
    districtsOnce ??= db.read<{ id: string; name: string }>('regions/districts', { limit: 2 });
    return districtsOnce;
  };

  const ctx = {
    db,
    settings: opts.settings ?? { readRequiresToken: false, staleAfterMonths: 24 },
    now: opts.now ?? new Date(),

    /** The caller: the ApiToken behind the bearer token (hash → lookup, once per request) or anonymous. */
    actor(): Promise<Actor> {
      actorOnce ??= actorFromHeader(db, opts.authorization);
      return actorOnce;
    },

    /** The caller when its role allows `need`; FORBIDDEN otherwise. */
    async requireRole(need: Role): Promise<Actor & { role: Role; name: string }> {
      const actor = await ctx.actor();
      if (actor.role === null || !allows(actor.role, need)) throw forbidden(need);
      return actor;
    },

    /** The newest audit entry per entity id (cypher/audit/last-change.cypher), batched. */
    lastChange: new DataLoader<string, AuditEntryModel | null>(async (ids) => {
      const rows = await db.read<{ id: string; entry: AuditEntryModel }>('audit/last-change', {
        ids: [...ids],
      });
      const map = new Map(rows.map((r) => [r.id, r.entry]));
      return ids.map((id) => map.get(id) ?? null);
    }),

    /** The date the plan was issued (Document.issued): the age of seeded facts never edited. */
    planIssued(): Promise<string | null> {
      issuedOnce ??= db
        .read<{ issued: string | null }>('audit/plan-issued')
        .then((rows) => rows[0]?.issued ?? null);
      return issuedOnce;
    },

    /** Every district's plans, the current one marked on `now` (server/plans/read.ts), once per request. */
    plans(): Promise<PlanModel[]> {
      plansOnce ??= readPlans(db, null, ctx.now);
      return plansOnce;
    },

    /** Every district's plans and periods without chain counts (chains(zone:, plan:): which are superseded). */
    planPeriods(): Promise<PlanPeriodModel[]> {
      periodsOnce ??= readPlanPeriods(db, ctx.now);
      return periodsOnce;
    },

    /** One district's plans (Zone.plans: the plan switcher reads only the viewed district's), once per request. */
    districtPlans(district: string): Promise<PlanModel[]> {
      if (!plansByDistrict.has(district)) plansByDistrict.set(district, readPlans(db, district, ctx.now));
      return plansByDistrict.get(district) as Promise<PlanModel[]>;
    },

    /** The industry targets of one district's plans, by plan id (Plan.industryTargets), once per request. */
    industryTargets(district: string): Promise<Map<string, IndustryTargetModel[]>> {
      if (!targetsByDistrict.has(district))
        targetsByDistrict.set(district, readIndustryTargets(db, district));
      return targetsByDistrict.get(district) as Promise<Map<string, IndustryTargetModel[]>>;
    },

    /**
     * The district whose plans a scope views (Scope.district): the zone's own or the one above it; for a region
     * or the whole graph, its one district. Null when there is none or several; undefined for an unknown zone.
     */
    scopeDistrict(zone: string | null): Promise<string | null | undefined> {
      if (zone === null)
        return graphDistricts().then((rows) => (rows.length === 1 ? (rows[0]?.id ?? null) : null));
      return districtRow(zone).then((r) => (r ? r.district : undefined));
    },

    /** The nearest region at or above a zone that owns a plan (a district, or a city's own plan); null when none. */
    planOwner(zone: string): Promise<string | null> {
      return districtRow(zone).then((r) => r?.owner ?? null);
    },

    /** The documents of plans no longer current (their districts have a later or running plan). */
    async supersededPlans(): Promise<string[]> {
      const plans = await ctx.planPeriods();
      return supersededPlans(
        plans.map((p) => ({ ...p, district: p.district.id })),
        ctx.now,
      );
    },

    /** Year-keyed targets of industries and zones, batched. */
    targets: new DataLoader<string, TargetModel[]>((ids) => readTargets(db, ids)),
    /** The period ends and the newest date of the plans that cite a fact, batched (its age and staleness). */
    planDates: new DataLoader<string, PlanDates>((ids) => readPlanDates(db, ids)),

    sources: byIdLoader<SourceModel>(db, 'sources-by-id', 'source'),
    enterprises: byIdLoader<EnterpriseDetail>(db, 'enterprises-by-id', 'enterprise'),
    projects: byIdLoader<ProjectDetail>(db, 'projects-by-id', 'project'),
    products: byIdLoader<ProductRow>(db, 'products-by-id', 'product', { maxListed: MAX_LISTED_PRODUCERS }),

    /**
     * Plan targets, pool firms, projects and firms outside the scope (外区企业) that could fill a link
     * (cypher/gap-candidates.cypher); one batched loader per scope zone (none: the whole graph).
     */
    candidates(scope: { zone: { id: string } | null; zoneIds: readonly string[] } | null) {
      const zone = scope?.zone?.id ?? null;
      let loader = candidatesByZone.get(zone ?? '');
      if (!loader) {
        const s = zone && scope ? { zone, zoneIds: scope.zoneIds } : null;
        loader = new DataLoader<string, CandidateRows>((ids) => readGapCandidates(db, ids, s));
        candidatesByZone.set(zone ?? '', loader);
      }
      return loader;
    },

    /** The cross-district view of chains in a region scope (cypher/chain-districts.cypher), one loader per zone. */
    chainDistricts(zone: string): DataLoader<string, ChainDistrictModel[]> {
      let loader = chainDistrictsByZone.get(zone);
      if (!loader) {
        loader = new DataLoader<string, ChainDistrictModel[]>(async (ids) => {
          const rows = await db.read<ChainDistrictRow>('chain-districts', {
            zone,
            ids: [...ids],
            plan: null,
            maxDistricts: MAX_COMPARED_DISTRICTS,
          });
          return ids.map((id) => compareDistricts(rows.filter((r) => r.chain === id)));
        });
        chainDistrictsByZone.set(zone, loader);
      }
      return loader;
    },

    /**
     * What depends on a link downstream in a scope (server/db/chainGraphs.ts, domain/reach.ts): over the chains
     * of the districts it touches (`districts`; null: every chain). One batched loader per set of districts.
     */
    reach(districts: readonly string[] | null | undefined): DataLoader<string, Reach> {
      const key = districts == null ? '' : `:${[...districts].sort().join(',')}`;
      let loader = reachByDistricts.get(key);
      if (!loader) {
        loader = new DataLoader<string, Reach>(async (ids) =>
          reachesOf(ids, await chainGraphs.around(ids, districts)),
        );
        reachByDistricts.set(key, loader);
      }
      return loader;
    },

    /** The chains around gap links (server/db/chainGraphs.ts). */
    chainGraphs,

    /** Local producers and projects of products in a scope; one loader (one batched query) per zone. */
    evidence(zone: string | null): DataLoader<string, EvidenceModel> {
      const key = zone ?? '';
      let loader = evidenceByZone.get(key);
      if (!loader) {
        loader = new DataLoader<string, EvidenceModel>((ids) => readEvidence(db, ids, zone));
        evidenceByZone.set(key, loader);
      }
      return loader;
    },

    zone: byIdLoader<ZoneModel>(db, 'zones-by-id', 'zone'),
    zoneEnterpriseCounts: new DataLoader<string, number>(async (ids) => {
      const rows = await db.read<{ id: string; count: number }>('zone-enterprise-counts', { ids: [...ids] });
      const map = new Map(rows.map((r) => [r.id, r.count]));
      return ids.map((id) => map.get(id) ?? 0);
    }),

    /** All zones of the graph (for the zone picker), loaded once per request. */
    zones(): Promise<Map<string, ZoneModel>> {
      zonesOnce ??= db
        .read<{ zone: ZoneModel }>('zones')
        .then((rows) => new Map(rows.map((r) => [r.zone.id, r.zone])));
      return zonesOnce;
    },

    industries(): Promise<Map<string, IndustryModel>> {
      industriesOnce ??= readIndustries(db);
      return industriesOnce;
    },

    indicators(): Promise<IndicatorModel[]> {
      indicatorsOnce ??= db
        .read<{ indicator: IndicatorModel }>('indicators')
        .then((rows) => rows.map((r) => r.indicator));
      return indicatorsOnce;
    },

    /** The scope of a zone argument: the zone and every zone inside it; the district when zone is null. */
    async scope(zone: string | null | undefined): Promise<ScopeModel> {
      if (zone === null || zone === undefined) {
        unscoped ??= graphDistricts().then((rows) =>
          scopeOf(
            null,
            [],
            rows.map((r) => r.name),
          ),
        );
        return unscoped;
      }
      scopes.set(zone, scopes.get(zone) ?? db.read<ScopeRow>('zone-scope', { zone }));
      const row = (await scopes.get(zone))?.[0];
      if (!row) throw notFound('Zone', zone);
      return scopeOf(row.zone, row.zoneIds, [], row.districts);
    },
  };
  return ctx;
}

export type Context = ReturnType<typeof createContext>;
