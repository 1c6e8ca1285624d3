/**
 * The region a plan is for: a district (区县), a prefecture-level city (市) or a province (省), from GB/T 2260 as
 * districts are (regions.ts). A county-level name stays the county's (余姚市 is a county-level city: a district);
 * a city's name (泸州市, 泸州, 四川省泸州市, 四川泸州) is the city's; a province's (四川省, 重庆市) the province's.
 * A short name that is a county's and a city's or province's too (通化: 通化县 and 通化市; 吉林: 吉林市 and 吉林省)
 * is ambiguous and lists them all, as an ambiguous district does; an unknown name lists the nearest ones.
 */
import {
  asRegion,
  CITY_SUFFIX,
  DISTRICT_SUFFIX,
  editDistance,
  MAX_SUGGESTIONS,
  PROVINCE_SUFFIX,
  RegionError,
  type RegionRef,
  type ResolvedDistrict,
  type ResolvedRegion,
  regionTable,
  resolveDistrict,
  variants,
} from './regions.ts';

interface Named {
  region: ResolvedRegion;
  /** Every way the name may be written: 泸州市, 泸州, 四川省泸州市, 四川泸州 …. */
  names: string[];
}

let named: Named[] | undefined;

/** Every city and province with the names it may be written as. */
function regionsAbove(): Named[] {
  if (named) return named;
  const t = regionTable();
  const province = new Map(t.provinces.map((p) => [p.ref.code, p]));
  const out: Named[] = t.provinces.map((p) => ({
    region: { level: '省', region: p.ref, city: null, province: p.ref },
    names: p.names,
  }));
  for (const c of t.cities) {
    const p = province.get(c.province);
    if (!p) continue;
    const own = c.names;
    out.push({
      region: { level: '市', region: c.ref, city: c.ref, province: p.ref },
      names: [...own, ...p.names.flatMap((pn) => own.map((cn) => pn + cn))],
    });
  }
  named = out;
  return out;
}

/** Whether a region lies in the province or city a hint names (四川, 泸州市). */
function inHint(r: ResolvedRegion, hint: string | undefined): boolean {
  if (!hint) return true;
  const names = (ref: RegionRef | null, suffix: RegExp) => (ref ? variants(ref.name, suffix) : []);
  return [...names(r.province, PROVINCE_SUFFIX), ...names(r.city, CITY_SUFFIX)].some(
    (n) => hint === n || hint.startsWith(n) || hint.endsWith(n),
  );
}

/**
 * The region a plan's district field names: a district as resolveDistrict reads it, else a city or a province.
 * `hint` (a province or city) narrows an ambiguous name. Throws RegionError (named as the district field: "district …") when no
 * region or more than one matches.
 */
export function resolveRegion(name: string, hint?: string): ResolvedRegion {
  const text = name.replace(/\s+/g, '');
  const h = hint?.replace(/\s+/g, '') || undefined;
  let district: ResolvedDistrict | null = null;
  let failure: RegionError | null = null;
  try {
    district = resolveDistrict(name, hint);
  } catch (err) {
    if (!(err instanceof RegionError)) throw err;
    failure = err;
  }
  const above = regionsAbove()
    .filter((x) => x.names.includes(text) && inHint(x.region, h))
    .map((x) => x.region);
  // A county's full name is the county's (余姚市); its short name (通化) may be a city's or a province's too.
  if (district && (above.length === 0 || text.endsWith(district.district.name))) return asRegion(district);
  const districts = district ? [district] : failure?.reason === 'ambiguous' ? failure.suggestions : [];
  const all = [...districts.map(asRegion), ...above];
  if (all.length === 1 && all[0]) return all[0];
  if (all.length > 1) throw new RegionError(name, 'ambiguous', districts, all);
  throw new RegionError(name, 'unknown', failure?.suggestions ?? [], nearest(text, failure));
}

/** The nearest districts (as resolveDistrict found them) and cities or provinces, at most MAX_SUGGESTIONS. */
function nearest(text: string, failure: RegionError | null): ResolvedRegion[] {
  const limit = Math.max(1, Math.floor(Array.from(text).length / 2));
  const ranked = regionsAbove()
    .map((x) => ({ region: x.region, dist: Math.min(...x.names.map((n) => editDistance(n, text))) }))
    .filter((x) => x.dist <= limit)
    .sort((a, b) => a.dist - b.dist || a.region.region.code.localeCompare(b.region.region.code));
  return [...(failure?.suggestions.map(asRegion) ?? []), ...ranked.map((x) => x.region)].slice(
    0,
    MAX_SUGGESTIONS,
  );
}

/** The districts (区县) inside a region: a city's, a province's; none for a district. */
export function districtsIn(r: ResolvedRegion): ResolvedDistrict[] {
  if (r.level === '区县') return [];
  return regionTable().districts.filter((d) =>
    r.level === '市' ? d.city?.code === r.region.code : d.province.code === r.region.code,
  );
}

/**
 * The district of `districts` a zone's name opens with, read after its province and city names:
 * 四川泸州江阳经济开发区, 纳溪经济开发区, 古蔺经济开发区 → 江阳区, 纳溪区, 古蔺县 (泸州市's). A name that opens with
 * none (泸州高新技术产业开发区) has none: null. The longest name wins (泸县 is not 泸州). `rest`: what follows it
 * (empty when the name is the district's own: 江阳区, 泸州市江阳区).
 */
export function districtOpening(
  name: string,
  districts: readonly ResolvedDistrict[],
): { district: ResolvedDistrict; rest: string } | null {
  const text = name.replace(/\s+/g, '');
  let best: { d: ResolvedDistrict; n: number } | null = null;
  for (const d of districts) {
    const above = (ref: RegionRef | null, suffix: RegExp) => ['', ...(ref ? variants(ref.name, suffix) : [])];
    for (const p of above(d.province, PROVINCE_SUFFIX))
      for (const c of above(d.city, CITY_SUFFIX))
        for (const v of variants(d.district.name, DISTRICT_SUFFIX)) {
          const n = p.length + c.length + v.length;
          if (text.startsWith(p + c + v) && (!best || n > best.n)) best = { d, n };
        }
  }
  return best ? { district: best.d, rest: text.slice(best.n) } : null;
}
