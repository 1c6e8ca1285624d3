/**
 * Regions: provinces, cities and districts (区县) are Zone nodes with one of these kinds, a 6-digit GB/T 2260
 * `code` and the id `region-<code>` (see REGIONS.md / docs/SEED.md). Server (scopes, migration) and client (the
 * scope tree, its labels) share these words.
 */
export const REGION_KINDS = ['省', '市', '区县'] as const;

export type RegionKind = (typeof REGION_KINDS)[number];

/** How the scope tree names a level. */
export const REGION_KIND_LABEL: Record<RegionKind, string> = { 省: '省', 市: '市', 区县: '区县' };

/**
 * How a zone's level reads beside its name in the scope tree: a province-level region is 直辖市 (重庆市), 自治区 or
 * 特别行政区 by its name, a prefecture-level one 自治州, 地区 or 盟; any other zone (开发区, 组团, 园区) keeps its kind.
 */
export function zoneKindLabel(zone: { kind: string; name: string }): string {
  const ending = (labels: readonly string[]) => labels.find((l) => zone.name.endsWith(l));
  if (zone.kind === '省')
    return zone.name.endsWith('市') ? '直辖市' : (ending(['自治区', '特别行政区']) ?? '省');
  if (zone.kind === '市') return ending(['自治州', '地区', '盟']) ?? '市';
  return zone.kind;
}

export function isRegionKind(kind: string | null | undefined): kind is RegionKind {
  return kind === '省' || kind === '市' || kind === '区县';
}

/** Region kinds whose scope compares the districts inside it (the cross-district view). */
export const isComparedRegion = (kind: string | null | undefined): boolean => kind === '省' || kind === '市';

/** The kind of a district node. */
export const DISTRICT_KIND: RegionKind = '区县';

/** The label of the unscoped view (`zone: null`) when the graph holds no district or several. */
export const ALL_REGIONS_LABEL = '全部地区';

/** The unscoped view's label: the district's name when the graph holds exactly one district, else 全部地区. */
export function unscopedLabel(districtNames: readonly string[]): string {
  return districtNames.length === 1 && districtNames[0] ? districtNames[0] : ALL_REGIONS_LABEL;
}

/** The node id of a region from its 6-digit code: region-500110. */
export const regionId = (code: string): string => `region-${code}`;

/**
 * Zone kinds from the top of a district's tree down, after the regions: a list grouped by kind follows this order
 * (kinds not listed come after, in the order met).
 */
export const KIND_ORDER: readonly string[] = [
  ...REGION_KINDS,
  '开发区',
  '高新区',
  '经开区',
  '组团',
  '园区',
  '产业园',
  '镇街',
  '其他',
];
