import { ALL_REGIONS_LABEL, unscopedLabel } from '../../vocab/region.ts';
import type { ScopeModel, ZoneRef } from '../graphql/models.ts';

/**
 * The scope of a view: a zone (or region: 省/市/区县) and every zone inside it, labelled with its name; or, without
 * a zone, the whole graph, labelled with its district's name when it holds exactly one district (綦江区), else
 * 全部地区 (`districtNames`: up to two district names of the graph, cypher/regions/districts.cypher).
 * `districts`: those a zone touches (cypher/fragments/scope-districts); null (every district) when not read.
 */
export function scopeOf(
  zone: ZoneRef | null,
  zoneIds: readonly string[] | null = [],
  districtNames: readonly string[] = [],
  districts: readonly string[] | null = null,
): ScopeModel {
  return zone
    ? {
        zone: { id: zone.id, name: zone.name, kind: zone.kind },
        zoneIds: [...(zoneIds ?? [])],
        districts: districts ? [...districts] : null,
        label: zone.name,
      }
    : { zone: null, zoneIds: [], districts: null, label: unscopedLabel(districtNames) };
}

export { ALL_REGIONS_LABEL };
