/**
 * Year targets: 产值 and 增加值 in 亿元 (“到 2025 年，产值达到 200 亿元，增加值规模达 42 亿元”, “化工产业实现产值 70
 * 亿元、增加值 22 亿元”). Each is read with the words just before it (its subject when the plan names one) and
 * the year of the nearest “到 20XX 年” (or “力争 20XX 年”) in the same sentence or the one before.
 */
import type { YearTarget } from '../../../vocab/imports.ts';
import { type Doc, sentenceAt } from '../text.ts';

export interface FoundTarget extends YearTarget {
  end: number;
  /** The words right before 产值 in the clause (“化工产业”, “新材料产业”), '' when none. */
  subject: string;
}

const TARGET =
  /([\p{Script=Han}A-Za-z]{0,14}?)(?:力争)?(?:实现|工业)?(?:总)?产值(?:规模)?(?:力争)?(?:达到|达|实现|突破)?\s*([\d.]+)\s*亿(?:元)?(?:[^。；\d]{0,16}?增加值(?:规模)?(?:实现|达到|达)?\s*([\d.]+)\s*亿)?/gu;
/** The year a target is for: 到 2025 年, 力争 2023 年 (a year after 截至 or 预计 states a fact or a forecast). */
const YEAR = /(?:到|力争)\s*(20\d\d)\s*年/g;
const SUBJECT_NOISE = /^(.*?(年|，|、|其中|力争|规模|全面|实现))?/u;

export function findTargets(doc: Doc): FoundTarget[] {
  // A target without its own “到 20XX 年” is for the plan's end year (十四五 → 2025, 十五五 → 2030).
  const period = /十五五/.test(doc.match.slice(0, 400)) ? 2030 : /十四五/.test(doc.match) ? 2025 : null;
  const years: { at: number; year: number }[] = [];
  for (const y of doc.match.matchAll(YEAR)) years.push({ at: y.index ?? 0, year: Number(y[1]) });
  const out: FoundTarget[] = [];
  for (const m of doc.match.matchAll(TARGET)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const year = [...years].reverse().find((y) => y.at <= start && start - y.at < 160)?.year ?? period;
    const subject = (m[1] ?? '').replace(SUBJECT_NOISE, '');
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
