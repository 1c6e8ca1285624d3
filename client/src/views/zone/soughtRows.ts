/**
 * The zone page's 规划提出引进的环节: the links a plan asked for, gaps first (highest priority first), then the
 * links that are no gap any more, each by name as Chinese readers sort.
 */
import { byChineseName } from '../../../../vocab/names.ts';
import type { ZoneProfileQuery } from '../../api/types.generated.ts';

export type SoughtLinkRow = NonNullable<ZoneProfileQuery['zone']>['soughtLinks'][number];

/** One row per link (the server groups the districts whose plans seek it: SoughtLink.districts). */
export function soughtRows(links: readonly SoughtLinkRow[]): SoughtLinkRow[] {
  const score = (l: SoughtLinkRow) => l.product.priority?.score ?? -Infinity;
  return [...links].sort(
    (a, b) =>
      Number(b.product.priority !== null) - Number(a.product.priority !== null) ||
      score(b) - score(a) ||
      byChineseName(a.product.name, b.product.name),
  );
}
