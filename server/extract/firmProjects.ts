/**
 * A firm named by its short name as the owner of a project or an investment (#15, round 30): 甲乙枣业总投资2500万元,
 * 丙丁纸业生活用纸生产项目, 湖南戊己食品槟榔产业项目, 庚辛板业厂房建设. The clause before the marker (less the words
 * before a name, CUT) opens with an optional place, a brand (brandLed: names or characters read one by one, no common
 * word) and its trade word (FIRM_HEADS, TRADE, or one character and 业); before 投资 nothing follows the trade, before
 * 项目 or 厂房 the project's product may (up to ten characters, no zone word), after a trade word of TRADE or 某业. The most frequent first-reading miss of the blind
 * rounds 25–30 was a short name (docs/EXTRACTION.md, round 30); the rules before read it only after a verb of pushing
 * (推进甲乙环保…发电厂), before 年产 or after 投资N元的.
 */
import type { EnterpriseMention } from '../../vocab/imports.ts';
import { brandLed, TRADE } from './firmBrands.ts';
import { FIRM_HEADS, listedFirm } from './firmItems.ts';
import { tag, wordCount } from './lexicon.ts';
import { cutLength, NAME_CHARS } from './names.ts';
import { isPlace } from './places.ts';
import type { Doc } from './text.ts';

/** What follows the owner: an investment (nothing between), or a project or its plant's building (a product between). */
const MARKER = /(?:总投资|投资|投入)(?=(?:约|达|超|近)?[\d.])|项目|厂房/gu;
const OWNER = new RegExp(
  `^(\\p{Script=Han}{2,4}?)(${FIRM_HEADS}|${TRADE}|\\p{Script=Han}业)(\\p{Script=Han}{0,10})$`,
  'u',
);

/** The length of a place opening a name (a province, a city, a county, or a province and a city), or 0. */
function placeLead(run: string): number {
  for (const n of [3, 2]) {
    if (!isPlace(run.slice(0, n))) continue;
    const more = [3, 2].find((k) => isPlace(run.slice(n, n + k)));
    return more ? n + more : n;
  }
  return 0;
}

/**
 * A trade word of one character and 业 that firms name themselves by (枣业, 纸业, 木业) — not a common word of the
 * economy (产业, 工业, 企业, 农业: counted a thousand times or more), which ends no firm's name.
 */
function tradeWord(trade: string): boolean {
  if (!/业$/.test(trade) || new RegExp(`^(?:${FIRM_HEADS}|${TRADE})$`).test(trade)) return true;
  const words = tag(trade);
  return words.length > 1 || wordCount(trade) < 1000;
}
/** A preposition or a verb of one character before the brand (如甲乙铝业投资…): the clause's, not the name's. */
function leadingWord(run: string): number {
  const first = tag(run)[0];
  return first?.word.length === 1 && ['p', 'v', 'c', 'd'].includes(first.tag) ? 1 : 0;
}

/**
 * The ends of the items of a list of projects (签约项目4个,包括甲乙模型材料、丙丁电子产品研发生产等): each item is a
 * project written without the word, read as if 项目 followed it.
 */
const PROJECT_LIST =
  /项目[^，。；,;：:]{0,8}?[，,]?(?:包括|包含|主要有|分别[是为]|有)[：:]?([^。；;]{4,120}?)(?:等|。|；|;)/gu;
function listedProjects(doc: Doc): { index: number; 0: string }[] {
  const ends: { index: number; 0: string }[] = [];
  for (const l of doc.match.matchAll(PROJECT_LIST)) {
    const list = l[1] ?? '';
    if (!list.includes('、')) continue;
    let at = (l.index ?? 0) + l[0].indexOf(list);
    for (const item of list.split('、')) {
      at += item.length;
      // An item that says 项目 itself is read at its own word.
      if (!item.includes('项目') && !/[，,]/.test(item)) ends.push({ index: at, 0: '项目' });
      at += 1;
    }
  }
  return ends;
}

export function projectOwners(doc: Doc): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  for (const m of [...doc.match.matchAll(MARKER), ...listedProjects(doc)]) {
    const end = m.index ?? 0;
    let start = end;
    while (start > 0 && end - start < 20 && NAME_CHARS.test(doc.match[start - 1] ?? '')) start--;
    start += cutLength(doc.match.slice(start, end));
    // The shape first (a regular expression), the segmenter only for a run that has it.
    const whole = doc.match.slice(start, end);
    if (![whole, whole.slice(1)].some((r) => OWNER.test(r.slice(placeLead(r))))) continue;
    start += leadingWord(whole);
    const run = doc.match.slice(start, end);
    const lead = placeLead(run);
    const o = OWNER.exec(run.slice(lead));
    if (!o) continue;
    const [brand, trade, product] = [o[1] ?? '', o[2] ?? '', o[3] ?? ''];
    // An investment is the owner's own (甲乙枣业总投资…); a project names its product after the owner.
    if (m[0] !== '项目' && m[0] !== '厂房' && product) continue;
    // Before a product, only a word firms name themselves by (TRADE, 某业) ends the name: 智能, 汽车 or 新材料 there
    // may open the product (甲乙智能农业机械生产项目: the firm is 甲乙).
    if (product && !new RegExp(`^(?:${TRADE}|\\p{Script=Han}业)$`, 'u').test(trade)) continue;
    if (!brandLed(brand) || isPlace(brand) || !tradeWord(trade)) continue;
    // A park's or a centre's building is the zone's project, not a firm's (甲乙科技产业园建设项目).
    if (/园|区|基地|城|中心/.test(product)) continue;
    const nameEnd = start + lead + brand.length + trade.length;
    out.push(listedFirm(doc, start, nameEnd));
  }
  return out;
}
