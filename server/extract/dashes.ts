/**
 * Dash-like separators and the dashes that are not separators.
 * Every run of — ― ‒ – ‑ ‐ - － ─ ━ → ⟶ ➔ ＞ or an ASCII `->`/`=>` is a candidate separator. It is not one when it
 * joins numbers (a year, number or date range: 2021—2025 年, 3-5 家, 2025.7.19-2025.7.25), stands for a sign
 * (-1%), a chemical locant (1,4－丁二醇) or a code (C—V2X, 5G-A), or has nothing on one side (a bullet, 【-16】).
 * All patterns here are anchored or bounded, so they run in time linear in the text they look at.
 */
import { REJECT_REASON } from '../../vocab/extractReasons.ts';

/** A run of dash-like characters (the regex is stateful: callers use matchAll). */
export const DASH_RUN = /(?:->|=>|[—―‒–‑‐\-－─━→⟶➔＞])+/g;

const IS_DASH = /^(?:->|=>|[—―‒–‑‐\-－─━→⟶➔＞])+$/;

export const isDashRun = (s: string): boolean => IS_DASH.test(s);

export type DashKind = 'separator' | 'range' | 'sign' | 'locant' | 'code' | 'skip';

export interface Seg {
  start: number;
  end: number;
}

/** The magnitudes of an amount (5000万, 1亿) and the units after them (万元, 万吨, 万人). */
const MAGNITUDE = '十百千万亿萬億';
const AMOUNT_UNIT = '元|美元|吨|噸|人|户|戶';

/**
 * Digits, also full-width (２０２５－２０２６年 in official texts), with a magnitude and its unit where an amount has one
 * (5000万—1亿元, 10万吨－20万吨: a range, like 3-5 家).
 */
const NUMBER_END = new RegExp(
  `[\\d０-９]\\s*(?:[${MAGNITUDE}]+\\s*(?:${AMOUNT_UNIT})?)?\\s*[%‰]?\\s*[年月日号]?\\s*$`,
);
const NUMBER_START = /^\s*[\d.０-９]/;

/** What the dash run [a, b) inside the segment is. */
export function dashKind(m: string, seg: Seg, a: number, b: number): DashKind {
  const left = m.slice(Math.max(seg.start, a - 24), a);
  const right = m.slice(b, Math.min(seg.end, b + 24));
  if (left.trim() === '' || right.trim() === '') return 'skip';
  if (NUMBER_END.test(left) && NUMBER_START.test(right)) return 'range';
  if (/\s$/.test(left) && /^\s+[\d【]/.test(right)) return 'skip';
  if (/^\s*\d[\d.]*\s*[%‰]/.test(right) || /^\d{5,}/.test(right)) return 'sign';
  // A negative measure after a word: 平均水深-10米, 气温-5℃ (a link never starts with an amount and its unit).
  if (/\p{Script=Han}$/u.test(left) && /^\d[\d.]*(?:厘米|毫米|千米|公里|米|℃|°|度)/.test(right))
    return 'sign';
  if (/(^|[^\dA-Za-z.])\d(,\d)*$/.test(left) && /^\p{Script=Han}/u.test(right)) return 'locant';
  const l = /[A-Za-z0-9]+$/.exec(left)?.[0];
  const r = /^[A-Za-z0-9]+/.exec(right)?.[0];
  const arrow = /[→⟶➔＞>]/.test(m.slice(a, b));
  if (
    l &&
    r &&
    [l, r].some((x) => (x.length === 1 && !arrow) || /[a-z]/.test(x) || (/\d/.test(x) && /[A-Za-z]/.test(x)))
  )
    return 'code';
  return 'separator';
}

export const DASH_REASON: Partial<Record<DashKind, string>> = {
  range: REJECT_REASON.range,
  sign: REJECT_REASON.sign,
  locant: REJECT_REASON.locant,
  code: REJECT_REASON.code,
};

const RANGE_TEXT = new RegExp(
  `^[\\d.:/０-９]+ ?(?:[${MAGNITUDE}]+(?:${AMOUNT_UNIT})?)? ?[%‰]? ?年? ?(?:[—―‒–‑‐\\-－~～至])+ ?[\\d.:/０-９]+ ?(?:[${MAGNITUDE}]+)?(年代|年|家|个|月|日|天|次|倍|万|亿|%|‰|名|项|所|米|${AMOUNT_UNIT})?`,
);
/** What a range's start is written with, back from its dash: digits, dates, a magnitude and its unit. */
const RANGE_START = new RegExp(`[\\d.:/%‰\\s年０-９${MAGNITUDE}${AMOUNT_UNIT.replace(/\|/g, '')}]`);

function rangeText(m: string, a: number): Seg {
  let s = a;
  while (s > 0 && a - s < 24 && RANGE_START.test(m[s - 1] ?? '')) s--;
  while (/[^\d０-９]/.test(m[s] ?? '') && s < a) s++;
  const hit = RANGE_TEXT.exec(m.slice(s, s + 60));
  return { start: s, end: hit ? s + hit[0].length : a + 1 };
}

/** The look-alike around a dash that is not a separator, for the rejected list. */
export function dashText(m: string, kind: DashKind, a: number, b: number): Seg {
  if (kind === 'range') return rangeText(m, a);
  let s = a;
  while (s > 0 && a - s < 24 && /[A-Za-z0-9,]/.test(m[s - 1] ?? '')) s--;
  let e = b;
  const word = kind === 'locant' ? /\p{Script=Han}/u : kind === 'sign' ? /[\d.%‰]/ : /[A-Za-z0-9]/;
  while (e < m.length && e - b < 24 && word.test(m[e] ?? '')) e++;
  return { start: s, end: e };
}

const STYLES: [RegExp, string][] = [
  [/->|=>|[→⟶➔＞]/, 'arrow'],
  [/[—―]{2}|-{2}/, 'double'],
  [/[—―‒]/, 'em'],
  [/－/, 'full-width'],
  [/[–‑‐]/, 'en'],
  [/[─━]/, 'box'],
  [/-/, 'ascii'],
];

/** A name for the style of a dash run (arrow, double, em, full-width, en, box, ascii). */
export function dashStyleOf(run: string): string {
  return STYLES.find(([re]) => re.test(run))?.[1] ?? 'other';
}
