/**
 * The pieces findZones (zoneMentions.ts) reads a zone's name with: brackets and middle dots inside a name, numbered
 * layouts, the words before a name that are the sentence's (verbs, places, adverbs), bare kinds of parks a text
 * counts, parks named in quotes, bases that are places, a district's own new area.
 */
import type { ZoneMention } from '../../vocab/imports.ts';
import { tag } from './lexicon.ts';
import { NAME_CHARS } from './names.ts';
import { isPlace } from './places.ts';
import { afterLastOf, type Doc, normaliseName, oncePerDocAndKey, sentenceAt } from './text.ts';

/** Verbs that sit inside zone names before 园区 (示范园区, 孵化园区): not a verb with the generic word as object. */
export const NAME_VERBS = /(示范|孵化|创业|创新|配套|加工|合作|转移|承接|循环|物流)$/;

/** A gloss in brackets inside a zone's name (甲镇(即乙市的城区)丙产业聚集区): read over, and left out of the name. */
const GLOSS = /[（(]即[^（）()。，,；;]{1,18}[）)]/gu;

/** Back over a bracketed place inside a zone's name: 西部（綦江）信息安全谷, 甲县(今乙区)工业园区, or a gloss (即…). */
export function overBracket(doc: Doc, s: number): number {
  const close = doc.match[s - 1];
  if (close !== '）' && close !== ')') return s;
  const open = doc.match.lastIndexOf(close === '）' ? '（' : '(', s - 1);
  if (open < 0 || !NAME_CHARS.test(doc.match[open - 1] ?? '')) return s;
  return s - open <= 6 || new RegExp(`^${GLOSS.source}$`, 'u').test(doc.match.slice(open, s)) ? open : s;
}

/**
 * Two places joined by a middle dot (甲市·乙市工业加工区, a zone two cities run together): the name starts at the first
 * place when the run before the dot ends with a place (the gazetteer's) and the name after it opens with one.
 */
export function overMiddleDot(doc: Doc, start: number): number {
  if (!/[·•・]/u.test(doc.match[start - 1] ?? '')) return start;
  const after = [2, 3].some((n) => isPlace(doc.match.slice(start, start + n)));
  if (!after) return start;
  for (const n of [4, 3, 2]) {
    const place = doc.match.slice(Math.max(0, start - 1 - n), start - 1);
    if (place.length === n && isPlace(place)) return start - 1 - n;
  }
  return start;
}

/** A layout of numbered parts, each with its kind in brackets (即：一区(重工业园区)、二区(轻工业园区)和三区(…)). */
const NUMBERED_LAYOUT =
  /(?<=即[：:]?\s*)(?:[一二三四五六七八九十]区[（(][^（）()，。；]{2,14}[)）][、，,和及与]?){2,}/gu;
/**
 * The parts of a numbered layout are zones named by their numbers (一区, 二区): the kinds in brackets describe them
 * and name no zone of their own.
 */
export function numberedParts(doc: Doc, out: ZoneMention[]): void {
  for (const l of doc.match.matchAll(NUMBERED_LAYOUT)) {
    const from = l.index ?? 0;
    const to = from + l[0].length;
    for (let i = out.length - 1; i >= 0; i--) {
      const z = out[i];
      if (z && z.start >= from && z.end <= to) out.splice(i, 1);
    }
    for (const p of l[0].matchAll(/[一二三四五六七八九十]区(?=[（(])/gu)) {
      const start = from + (p.index ?? 0);
      const end = start + p[0].length;
      out.push({
        name: zoneName(doc.text.slice(start, end)),
        kind: '片区',
        quote: sentenceAt(doc, start, end),
        start,
        end,
      });
    }
  }
}

export const zoneName = (raw: string) => normaliseName(raw).replace(GLOSS, '');

/** 入驻“创业园”: a park named in quotes as where firms move in is a zone, though its name is a bare kind of park. */
export function quotedParks(doc: Doc, listed: ZoneMention[]): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const m of doc.match.matchAll(
    /(?:入驻|进驻|落户|迁入)(?:到|进|在)?[“"]([\p{Script=Han}]{2,8}园)[”"]/gu,
  )) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    const end = start + (m[1]?.length ?? 0);
    if (listed.some((z) => z.start < end && z.end > start)) continue;
    const name = normaliseName(doc.text.slice(start, end));
    out.push({ name, kind: '园区', quote: sentenceAt(doc, start, end), start, end });
  }
  return out;
}

/**
 * A base (…产业基地) is most often a goal or a label (打造甲产业基地, 国家级乙产业基地); it is a zone where the text puts
 * projects in it: 在/落户/入驻/位于 right before its name, its 核心区 or 内 right after it, or a clause it opens that
 * * says what came in (…，甲产业基地…引进/签约/入驻/落户…).
 */
export function baseAsPlace(doc: Doc, start: number, end: number): boolean {
  if (/(?:在|落户于?|入驻|位于|迁入)$/.test(doc.match.slice(Math.max(0, start - 3), start))) return true;
  if (/^(?:核心区|内)/.test(doc.match.slice(end, end + 3))) return true;
  const from = afterLastOf(doc, '。；！？，,\n', start);
  const clause = /^[^，,。；！？\n]*/.exec(doc.match.slice(end))?.[0] ?? '';
  return doc.match.slice(from, start).trim() === '' && /引进|签约|入驻|落户/.test(clause);
}

/** The length of a run of adverbs and verbs of two characters or more opening a name, with one verb at least. */
export function placeInside(words: string): number {
  let at = 0;
  for (const t of tag(words)) {
    if (t.tag === 'ns' || isPlace(t.word)) {
      // A county the gazetteer knows under a later name (禄丰县, now 禄丰市) is still a place by its part of speech;
      // a former name (原甲市乙产业园) is not read from its place.
      const place = t.word.length >= 3 && /[县市区旗]$/.test(t.word) && (isPlace(t.word) || t.tag === 'ns');
      if (place && at >= 2 && !/原$/.test(words.slice(0, at))) return at;
      // A place of the gazetteer after four characters or more of other words (一条大道直通甲乙产业集聚区): the words
      // before it are the sentence's, not the name's (a zone's name opens with its place, or has none).
      // The gazetteer alone is not enough there (it holds villages named 电力, 健康): the segmenter reads a name too.
      const named = isPlace(t.word) && t.word.length >= 2 && (t.tag === 'ns' || t.tag === 'nrt');
      return named && at >= 4 && !/原$/.test(words.slice(0, at)) ? at : 0;
    }
    at += t.word.length;
  }
  return 0;
}

/**
 * The length up to and with a verb that follows a place in the words before a zone's name (甲县乙镇抓住 before
 * 循环经济产业园): a word ending in 县, 镇, 乡 or 旗 (a county or a town), then a verb of two characters or more
 * that names no park (示范, 孵化 … stay in the name), with two characters at least left after it. 0 if none.
 */
export function verbAfterPlace(words: string): number {
  let at = 0;
  let place = false;
  for (const t of tag(words)) {
    at += t.word.length;
    if (place && t.tag === 'v' && t.word.length >= 2 && !NAME_VERBS.test(t.word) && words.length - at >= 2)
      return at;
    if (/^\p{Script=Han}{0,4}[县镇乡旗]$/u.test(t.word)) place = true;
  }
  return 0;
}

export function leadingVerbs(words: string): number {
  let length = 0;
  let verb = false;
  for (const w of tag(words)) {
    if (w.word.length < 2 || !['v', 'vn', 'd', 'ad', 'b'].includes(w.tag) || isPlace(w.word)) break;
    verb ||= w.tag === 'v';
    length += w.word.length;
  }
  return verb ? length : 0;
}

/**
 * A kind of industry alone before the bare word 园区 (化工园区) that the text also counts (全省现有84家化工园区, 部分化工园区)
 * names the class of parks, not a park, wherever it is written bare (化工园区扩区意愿强烈). Not counted, the same words
 * may be a park's short name (食品园区, 静脉园区); a level before them (省级化工园区) makes the designated park of the
 * text's place, and an item of a list (甲、化工园区) is read with the list.
 */
export function bareKind(doc: Doc, start: number, at: number): boolean {
  const kind = doc.match.slice(start, at);
  const words = tag(kind);
  if (words.length !== 1 || words[0]?.tag !== 'n' || kind.length !== 2) return false;
  if (/[、和及与]/.test(doc.match[start - 1] ?? '')) return false;
  return countedKind(doc, kind);
}

/** Per text, whether it counts a kind of park (84家化工园区, 部分化工园区): one scan of the text per kind, not one per
 * bare mention (a 2 MB plan spent 2 s scanning it again for each). */
const countedKind = oncePerDocAndKey((doc, kind) =>
  new RegExp(`(?:[\\d一二两三四五六七八九十百几多数]+[家个座所处]|部分|各)${kind}园区`).test(doc.match),
);

/**
 * A 新区 of the plan's own: its base names it (惠丰新区), with no verb in it (城市建设新区 is a slogan) and no place of
 * the gazetteer opening it, nor an administrative suffix ending it (天府新区, 成都天府新区, 滨海新区, 某市新区 are new
 * areas of cities, not a district's parks).
 */
export function localNewArea(base: string): boolean {
  const words = tag(base);
  return (
    base.length >= 2 &&
    !isPlace(base) &&
    // 集中区新区, 园区新区: the new area of a zone named by its kind word alone is a part with no name of its own.
    !/^(集中区|园区|开发区|经开区|高新区|工业园|产业园)$/.test(base) &&
    // 某市新区, 我县新区: a city's or county's new area, named by the place it belongs to.
    !/[省市县州]$/.test(base) &&
    !words.some((w) => w.tag === 'v' || w.tag === 'vn' || (w.word.length >= 2 && isPlace(w.word)))
  );
}
