import { explain } from '../../domain/status.ts';
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
      { producers: l.producers, projects: l.projects } satisfies EvidenceModel,
      scope.label,
    );
    return { product: l.product, stage: l.stage, reason, status: reason.status, sharedWith: l.sharedWith };
  });
  return { ...row.chain, scope, links, feeds: row.feeds, targets: row.targets };
}
