/**
 * The scope keys of the firms a bulk load creates (Enterprise.scopeProvince / scopeCity: the 省 and 市 region above
 * the firm's zone, PART_OF*0.., as cypher/fragments/enterprise-scope-keys.cypher sets them), computed by the loader
 * and written with the firms themselves. The LOCATED_IN statement of the load then only creates relationships:
 * setting two keys on each of 480k firms after they were written rewrote every firm a second time, in the kind
 * that also walked up the zone tree once per zone and batch. The zone tree is the database's before the load (the
 * seed's district, city and province) joined with the load's own zones and PART_OF rows; a zone already in the
 * database keeps its kind (bench/zones.cypher MERGEs). tests/integration/link-counts.test.ts checks every stored
 * key against the keys computed from the graph's edges after a whole load.
 */
import type { NationalGraph } from './graph.ts';

/** A zone as the database holds it before the load: its kind and PART_OF parent (null: none). */
export interface ZoneRow {
  id: string;
  kind: string | null;
  parent: string | null;
}

export type ScopeKeys = [province: string | null, city: string | null];

const NONE: ScopeKeys = [null, null];

/** Per firm of `g.locatedIn`, its keys; a firm in no zone has none (and no entry). */
export function firmScopeKeys(
  g: Pick<NationalGraph, 'zones' | 'partOf' | 'locatedIn'>,
  before: readonly ZoneRow[],
): Map<string, ScopeKeys> {
  const kind = new Map<string, string | null>();
  const parent = new Map<string, string>();
  for (const z of g.zones) kind.set(z.id, z.kind);
  for (const r of g.partOf) parent.set(r.zone, r.parent);
  // The database's zones win: the load MERGEs onto them without changing kind or parent.
  for (const z of before) {
    kind.set(z.id, z.kind);
    if (z.parent !== null) parent.set(z.id, z.parent);
  }
  const ofZone = new Map<string, ScopeKeys>();
  const keysOf = (zone: string): ScopeKeys => {
    const kept = ofZone.get(zone);
    if (kept) return kept;
    let province: string | null = null;
    let city: string | null = null;
    const seen = new Set<string>();
    for (let z: string | undefined = zone; z !== undefined && !seen.has(z); z = parent.get(z)) {
      seen.add(z);
      const k = kind.get(z);
      if (k === '省' && province === null) province = z;
      if (k === '市' && city === null) city = z;
    }
    const keys: ScopeKeys = [province, city];
    ofZone.set(zone, keys);
    return keys;
  };
  const out = new Map<string, ScopeKeys>();
  for (const r of g.locatedIn) {
    if (out.has(r.enterprise)) throw new Error(`bench data: firm ${r.enterprise} is LOCATED_IN two zones`);
    out.set(r.enterprise, keysOf(r.zone));
  }
  return out;
}

/** The keys of a firm (none when it is in no zone). */
export const keysOf = (keys: ReadonlyMap<string, ScopeKeys>, firm: string): ScopeKeys =>
  keys.get(firm) ?? NONE;
