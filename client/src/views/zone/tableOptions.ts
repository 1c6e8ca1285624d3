/**
 * The zone page's filter and form options, pure: from the chains of the zone's district and its zones
 * (ZoneTableOptions), not from every chain and zone of the graph — an imported county with no chains offered the
 * Qijiang plan's industries and links, and nationally the lists would hold thousands.
 */
import type { ZoneTableOptionsQuery } from '../../api/types.generated.ts';
import { leadZoneOptions, optionText } from '../../pipeline/leadZones.ts';

export interface TableOptions {
  industries: { id: string; name: string }[];
  /** [product id, name], by name. */
  products: [string, string][];
  /** The district and the zones inside it, in tree order, indented by depth. */
  zones: { id: string; name: string }[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

export function tableOptions(data: ZoneTableOptionsQuery | null | undefined): TableOptions {
  const industries = new Map<string, string>();
  const products = new Map<string, string>();
  for (const c of data?.chains ?? []) {
    industries.set(c.industry.id, c.industry.name);
    for (const l of c.links) products.set(l.product.id, l.product.name);
  }
  const s = data?.scope;
  const zones = leadZoneOptions(s?.zone ?? null, s?.district ?? null, s?.district?.descendants ?? []).map(
    (o) => ({ id: o.id, name: optionText(o) }),
  );
  return {
    industries: [...industries].sort((a, b) => byName(a[1], b[1])).map(([id, name]) => ({ id, name })),
    products: [...products.entries()].sort((a, b) => byName(a[1], b[1])),
    zones,
  };
}
