import { ALL_REGIONS_LABEL, unscopedLabel } from '../../vocab/region.ts';
import type { ScopeModel, ZoneRef } from '../graphql/models.ts';

/**
 * The scope of a view: a zone (or region: 省/市/区县) and every zone inside it, labelled with its name; or, without
 * a zone, the whole graph, labelled with its district's name when it holds exactly one district (綦江区), else
 * 全部地区 (`districtNames`: up to two district names of the graph, cypher/regions/districts.cypher).
 */
export function scopeOf(
  zone: ZoneRef | null,
  zoneIds: readonly string[] | null = [],
  districtNames: readonly string[] = [],
): ScopeModel {
  return zone
    ? {
        zone: { id: zone.id, name: zone.name, kind: zone.kind },
        zoneIds: [...(zoneIds ?? [])],
        label: zone.name,
      }
    : { zone: null, zoneIds: [], label: unscopedLabel(districtNames) };
}

export { ALL_REGIONS_LABEL };
