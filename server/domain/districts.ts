/**
 * The cross-district view (issue #15 part 6): in a province or city scope, each district's statuses of a chain's
 * links, and for a link weak or missing in one district the districts of the scope where it is strong (a
 * neighbour to learn from or recruit from). Statuses by the one rule (status.ts linkStatus).
 */
import { countStatuses, type LinkStatus, type StatusCounts } from '../../vocab/status.ts';
import type { Ref, ZoneRef } from '../graphql/models.ts';
import { linkStatus } from './status.ts';

/** At most this many districts are compared in one region scope (a province has ~40). */
export const MAX_COMPARED_DISTRICTS = 60;

/** A row of cypher/chain-districts.cypher. */
export interface ChainDistrictRow {
  chain: string;
  district: ZoneRef;
  inPlan: boolean;
  links: { product: Ref; stage: number; producerCount: number; projectCount: number }[];
}

export interface DistrictLinkModel {
  product: Ref;
  stage: number;
  status: LinkStatus;
  producerCount: number;
  projectCount: number;
  /** When the link is weak or missing here: the other districts of the scope where it is STRONG. */
  strongIn: ZoneRef[];
}

export interface ChainDistrictModel {
  district: ZoneRef;
  inPlan: boolean;
  counts: StatusCounts;
  links: DistrictLinkModel[];
}

/** The rows of one chain (one per district) → each district's links with status and the strong neighbours. */
export function compareDistricts(rows: readonly ChainDistrictRow[]): ChainDistrictModel[] {
  const withStatus = rows.map((r) => ({
    ...r,
    links: r.links.map((l) => ({ ...l, status: linkStatus(l.producerCount, l.projectCount) })),
  }));
  const strongAt = new Map<string, ZoneRef[]>();
  for (const r of withStatus)
    for (const l of r.links)
      if (l.status === 'STRONG')
        strongAt.set(l.product.id, [...(strongAt.get(l.product.id) ?? []), r.district]);
  return withStatus.map((r) => {
    const links = r.links.map((l) => ({
      ...l,
      strongIn:
        l.status === 'STRONG' ? [] : (strongAt.get(l.product.id) ?? []).filter((d) => d.id !== r.district.id),
    }));
    return {
      district: r.district,
      inPlan: r.inPlan,
      counts: countStatuses(links.map((l) => l.status)),
      links,
    };
  });
}
