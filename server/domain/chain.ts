import type { ChainModel, ChainRow, EnterpriseModel, LinkModel, ProjectModel } from '../graphql/models.ts';
import { scopeOf } from './scope.ts';
import { explain } from './status.ts';

/** A chain row in a scope → the chain with every link's status and the reason for it. */
export function toChain(
  row: ChainRow,
  scope = scopeOf(row.scopeZone, row.zoneIds, row.districtNames, row.districts),
): ChainModel {
  const links: LinkModel[] = row.links.map((l) => {
    const reason = explain<EnterpriseModel, ProjectModel>(
      {
        producers: l.producers,
        producerCount: l.producerCount,
        projects: l.projects,
        projectCount: l.projectCount,
      },
      scope.label,
    );
    return {
      product: l.product,
      stage: l.stage,
      reason,
      status: reason.status,
      sharedWith: l.sharedWith,
      scope,
    };
  });
  return { ...row.chain, scope, links, feeds: row.feeds, targets: row.targets };
}
