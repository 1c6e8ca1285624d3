/**
 * Which districts a chain's cross-district table (DistrictMatrix) shows as rows in a 省/市 scope: those whose plan
 * lists the chain, and those that do not but hold some of its links (a local firm or project: strong or weak). A
 * district that neither plans the chain nor holds any of its links is one name in a line under the rows — with
 * many districts (重庆市 has 38) a row each of nothing but 缺链 buried the districts that matter.
 */
import type { OverviewQuery } from '../api/types.generated.ts';

type ChainDistrict = OverviewQuery['chains'][number]['districts'][number];

export function districtRows<D extends Pick<ChainDistrict, 'inPlan' | 'counts' | 'district'>>(
  districts: readonly D[],
): { rows: D[]; quiet: string[] } {
  const holds = (d: D) => d.counts.strong + d.counts.weak > 0;
  return {
    rows: districts.filter((d) => d.inPlan || holds(d)),
    quiet: districts.filter((d) => !d.inPlan && !holds(d)).map((d) => d.district.name),
  };
}
