import type { ScopeModel, ZoneRef } from '../graphql/models.ts';

/** The scope label without a zone: the whole district. */
export const DISTRICT_LABEL = '全区';

/**
 * The scope of a view: a zone and every zone inside it, labelled with the zone's name; or, without a zone,
 * the whole district.
 */
export function scopeOf(zone: ZoneRef | null, zoneIds: readonly string[] | null = []): ScopeModel {
  return zone
    ? {
        zone: { id: zone.id, name: zone.name, kind: zone.kind },
        zoneIds: [...(zoneIds ?? [])],
        label: zone.name,
      }
    : { zone: null, zoneIds: [], label: DISTRICT_LABEL };
}
