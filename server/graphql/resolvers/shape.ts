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

/**
 * The enterprise page query for the arguments: from the zone's scope; without a zone over all enterprises; and
 * without any filter from the count store and the name index (a national page: 1 ms instead of a 286k scan).
 */
export function enterpriseQuery(args: {
  zone: string | null;
  product: string | null;
  industry: string | null;
  local: boolean | null;
  query: string | null;
}): string {
  if (args.zone) return 'enterprises';
  const unfiltered =
    args.product === null && args.industry === null && args.local === null && args.query === null;
  return unfiltered ? 'enterprises-all-unfiltered' : 'enterprises-all';
}

/** Runs cypher/chains.cypher: chains by id or industry (null = all) with their links' evidence in a zone's scope. */
export function readChains(
  db: Db,
  params: { ids: string[] | null; industries: string[] | null; zone: string | null },
): Promise<ChainRow[]> {
  return db.read<ChainRow>('chains', { ...params, maxListed: MAX_LISTED_PRODUCERS });
}
