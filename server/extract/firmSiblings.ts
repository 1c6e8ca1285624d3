/**
 * Siblings of a firm (#15, round 14): one general rule in place of one list form per text. An enumeration whose
 * items are joined by 、 (A、B、C等…, 来到甲地A、B公司、C有限公司) names firms in its other items too when one item is
 * already read as a firm by any rule (a company suffix, a list closed by 等企业, an owner …) and the other item has a
 * firm's shape by its words: a brand — characters the segmenter reads one by one, or names — with a trade word or a
 * company suffix after it, or a province or city before it (广东甲氏), or a brand and one word of its trade (甲德塑业).
 * An item that reads as a place, a zone, a product, an industry or a common phrase (拓展区建设现场, 投资项目) is left.
 */
import type { EnterpriseMention } from '../../vocab/imports.ts';
import {
  brandAndTrade,
  brandLed,
  NOT_FIRM,
  NOT_FIRM_WORD,
  placeBrand,
  TRADE,
  TRADE_NAME,
} from './firmBrands.ts';
import { listedFirm } from './firmItems.ts';
import { tag } from './lexicon.ts';
import { CUT, cutLength } from './names.ts';
import { isPlace } from './places.ts';
import { SpanIndex } from './spanIndex.ts';
import { type Doc, offsetsOf } from './text.ts';

/** What ends an enumeration on either side: punctuation, a bracket, a line's end, or 等 closing the list. */
const BOUND = /[，。；：,;:!?！？（）()“”"\n\r\t 等]/u;
/** A zone's name at the head of the first item (甲县经济开发区乙塑业): read over. */
const IN_ZONE = /^.*(园区|产业园|工业园|开发区|经开区|高新区|新区|基地|新城|组团)内?(?=\p{Script=Han}{2})/u;
/** Suffixes a firm's name ends with. */
const SUFFIX = /(股份有限公司|有限责任公司|有限公司|公司|集团|股份|厂)$/u;
/** What an item that is not a firm ends with: a zone, a place's part, a site, a public body, a product line. */
const NOT_FIRM_END =
  /(园区?|区|基地|中心|现场|市场|学校|医院|大学|协会|商会|政府|局|委|办|站|港|镇|乡|村|县|市|省|路|街|项目|工程|产品|产业|行业|团)$/u;
/** Words of two characters ending in 业 that name a sector or an activity, not a firm's trade. */
const SECTOR = /^(产|行|工|农|企|商|事|就|创|专|作|物|林|牧|渔|副|实|伟|功|学|职|同|各|该|本|主)业$/u;
/** Words by part of speech that open a phrase rather than a name (verbs, numbers, pronouns, prepositions …). */
const NOT_NAME_TAGS = new Set([
  'v',
  'vn',
  'vd',
  'd',
  'p',
  'c',
  'm',
  'q',
  'r',
  'f',
  'u',
  'uj',
  'ul',
  't',
  'a',
  'ad',
]);

/** Does an item have a firm's shape by its words, with no list or sentence around it to say so? */
export function firmShaped(item: string): boolean {
  if (item.length < 2 || item.length > 12 || isPlace(item) || NOT_FIRM_END.test(item)) return false;
  const body = item.replace(SUFFIX, '');
  if (body.length < 2 || NOT_FIRM.test(body)) return false;
  const first = tag(body)[0];
  if (first && NOT_NAME_TAGS.has(first.tag) && first.word.length > 1) return false;
  // With a company suffix, a brand of two characters or names opening the name is enough (甲乙服装公司).
  if (body !== item) return brandLed(body.slice(0, 2)) || placeBrand(body) || brandAndTrade(body);
  // A brand and a trade written X业 (甲乙塑业, 丙丁酒业), which the segmenter may split: not a sector's word (产业, 农业).
  const ye = /^(\p{Script=Han}{2,4})(\p{Script=Han}业)$/u.exec(body);
  if (ye && !SECTOR.test(ye[2] ?? '') && brandLed(ye[1] ?? '')) return true;
  const trade = TRADE_NAME.exec(body);
  if (trade && trade[0] === body && brandLed(trade[1] ?? '')) return true;
  return placeBrand(body) || brandAndTrade(body);
}

/** Where an adverb (也, 均, 已 …) after two characters or more opens a predicate in an item, or the item's length. */
function predicateAt(item: string): number {
  let at = 0;
  for (const t of tag(item)) {
    if (t.tag === 'd' && at >= 2) return at;
    at += t.word.length;
  }
  return item.length;
}

/** Where the words before a first item end: after the item's last verb or adverb of two characters, or 0. */
function verbLead(item: string): number {
  let at = 0;
  let cut = 0;
  for (const t of tag(item)) {
    at += t.word.length;
    if (t.word.length >= 2 && /^(v|vn|p|d|ad)$/.test(t.tag) && at <= item.length - 2) cut = at;
  }
  return cut;
}

/** The items of the enumeration a span sits in: each item's start and end, or none when it sits in no 、 list. */
function enumerationAt(doc: Doc, start: number, end: number): { start: number; end: number }[] {
  if (doc.match[start - 1] !== '、' && doc.match[end] !== '、') return [];
  let from = start;
  while (from > 0 && !BOUND.test(doc.match[from - 1] ?? '') && start - from < 160) from--;
  let to = end;
  while (to < doc.match.length && !BOUND.test(doc.match[to] ?? '') && to - end < 160) to++;
  const items: { start: number; end: number }[] = [];
  let at = from;
  for (const part of doc.match.slice(from, to).split('、')) {
    items.push({ start: at, end: at + part.length });
    at += part.length + 1;
  }
  // The last item may run on into the sentence's predicate (…、丁戊也榜上有名): it ends before an adverb opening it.
  const tail = items.at(-1);
  if (tail && items.length > 1) tail.end = tail.start + predicateAt(doc.match.slice(tail.start, tail.end));
  // The first item may carry the sentence's preamble (代表们来到甲地A): the name starts after it.
  // and a zone's name before it (来到某县经济开发区A、B公司: A is in the zone, the zone is no part of its name).
  const head = items[0];
  if (head) {
    head.start += cutLength(doc.match.slice(head.start, head.end), CUT);
    head.start += IN_ZONE.exec(doc.match.slice(head.start, head.end))?.[0].length ?? 0;
    // …and the verb of the sentence before it (实地察看A、B、C公司等): after its last verb of two characters or more.
    head.start += verbLead(doc.match.slice(head.start, head.end));
    // …and a verb or preposition of one character before a province or city opening the name (继甲省乙丙、…先后落户).
    const first = tag(doc.match.slice(head.start, head.end))[0];
    const rest = doc.match.slice(head.start + 1, head.end);
    if (
      first?.word.length === 1 &&
      /^[vpcd]$/.test(first.tag) &&
      [2, 3].some((n) => isPlace(rest.slice(0, n)))
    )
      head.start += 1;
  }
  return items;
}

/**
 * Firms named beside a firm already found, in the same 、 enumeration. (An enumeration of firm-shaped items with no
 * firm found in it is left: tried in round 14, it read 光伏 plants, 设计 trades and the Qijiang gazette's supplier
 * lists as firms.)
 */
export function siblingFirms(doc: Doc, found: EnterpriseMention[]): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  const seen = new Set<number>();
  const foundAt = new SpanIndex(found);
  const foundNames = new Set(found.map((f) => f.name));
  const take = (item: { start: number; end: number }) => {
    // An item a rule has read already, in whole or in part (the found firm's own item), is no new sibling.
    if (item.end <= item.start || seen.has(item.start)) return;
    if (foundAt.overlaps(item.start, item.end)) return;
    seen.add(item.start);
    if (!firmShaped(doc.match.slice(item.start, item.end))) return;
    out.push(listedFirm(doc, item.start, item.end));
  };
  // A firm found outside any list (甲乙材料 in 其中甲乙材料是…企业) written before as a whole item of one
  // (甲乙材料、丙丁科技、…等项目): that list's other items too. So for a firm found in a later list (供应甲乙药业、
  // 庚辛药业项目的…) that an earlier list names as a whole item (甲乙药业、丙丁表业、戊己电子新建厂房).
  // A name's offsets are found once per text, and the list around each offset once per call: a firm written in every
  // part of a long plan was searched for from the text's start, and its earlier lists read again, per mention.
  const listAt = new Map<string, { start: number; end: number }[]>();
  const listAround = (at: number, end: number) => {
    const key = `${at}:${end}`;
    let items = listAt.get(key);
    if (!items) {
      items = enumerationAt(doc, at, end);
      listAt.set(key, items);
    }
    return items;
  };
  for (const m of found)
    for (const at of offsetsOf(doc, m.name)) {
      if (at >= m.start) break;
      const items = listAround(at, at + m.name.length);
      if (!items.some((i) => i.start === at && i.end === at + m.name.length)) continue;
      for (const item of items) if (!foundNames.has(doc.match.slice(item.start, item.end))) take(item);
    }
  const lists = found.map((m) => enumerationAt(doc, m.start, m.end));
  for (const items of lists) for (const item of items) take(item);
  // A list most of whose items are firms (湖南甲乙农业发展有限公司、丙丁农牧科技有限公司、和琪鹅业、甲戊电子…): its short
  // items that are a brand and a trade word are firms too, though the brand reads as a conjunction or an adverb
  // (和, 正) or the trade as a product (新材料).
  const isFirm = (i: { start: number; end: number }) =>
    foundAt.overlaps(i.start, i.end) || out.some((f) => f.start < i.end && f.end > i.start);
  for (const items of lists) {
    if (items.filter(isFirm).length * 2 <= items.length) continue;
    for (const item of items)
      if (!isFirm(item) && tradeNamed(doc.match.slice(item.start, item.end)))
        out.push(listedFirm(doc, item.start, item.end));
  }
  return out;
}

/** The trade word a short firm's name ends with: one firms name themselves by (电子, 科技 …), 新材料, or X业 (鹅业). */
const TRADE_END = new RegExp(`(?:新材料|电气|${TRADE}|\\p{Script=Han}业)$`, 'u');

/**
 * A brand of two or three characters the segmenter reads one by one or as names (no common word) and a trade word:
 * 和琪鹅业, 正钜新材料 — not a sector (畜牧业, 电子信息), not a product alone (新材料), not a place.
 */
function tradeNamed(item: string): boolean {
  const trade = TRADE_END.exec(item)?.[0] ?? '';
  const brand = item.slice(0, item.length - trade.length);
  if (!trade || brand.length < 2 || brand.length > 3 || SECTOR.test(trade) || isPlace(brand)) return false;
  if (NOT_FIRM_WORD.test(brand)) return false;
  return tag(brand).every((t) => t.word.length === 1 || /^n[rtz]$/.test(t.tag));
}
