/**
 * Zones written in a shortened way: an elliptical list that shares one zone word among its items (茶叶、果蔬和白酒加工区
 * → three 加工区; 甲、乙、丙民营创业园 → three 民营创业园), and a layout's areas named with a bare 区 whose parts follow
 * in brackets (生产区(A加工区、B产业园)、生活区(C片区、D片区)).
 */

import type { ZoneMention } from '../../vocab/imports.ts';
import { tag } from './lexicon.ts';
import { CUT, NAME_CHARS, nameBefore } from './names.ts';
import { isPlace } from './places.ts';
import { type Doc, normaliseName, sentenceAt } from './text.ts';

const HAN = /^\p{Script=Han}+$/u;
/** Any zone word inside an item: an item that is itself a zone (高新区、经开区和B工业园区) is no bare item. */
const ZONE_WORD = /[园区团城谷]|基地/;
/**
 * A list item that is a zone itself: a zone word in it, 城 only at its end (新城, 工业城) — 城 opening an item is a
 * side of the town (城西、城南和八都工业区: three 工业区).
 */
const ITEM_ZONE = /[园区团谷]|基地|城$/;

interface Span {
  at: number;
  text: string;
}

/** The items 、-listed right before `at` (甲、乙、), each the run of name characters back to the previous 、. */
function itemsBefore(doc: Doc, at: number): Span[] {
  const items: Span[] = [];
  let j = at;
  while (doc.match[j - 1] === '、' && items.length < 8) {
    let s = j - 1;
    while (s > 0 && j - 1 - s < 12 && NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
    items.unshift({ at: s, text: doc.match.slice(s, j - 1) });
    j = s;
  }
  return items;
}

/**
 * An elliptical list: bare items of one length k (2–4 characters, no zone word), the last joined by 和/及/与 inside
 * the mention or all 、-listed before it, and a mention whose first k characters are its own item and whose rest
 * (ending with the zone word) all items share. The first item may carry the words before the list (整合甲): it
 * keeps its last k characters. Returns the mentions the list stands for, or null when it is no such list.
 */
function expand(doc: Doc, m: ZoneMention, mentions: ZoneMention[]): ZoneMention[] | null {
  const own = doc.match.slice(m.start, m.end);
  const items = itemsBefore(doc, m.start);
  let last = { at: m.start, text: own };
  const joined = /^(\p{Script=Han}{2,4})[和及与]/u.exec(own);
  if (joined?.[1]) {
    items.push({ at: m.start, text: joined[1] });
    last = { at: m.start + joined[0].length, text: own.slice(joined[0].length) };
  }
  if (items.length === 0) return null;
  const rest = items.slice(1).map((i) => i.text.length);
  const first = items[0] as Span;
  const k = rest[0] ?? first.text.length;
  if (k < 2 || k > 4 || rest.some((n) => n !== k) || first.text.length < k) return null;
  items[0] = { at: first.at + first.text.length - k, text: first.text.slice(-k) };
  // A count of units right after the last item that numbers them all, before a kind of park (甲、乙、丙三个产业园),
  // says each is one: it is no part of their names. Before the bare 园区 (甲、乙两个园区: two parks), or any other
  // count (of another number, N大: N major kinds, 三大工业园区 inside the words), it sums them up.
  const count = /^([一二两三四五六七八九十\d]+)[个座]/u.exec(last.text.slice(k));
  const counted =
    count && m.kind !== '园区' && numeral(count[1] ?? '') === items.length + 1 ? count[0].length : 0;
  const shared = last.text.slice(k + counted);
  if (shared.length < m.kind.length || !shared.endsWith(m.kind)) return null;
  if (/[一二两三四五六七八九十几多数\d]+[大个家座所]/.test(shared)) return null;
  if (items.some((i) => !HAN.test(i.text) || ITEM_ZONE.test(i.text))) return null;
  // A head of the last item that is no item of its own (汽车零部件产业园 after 甲、乙、) is no elliptical list.
  if (ITEM_ZONE.test(last.text.slice(0, k)) || !HAN.test(last.text.slice(0, k))) return null;
  // The last item's own words end where the shared words start (白酒|加工区, not 摩托|车产业园).
  let edge = 0;
  for (const t of tag(last.text)) if (edge < k) edge += t.word.length;
  if (edge !== k) return null;
  const tail = doc.text.slice(m.end - shared.length, m.end);
  const bases = [...items, { at: last.at, text: last.text.slice(0, k) }];
  // Counted bases the text also writes with another zone word (甲功能区) are those zones, not new parks.
  if (counted && bases.some((b) => writtenOtherwise(b.text, m.kind, mentions))) return null;
  return bases.map((i) => {
    const name = normaliseName(doc.text.slice(i.at, i.at + k) + tail);
    return { name, kind: m.kind, quote: sentenceAt(doc, i.at, m.end), start: i.at, end: m.end };
  });
}

const DIGITS = '一二三四五六七八九十';
/** 两 → 2, 三 → 3, 12 → 12 (counts of a list's items: up to 十). */
function numeral(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  return n === '两' ? 2 : DIGITS.indexOf(n) + 1 || Number.NaN;
}

/** A base the text also writes with another zone word right after it (甲功能区 for 甲 of 甲、乙两个工业园区). */
function writtenOtherwise(base: string, kind: string, mentions: ZoneMention[]): boolean {
  return mentions.some((z) => z.kind !== kind && z.name === base + z.kind);
}

/** Every mention, with elliptical lists written out item by item. */
export function expandLists(doc: Doc, mentions: ZoneMention[]): ZoneMention[] {
  return mentions.flatMap((m) => expand(doc, m, mentions) ?? [m]);
}

/** Where the bracket opened at `open` closes, or -1. */
export function bracketEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i - open < 400; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if (text[i] === '）' || text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** 区 words that name a place or the whole, not an area of a layout (城区, 市区, 辖区, 新区, 园区, 景区, 社区). */
const NOT_AREA = /(城|市|辖|新|园|景|社|地|校|片|矿|库|保护|示范)区$/;

/**
 * A layout's areas written with a bare 区 (生产区, 生活区, 融合区): a word of two or three characters before 区, right
 * before a bracket that holds two zones or more (its parts), that is not a place (城区, a county's name) nor a zone
 * found already. Kind 区.
 */
export function findAreas(doc: Doc, mentions: ZoneMention[]): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const a of doc.match.matchAll(/区(?=[（(])/g)) {
    const at = a.index ?? 0;
    const start = nameBefore(doc, at, 6);
    const word = doc.match.slice(start, at + 1);
    if (word.length < 3 || word.length > 4 || !HAN.test(word) || NOT_AREA.test(word) || isPlace(word))
      continue;
    if (mentions.some((m) => m.end === at + 1) || tag(word.slice(0, -1)).some((t) => t.tag === 'ns'))
      continue;
    const close = bracketEnd(doc.match, at + 1);
    if (close < 0) continue;
    const parts = mentions.filter((m) => m.start > at && m.end <= close);
    if (parts.length < 2) continue;
    const name = normaliseName(doc.text.slice(start, at + 1));
    out.push({ name, kind: '区', quote: sentenceAt(doc, start, at + 1), start, end: at + 1 });
    out.push(...genericParts(doc, at + 2, close, parts));
  }
  return out;
}

/** In an area's brackets every item is a part, a generic one too (生产区(A加工区,物流园)): those no rule read. */
function genericParts(doc: Doc, from: number, close: number, parts: ZoneMention[]): ZoneMention[] {
  const out: ZoneMention[] = [];
  let s = from;
  for (const item of doc.match.slice(from, close).split(/[、,，]/)) {
    const [at, end] = [s, s + item.length];
    s = end + 1;
    const kind = /(产业园区?|工业园区?|物流园区?|园区|园)$/.exec(item)?.[0];
    if (!kind || !/^\p{Script=Han}{3,8}$/u.test(item) || parts.some((m) => m.start < end && m.end > at))
      continue;
    out.push({
      name: normaliseName(doc.text.slice(at, end)),
      kind,
      quote: sentenceAt(doc, at, end),
      start: at,
      end,
    });
  }
  return out;
}

const TOP_WORD = /开发区|经开区|高新区/;
/** Parts of a zone written with the bare word (核心区规划建设任务已全面完成): read where a sentence opens with one. */
const BARE_PART = /核心区|拓展区|起步区|启动区/g;
/**
 * A part named by a letter (A区, B区), with its second name in brackets after it (B区(新区)): read wherever a clause
 * opens with one (…已全面完成,B区(新区)建设正全面启动).
 */
const LETTER_PART = /(?<=^|[。；！？;!?，,：:])[A-ZＡ-Ｚ]区(?:[（(]\p{Script=Han}{1,6}[）)]|(?![块域间]))/gu;

/**
 * A text that names no development zone but opens a sentence with the bare word (…。开发区“二次创业”引进项目16个):
 * the word stands for the district's own zone, and is its name. Kind as written. Parts written with a bare word
 * (核心区, 拓展区) opening a sentence, or with a letter (B区) opening a clause, are read too, wherever a zone is named.
 */
export function bareTop(doc: Doc, mentions: ZoneMention[]): ZoneMention[] {
  // A heading ends at its first clause's end, not at its label's 40-character cut (as chains.ts reads it).
  const opens = new Set([0, ...(doc.titleEnds ?? []), ...doc.headings.map((h) => h.end)]);
  const opening = (at: number) =>
    opens.has(at) || /[。；！？;!?]$/.test(doc.match.slice(Math.max(0, at - 1), at));
  const bare = (t: RegExpMatchArray): ZoneMention => {
    const [at, end] = [t.index ?? 0, (t.index ?? 0) + t[0].length];
    return {
      name: normaliseName(doc.text.slice(at, end)),
      kind: t[0],
      quote: sentenceAt(doc, at, end),
      start: at,
      end,
    };
  };
  const parts = [
    ...[...doc.match.matchAll(BARE_PART)].filter((t) => opening(t.index ?? 0)),
    ...doc.match.matchAll(LETTER_PART),
  ].map(bare);
  if (mentions.some((m) => TOP_WORD.test(m.kind))) return parts;
  // The bare word as a clause's subject (2022年，经开区入选…) stands for the zone too: a clause after a comma opens
  // with it and a verb follows.
  const subject = (t: RegExpMatchArray) =>
    /[，,]$/.test(doc.match.slice(Math.max(0, (t.index ?? 0) - 1), t.index)) &&
    tag(doc.match.slice((t.index ?? 0) + t[0].length, (t.index ?? 0) + t[0].length + 4))[0]?.tag === 'v';
  const top = [...doc.match.matchAll(/开发区|经开区|高新区/g)].find(
    (t) => opening(t.index ?? 0) || subject(t),
  );
  return top ? [bare(top), ...parts] : parts;
}

/**
 * A park the text describes but does not name: a generic zone word built at a place (在甲镇东部区域规划建设工业园区).
 * It is named by the place and the word (甲镇工业园区); the quote shows the text's own words.
 */
const DESCRIBED =
  /在(\p{Script=Han}{1,5}?(?:镇|乡|街道|县|区))(?:[东西南北中]部|[东西南北]侧|周边|一带)?(?:区域)?(?:规划)?(?:建设|新建|启动建设)(工业园区|产业园区|工业园|产业园)/gu;

export function describedParks(doc: Doc, mentions: ZoneMention[]): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const d of doc.match.matchAll(DESCRIBED)) {
    const place = (d.index ?? 0) + 1;
    const end = (d.index ?? 0) + d[0].length;
    const at = end - (d[2]?.length ?? 0);
    if (mentions.some((m) => m.end === end)) continue;
    const name = normaliseName(doc.text.slice(place, place + (d[1]?.length ?? 0)) + doc.text.slice(at, end));
    out.push({ name, kind: d[2] ?? '', quote: sentenceAt(doc, at, end), start: at, end });
  }
  return out;
}

/** A park read from an item of a list at `at`, quoted with the sentence up to the list's end. */
function listedPark(doc: Doc, name: string, kind: string, at: number, length: number, m: RegExpMatchArray) {
  return {
    name,
    kind,
    quote: sentenceAt(doc, at, (m.index ?? 0) + m[0].length),
    start: at,
    end: at + length,
  };
}

/**
 * Parks counted after a list of their bases, of any length (规划了物流、机械加工、高新技术产业及木材深加工等四个产业
 * 园区): when the count numbers the items, each item with the kind is a park (高新技术产业 + 产业园区 → 高新技术产业园区,
 * the words they share written once). The first item less the words before it (CUT, then words of time, place or
 * action by part of speech: 上半年武威 → 武威). A base the text also writes with another zone word (煤资源综合利用功能区)
 * is that zone: the list names no new parks.
 */
const LEAD_TAGS = new Set(['t', 'f', 'v', 'vn', 'p', 'd', 'm', 'q']);
const COUNTED_PARKS =
  /((?:\p{Script=Han}{2,12}、){1,7}\p{Script=Han}{2,8}(?:[及和与]\p{Script=Han}{2,8})?)等?([一二两三四五六七八九十])[个座]((?:产业|工业)园区|产业园|工业园|片区|功能区|组团)/gu;
export function countedParks(doc: Doc, mentions: ZoneMention[]): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const m of doc.match.matchAll(COUNTED_PARKS)) {
    const run = (m[1] ?? '').replace(/等$/u, '');
    const kind = m[3] ?? '';
    let lead = CUT.exec(run.split('、')[0] ?? '')?.[0].length ?? 0;
    const first = run.slice(lead).split(/[、及和与]/u)[0] ?? '';
    let dropped = 0;
    for (const t of tag(first)) {
      if (!LEAD_TAGS.has(t.tag) || first.length - dropped - t.word.length < 2) break;
      dropped += t.word.length;
    }
    lead += dropped;
    const parts = run.slice(lead).split(/[、及和与]/u);
    if (parts.length !== numeral(m[2] ?? '') || parts.some((p) => p.length < 2 || ZONE_WORD.test(p)))
      continue;
    if (parts.some((p) => writtenOtherwise(p, kind, mentions))) continue;
    let at = (m.index ?? 0) + lead;
    for (const part of parts) {
      let shared = 0;
      for (let n = Math.min(part.length - 1, kind.length); n > 0 && !shared; n--)
        if (part.endsWith(kind.slice(0, n))) shared = n;
      const name = normaliseName(doc.text.slice(at, at + part.length) + kind.slice(shared));
      out.push(listedPark(doc, name, kind, at, part.length, m));
      at += part.length + 1;
    }
  }
  return out;
}

/**
 * The areas of a 、 list two of whose items are read as zones ending in 区 (分为甲加工区、乙加工区、高新技术区、预留发展区
 * 等): its other items ending in 区 are areas of the same layout, named with the bare word (a place, 城区 or 新区 is
 * none). Kind 区.
 */
/** The verb opening a list of a zone's parks (有, 包括, 分为, 设有), before the first item. */
const LIST_VERB = /(?:有|包括|包含|分为|设有|建有|下设)(\p{Script=Han}{2,8}园区)$/u;

export function siblingAreas(doc: Doc, mentions: ZoneMention[]): ZoneMention[] {
  const out: ZoneMention[] = [];
  const seen = new Set<number>();
  for (const m of mentions) {
    if (!m.kind.endsWith('区') || doc.match[m.end] !== '、' || seen.has(m.start)) continue;
    const from =
      Math.max(
        ...['。', '；', '，', ',', '：', ':', '\n'].map((p) => doc.match.lastIndexOf(p, m.start - 1)),
      ) + 1;
    const to = /^[^。；，,：:\n]*/.exec(doc.match.slice(m.end))?.[0].length ?? 0;
    const items: Span[] = [];
    let at = from;
    for (const part of doc.match.slice(from, m.end + to).split('、')) {
      items.push({ at, text: part.replace(/等.*$/u, '') });
      at += part.length + 1;
    }
    const read = items.filter((i) =>
      mentions.some((z) => z.end === i.at + i.text.length && z.kind.endsWith('区')),
    );
    if (read.length < 2) continue;
    for (const r of read) seen.add(r.at);
    // A list of parks (有甲园区、乙园区、…): its other …园区 items are parks too, a generic one (物流园区) as well, the
    // first after the verb that opens the list.
    const parks = read.every((r) => r.text.endsWith('园区'));
    const first = items[0];
    const opened = first && parks ? LIST_VERB.exec(first.text) : null;
    if (first && opened)
      items[0] = { at: first.at + first.text.length - (opened[1]?.length ?? 0), text: opened[1] ?? '' };
    // Right after a colon (分为七大区块：A区、B区…) the first item carries no preamble.
    const colon = /[：:]/.test(doc.match[from - 1] ?? '');
    for (const i of items.slice(opened || colon ? 0 : 1)) {
      const end = i.at + i.text.length;
      const park = parks && /^\p{Script=Han}{2,8}园区$/u.test(i.text);
      if (
        read.some((r) => r.at + r.text.length === end) ||
        !(park || /^\p{Script=Han}{3,10}区$/u.test(i.text)) ||
        // (The gazetteer holds streets named after parks: 物流园区.)
        (!park && (NOT_AREA.test(i.text) || isPlace(i.text)))
      )
        continue;
      if (tag(i.text).some((t) => t.tag === 'ns')) continue;
      out.push({
        name: normaliseName(doc.text.slice(i.at, end)),
        kind: park ? '园区' : '区',
        quote: sentenceAt(doc, i.at, end),
        start: i.at,
        end,
      });
    }
  }
  return out;
}

/**
 * Parks named by their places only, in a 、 list closed by 等 and the kind (加快推进甲镇、乙坪、丙寨等重点产业园区): each
 * item is a park, named as the text writes it (the place), kind 园区. Read when the list has three items or more,
 * most of them places of the gazetteer, and none a common word (食品、机械等工业园区 names trades).
 */
const PLACE_PARKS =
  /((?:\p{Script=Han}{2,8}、){2,20}\p{Script=Han}{2,3})等(?:重点|特色|专业)?(?:产业|工业)园区/gu;
export function placeParks(doc: Doc, mentions: ZoneMention[]): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const m of doc.match.matchAll(PLACE_PARKS)) {
    const run = m[1] ?? '';
    const lead = CUT.exec(run.split('、')[0] ?? '')?.[0].length ?? 0;
    const parts = run.slice(lead).split('、');
    const common = (p: string) => {
      const t = tag(p);
      return t.length === 1 && (t[0]?.tag ?? '').startsWith('n') && !/^n[rsz]/.test(t[0]?.tag ?? '');
    };
    if (parts.some((p) => p.length < 2 || p.length > 3 || ZONE_WORD.test(p) || common(p))) continue;
    if (parts.filter((p) => isPlace(p)).length * 3 < parts.length * 2) continue;
    let at = (m.index ?? 0) + lead;
    for (const part of parts) {
      if (!mentions.some((z) => z.start === at))
        out.push(
          listedPark(doc, normaliseName(doc.text.slice(at, at + part.length)), '园区', at, part.length, m),
        );
      at += part.length + 1;
    }
  }
  return out;
}
