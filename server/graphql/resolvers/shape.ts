import type { Db } from '../../db/neo4j.ts';
import { explain, MAX_LISTED_PRODUCERS } from '../../domain/status.ts';
import type {
  ChainModel,
  EnterpriseModel,
  EvidenceModel,
  FeedModel,
  LinkModel,
  ProjectModel,
  Ref,
  ScopeModel,
  ZoneRef,
} from '../models.ts';

/** A row of cypher/chains.cypher. */
export interface ChainRow {
  chain: Omit<ChainModel, 'scope' | 'links' | 'feeds' | 'targets'>;
  scopeZone: ZoneRef | null;
  zoneIds: string[] | null;
  links: {
    product: Ref;
    stage: number;
    producers: EnterpriseModel[];
    producerCount: number;
    projects: ProjectModel[];
    sharedWith: Ref[];
  }[];
  feeds: FeedModel[];
  targets: EnterpriseModel[];
}

/** API row → scoped statuses: every link gets its status and the reason for it. */
export function toChain(row: ChainRow, scope: ScopeModel): ChainModel {
  const links: LinkModel[] = row.links.map((l) => {
    const reason = explain<EnterpriseModel, ProjectModel>(
      {
        producers: l.producers,
        producerCount: l.producerCount,
        projects: l.projects,
      } satisfies EvidenceModel,
      scope.label,
    );
    return { product: l.product, stage: l.stage, reason, status: reason.status, sharedWith: l.sharedWith };
  });
  return { ...row.chain, scope, links, feeds: row.feeds, targets: row.targets };
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
 * The enterprise page query for the filters: from the zone's scope; without a zone over all enterprises; and
 * without any filter from the count store and the name index (a national page: 1 ms instead of a 286k scan).
 */
export function enterpriseQuery(f: EnterpriseFilters): string {
  if (f.zone) return 'enterprises';
  const unfiltered = f.product === null && f.industry === null && f.local === null && f.query === null;
  return unfiltered ? 'enterprises-all-unfiltered' : 'enterprises-all';
}

/** The Cypher file and parameters of one enterprise page: `limit` rows after the cursor (none: the first page). */
export function enterprisePage(
  filters: EnterpriseFilters,
  page: { after?: { name: string; id: string } | null; limit: number },
): { name: string; params: Record<string, unknown> } {
  return {
    name: enterpriseQuery(filters),
    params: {
      ...filters,
      afterName: page.after?.name ?? null,
      afterId: page.after?.id ?? null,
      limit: page.limit,
    },
  };
}

/** Runs cypher/chains.cypher: chains by id or industry (null = all) with their links' evidence in a zone's scope. */
export function readChains(
  db: Db,
  params: { ids: string[] | null; industries: string[] | null; zone: string | null },
): Promise<ChainRow[]> {
  return db.read<ChainRow>('chains', { ...params, maxListed: MAX_LISTED_PRODUCERS });
}
