/**
 * Amounts and their units, the one home of both capacity readers' units (`projectMentions.ts`: 年产 N 单位 X;
 * `facts/projects.ts`: an amount in a sentence about capacity) and of the number before them, written in digits
 * (1.2万吨) or in Chinese numerals (两万吨, 三十万千瓦, 一百二十万支).
 */

/** Power, not a yearly output unless the text says 年产 (年设计生产风力发电机组100万千瓦); 万千瓦时 is energy. */
const POWER = '万千瓦(?!时)';

/** Units of what a plant makes a year after 年产 (年产 N 单位 X, X N 单位/年): counts of pieces (台, 件, 支) and boxes (万箱) too. */
export const YEARLY_UNITS = `万吨|吨|万台套|台套|万台|台[(（]套[)）]|台|万套|套|万辆|辆|万件|件|万部|万块|亿块|万锭|亿平方米|万平方米|万立方米|万\\s*m3|GWh|MWh|MW|${POWER}|万头|万只|亿只|万支|支|万箱|万片|亿片`;

/**
 * Units of an amount read without 年产, in a sentence about capacity: no bare count of pieces (台, 件, 支 count
 * machines, cases and teams as often as output).
 */
export const CAPACITY_UNITS = `万吨|吨|万台套|万台|万套|万辆|万件|万部|万块|亿块|万锭|亿平方米|万平方米|万立方米|万\\s*m3|万标准机架|万只|亿只|万支|万片|亿片|GWh|${POWER}`;

/** A unit that is no yearly output when no 年产 says so: a stock (racks of a data centre) or power. */
export const notYearly = (unit: string) => /^(万标准机架|万千瓦)$/.test(unit);

const HAN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A number in Chinese numerals before a unit (两 of 两万吨, 一百二十 of 一百二十万支), whole: not the end of a longer
 * numeral, nor a round figure of a vague count (几十万吨, 数百吨; 十余万吨 has no unit right after 十), nor 一 alone
 * before a unit (一吨废料可生产…: one ton of it, not an amount).
 */
export const HAN_NUMBER =
  '(?<![零〇一二两三四五六七八九十百千几数多余])(?!一(?![零〇一二两三四五六七八九十百千万亿]))[零〇一二两三四五六七八九十百千]+';

/** An amount in digits (commas allowed where `commas`) or in Chinese numerals, for a capturing group. */
export const amountPattern = (commas = false) => `${commas ? '[\\d.,]+' : '[\\d.]+'}|${HAN_NUMBER}`;

/** The value of an amount as written: 1,200 → 1200, 两 → 2, 三十 → 30, 一百二十 → 120, 二〇 → 20. */
export function amountValue(written: string): number {
  if (/^[\d.,]+$/.test(written)) return Number(written.replace(/,/g, ''));
  const chars = [...written];
  // Digits only, read by place (二〇 → 20); else digits times the scale after each (一百二十 → 120).
  if (chars.every((c) => c in HAN_DIGIT)) return Number(chars.map((c) => HAN_DIGIT[c]).join(''));
  let total = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const scale = HAN_SCALE[c];
    if (scale === undefined) digit = HAN_DIGIT[c] ?? 0;
    else {
      total += (digit ?? 1) * scale;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}
