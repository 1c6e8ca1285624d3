/**
 * District targets: the whole district's industrial output (工业总产值, 规上工业总产值) and value added (工业增加值)
 * in 亿元 for a year the plan aims at, with the sentence that states them (“到2025年，全县工业总产值达到120亿元，
 * 工业增加值达到35亿元”; Qijiang's “工业总产值力争达到 1000 亿元，其中规上工业总产值达到 855 亿元，工业增加值达到
 * 260 亿元”). A figure is the district's when its clause names the whole place (全县, 全区, 我县, 本市, the district's
 * own name) or names no owner but industry itself (工业总产值…) in a sentence that names no zone and whose figure no
 * zone or industry took (zones.ts, industries.ts). It must be a goal (到 20XX 年, 力争, 确保, 目标为 …), not a result
 * (截至, 去年, 同比, a year of its own in the sentence: 2024年…全县规上工业总产值达61.7亿元). One target per year: the
 * whole industry's figure before the 规上 one.
 */
import type { DistrictTargetFact } from '../../../vocab/imports.ts';
import { afterLastOf, type Doc, sentenceAt } from '../text.ts';
import { districtBase } from './district.ts';
import { yearsOf } from './targets.ts';

/** The measure, then the verb, then the figure in 亿. */
const FIGURE =
  /((?:规模以上|规上)?工业(?:企业)?(?:总产值|生产总值|产值|增加值)|总产值|增加值)(?:规模)?(?:总量)?(?:力争|预计|有望|确保|争取)?(?:可达到|可达|将达到|将达|达到|达|实现|突破|超过|超)?\s*([\d.]+)\s*亿/gu;
/** Words that open a clause without naming its owner (其中, 到2025年, 力争, 实现 …). */
const LEAD =
  /^(?:其中|同时|并|到\s*20\d\d\s*年(?:底|末)?|力争|争取|确保|预计|使|推动|实现|全年|年|末|，|,|\s)+/u;
/** The whole place: 全县, 全区, 我县, 本市 … (该区 is left out: a report often calls its development zone so). */
const WHOLE = /^(?:全(?:县|区|市|旗|州|盟)|我(?:县|区|市|旗)|本(?:县|区|市|旗))/u;
/** A goal: a year to reach, 力争, 确保, a target stated as such. */
const GOAL = /到\s*20\d\d\s*年|力争|争取|确保|目标[是为：:]|预期性|将(?:达|实现|突破)|规划期末|十[四五]五末/u;
/** A result: a date it was reached by, last year, a growth rate. */
const RESULT = /截至|截止|去年|上年|同比|比上年|较上年|已经|累计/u;
/** A year written bare (2024年是…, 2020 年，…): the sentence reports that year. */
const BARE_YEAR = /(?<![到至力争预计取保—\-－~～])\s*((?:19|20)\d\d)\s*年(?![底末]前)/gu;
/** A zone, a town or a park in the sentence: an unnamed owner is that, not the district. */
const ZONE_WORD =
  /园区|园内|入园|开发区|经开区|高新区|工业园|产业园|集聚区|集中区|组团|片区|基地|新城|[镇乡]|街道/u;

interface Figure {
  year: number;
  metric: 'output' | 'valueAdded';
  /** Not only the firms above a size (规上). */
  whole: boolean;
  value: number;
  at: number;
  end: number;
  /** Where its sentence begins. */
  from: number;
}

/**
 * Whether a clause names the whole district: 全县…, 我区…, or the district's own name (綦江全区, 秀山县工业). 全区 in
 * the text of a 县 or 市 is its development zone (建区以来，全区累计…), not the district.
 */
function namesDistrict(clause: string, names: string[]): boolean {
  let rest = clause;
  for (const n of names)
    if (n && rest.startsWith(n)) {
      rest = rest.slice(n.length).replace(/^[县区市旗]/u, '');
      if (!rest || /^(?:工业|规上|规模以上|全)/u.test(rest)) return true;
    }
  const level = WHOLE.exec(rest)?.[0].slice(1);
  return !!level && (level !== '区' || !names[0] || names[0].endsWith('区'));
}

/** Whether the clause of a figure (from its owner to its end) names the whole district (全县工业总产值达到…). */
export function namesWholeDistrict(
  doc: Doc,
  start: number,
  end: number,
  district: string | undefined,
): boolean {
  const clause = doc.match.slice(afterLastOf(doc, '，,、：:（(', start), end).replace(LEAD, '');
  return namesDistrict(clause, namesOf(district));
}

const namesOf = (district: string | undefined) =>
  district ? [district, districtBase(district)].filter((n) => n.length >= 2) : [];

/**
 * The district's own targets, at most one per year, in the order the text states them. `taken`: where the targets
 * that zones and industries took begin and end (a figure inside one is theirs).
 */
export function findDistrictTargets(
  doc: Doc,
  district: string | undefined,
  taken: { start: number; end: number }[],
): DistrictTargetFact[] {
  const yearAt = yearsOf(doc);
  const names = namesOf(district);
  const figures: Figure[] = [];
  // Whether the figure before, in the same sentence, was the district's (工业增加值 after 全县工业总产值…).
  let carry = { sentence: -1, district: false };
  for (const m of doc.match.matchAll(FIGURE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const from = afterLastOf(doc, '。；;！？\n', at);
    const sentence = doc.match.slice(from, at);
    const clause = doc.match.slice(afterLastOf(doc, '，,、：:（(', at), at).replace(LEAD, '');
    const measure = m[1] ?? '';
    const bare = !measure.includes('工业');
    const explicit = namesDistrict(clause, names);
    // No owner but industry itself: 工业总产值, 规上工业增加值.
    const unnamed = clause === '';
    const continued = carry.sentence === from && carry.district;
    const own =
      explicit ||
      (unnamed &&
        (bare
          ? continued
          : continued || (!ZONE_WORD.test(sentence) && !taken.some((t) => t.start <= at && at < t.end))));
    carry = { sentence: from, district: own };
    if (!own) continue;
    const year = yearAt(at);
    const upTo = doc.match.slice(from, at + m[0].length);
    const bareYears = [...sentence.matchAll(BARE_YEAR)].map((y) => Number(y[1]));
    if (year === null || !GOAL.test(upTo) || RESULT.test(upTo) || bareYears.some((y) => y !== year)) {
      carry.district = false;
      continue;
    }
    figures.push({
      year,
      metric: measure.endsWith('增加值') ? 'valueAdded' : 'output',
      whole: !/规/.test(measure),
      value: Number(m[2]),
      at,
      end,
      from,
    });
  }
  const byYear = new Map<number, Figure[]>();
  for (const f of figures) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f]);
  return [...byYear.entries()].map(([year, stated]) => {
    // The first sentence that states the year's target; its quote.
    const fs = stated.filter((f) => f.from === stated[0]?.from);
    // The whole industry's figure before the 规上 one; the first stated of each.
    const pick = (metric: Figure['metric']) =>
      fs.find((f) => f.metric === metric && f.whole) ?? fs.find((f) => f.metric === metric);
    const output = pick('output');
    const valueAdded = pick('valueAdded');
    const first = fs[0] as Figure;
    const last = fs.at(-1) as Figure;
    return {
      year,
      output: output?.value ?? null,
      valueAdded: valueAdded?.value ?? null,
      quote: sentenceAt(doc, first.at, last.end),
      start: first.at,
      end: first.end,
      name: doc.text.slice(first.at, first.end),
    };
  });
}
