/**
 * Year targets: 产值 (工业生产总值 too, not a region's 生产总值) and 增加值 in 亿元 (“到 2025 年，产值达到 200 亿元，增加值规模达 42 亿元”, “化工产业实现产值 70
 * 亿元、增加值 22 亿元”). Each is read with the words just before it (its subject when the plan names one) and
 * the year of the nearest “到 20XX 年” (or “力争 20XX 年”) in the same sentence or the one before.
 */
import type { YearTarget } from '../../../vocab/imports.ts';
import { afterLastOf, type Doc, sentenceAt } from '../text.ts';

export interface FoundTarget extends YearTarget {
  end: number;
  /** The words right before 产值 in the clause (“化工产业”, “新材料产业”), '' when none. */
  subject: string;
}

const TARGET =
  /([\p{Script=Han}A-Za-z]{0,14}?)(?:力争)?(?:工业生产总值|(?:实现|工业)?(?:总)?产值)(?:规模)?(?:力争|预计|有望)?(?:可达到|可达|将达到|将达|达到|达|实现|突破)?\s*([\d.]+)\s*亿(?:元)?(?:[^。；\d]{0,16}?增加值(?:规模)?(?:实现|达到|达)?\s*([\d.]+)\s*亿)?/gu;
/**
 * The year a target is for: 到 2025 年, 力争 2023 年, or the year of an expected figure (预计2024年…产值可达30亿元);
 * a year after 截至 states a fact.
 */
const YEAR = /(?:到|力争|预计)\s*(20\d\d)\s*年/g;
const SUBJECT_NOISE = /^(.*?(年|，|、|其中|力争|规模|全面|实现))?/u;

/** The clause before a figure says it is a plant's once at full capacity (全面达产后，…; 项目满产后…). */
const AT_CAPACITY = /(?:达产|达效|满产)后[，,]?[^，,。；]*$/u;

/** A cue that a task is for the year the text plans for. */
const THIS_YEAR = /今年|年内|全年/;
/** The industry a sentence opens with, after its year (到2020年，新材料产业规模…). */
const OPENING_INDUSTRY = /^(?:(?:到|力争)?\s*20\d\d\s*年[，,]?)?(\p{Script=Han}{2,8}?产业)/u;

/**
 * The year a text plans for: one whose sentence says what will be done (2025年，某开发区将…), else a year in a
 * bracketed headline near its top (【奋斗2025】); null when it states neither.
 */
function plannedYear(text: string): number | null {
  const will = /(20\d\d)年[，,]\s*[^。；\n]{0,40}?将/.exec(text);
  if (will) return Number(will[1]);
  const head = /[【〔[][^】〕\]\n]{0,12}?(20\d\d)[^】〕\]\n]{0,12}[】〕\]]/.exec(text.slice(0, 300));
  return head ? Number(head[1]) : null;
}

/**
 * The year a figure at an offset is for: the nearest “到 20XX 年” (力争, 预计) ≤ 160 characters before it; else, for
 * this year's task (今年, 年内 earlier in its paragraph), the year the text plans for; else the plan's end year
 * (十四五 → 2025, 十五五 → 2030); null when none.
 */
export function yearsOf(doc: Doc): (start: number) => number | null {
  const period = /十五五/.test(doc.match.slice(0, 400)) ? 2030 : /十四五/.test(doc.match) ? 2025 : null;
  const planned = plannedYear(doc.match);
  const years: { at: number; year: number }[] = [];
  for (const y of doc.match.matchAll(YEAR)) years.push({ at: y.index ?? 0, year: Number(y[1]) });
  return (start) => {
    const para = doc.match.slice(doc.match.lastIndexOf('\n', start) + 1, start);
    return (
      [...years].reverse().find((y) => y.at <= start && start - y.at < 160)?.year ??
      (THIS_YEAR.test(para) ? planned : null) ??
      period
    );
  };
}

export function findTargets(doc: Doc): FoundTarget[] {
  const yearAt = yearsOf(doc);
  const out: FoundTarget[] = [];
  for (const m of doc.match.matchAll(TARGET)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // What a plant makes once at full capacity (全面达产后，年总产值将达5亿元) is its output, no plan's target.
    if (AT_CAPACITY.test(doc.match.slice(Math.max(0, start - 12), start))) continue;
    const year = yearAt(start);
    // No subject before 产值: the industry that opens its sentence (到2020年，新材料产业…，产值突破50亿元).
    const own = (m[1] ?? '').replace(SUBJECT_NOISE, '');
    const sentence = doc.match.slice(afterLastOf(doc, '。；;！？\n', start), start);
    const subject = own || (OPENING_INDUSTRY.exec(sentence)?.[1] ?? '');
    out.push({
      year,
      output: Number(m[2]),
      valueAdded: m[3] ? Number(m[3]) : null,
      subject,
      start,
      end,
      quote: sentenceAt(doc, start, end),
    });
  }
  return out;
}
