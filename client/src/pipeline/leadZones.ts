/**
 * The zones the lead form offers (issue #20: not every zone of the graph, 1.3 MB nationally), pure: the district
 * in view with every zone inside it in tree order, indented by depth; before them the scope's own zone when it
 * lies outside that district (a province or city scope: the default of a lead opened there); after them the zones
 * the officer picked from the search. Each zone once.
 */
import { buildTree, type ScopeZone, visibleRows } from '../state/scopeTree.ts';

export interface ZoneOption {
  id: string;
  name: string;
  /** Levels below the district (0: the district itself, or a zone from outside it). */
  depth: number;
}

export function leadZoneOptions(
  scopeZone: ScopeZone | null,
  district: ScopeZone | null,
  inside: readonly ScopeZone[],
  picked: readonly ScopeZone[] = [],
): ZoneOption[] {
  const out: ZoneOption[] = [];
  const seen = new Set<string>();
  const add = (z: ScopeZone, depth: number) => {
    if (seen.has(z.id)) return;
    seen.add(z.id);
    out.push({ id: z.id, name: z.name, depth });
  };
  const zones = district ? [district, ...inside] : [];
  const rows = visibleRows(buildTree(zones), new Set(zones.map((z) => z.id)));
  if (scopeZone && !zones.some((z) => z.id === scopeZone.id)) add(scopeZone, 0);
  for (const r of rows) add(r.zone, r.depth);
  for (const z of picked) add(z, 0);
  return out;
}

/** An option's text: indented under its parent with ideographic spaces (a select shows no nesting). */
export const optionText = (o: ZoneOption) => `${'\u3000'.repeat(o.depth)}${o.name}`;
