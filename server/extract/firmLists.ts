/**
 * Firms named by what their sentence says they are, not by how the names look (a brand without a suffix is often
 * a word the segmenter splits anyhow): a list the sentence calls firms (企业主要有A、B；A、B五大焦化企业；吸引了A、B
 * 等…龙头企业；以A和B为代表), and the name right before a project's capacity (东辰18万吨甲醇, 深圳立雅信5万吨刚玉).
 */
import type { EnterpriseMention } from '../../vocab/imports.ts';
import {
  brandAndTrade,
  brandLed,
  isBrandToken,
  NOT_FIRM,
  NOT_FIRM_WORD,
  placeBrand,
  rareWordAndTrade,
  TRADE,
  TRADE_NAME,
} from './firmBrands.ts';
import {
  FIRM_HEADS,
  items,
  listedFirm,
  listPeer,
  oneFirm,
  productTail,
  twoCharPeer,
  twoPlaceBrands,
} from './firmItems.ts';
import {
  BRANDED_PROJECTS,
  CHAINS_BY_FIRM,
  CLASS_OF_FIRMS,
  CLASS_OF_TRADES,
  CLASSED,
  COUNTED,
  COUNTED_PROJECTS,
  ENUMERATED,
  FIRMS_AS_PROJECTS,
  HONOURED,
  NOT_PARTNER,
  PARTNER,
  RUN,
  SUBJECT,
  TITLE_BEFORE,
  TITLED,
  TRADE_PROJECTS,
} from './firmListPatterns.ts';
import { tag, wordCount } from './lexicon.ts';
import { cutLength } from './names.ts';
import { isPlace } from './places.ts';
import type { Doc } from './text.ts';

const TRADE_WORD = new RegExp(`^(?:${FIRM_HEADS}|${TRADE}|\\p{Script=Han}业)$`, 'u');
/** A brand of two characters the dictionary knows little (under 200 uses) and a trade word: 甲乙铜业, not 绿色化工. */
const brandedItem = (item: string) =>
  (item.length === 4 && wordCount(item.slice(0, 2)) < 200 && TRADE_WORD.test(item.slice(2))) ||
  brandAndWord(item);
/** Tags a firm's last word may have after its brand: a trade word, or what it makes (甲乙炭素, 丙丁合金). */
const LAST_WORD_TAGS = new Set(['n', 'j', 'nz']);
/**
 * A brand of two to four characters and one word of two characters or more (its trade or what it makes: 甲乙丙环保,
 * 甲乙炭素, 甲乙丙丁科技): the brand holds a character read alone or a name by part of speech, and the dictionary knows
 * it little as a whole (under 200 uses); not a place.
 */
function brandAndWord(item: string, placeBrand = false): boolean {
  const tokens = tag(item);
  const last = tokens.at(-1);
  if (!last || tokens.length < 2 || last.word.length < 2 || !LAST_WORD_TAGS.has(last.tag)) return false;
  const brand = item.slice(0, item.length - last.word.length);
  const brandTokens = tokens.slice(0, -1);
  return (
    brand.length >= 2 &&
    brand.length <= 4 &&
    wordCount(brand) < 200 &&
    (placeBrand || !isPlace(brand)) &&
    brandTokens.some((t) => t.word.length === 1 || BRAND_TAGS.has(t.tag)) &&
    brandTokens.every((t) => t.word.length === 1 || wordCount(t.word) < 200 || BRAND_TAGS.has(t.tag))
  );
}
/** The clause's words before a list's first item (及时研究协调解决甲乙炭素): up to its last verb and its 了, or 0. */
function preambleOf(item: string): number {
  const tokens = tag(item);
  let at = 0;
  let cut = 0;
  for (const t of tokens) {
    at += t.word.length;
    if ((t.tag === 'v' || t.tag === 'vn') && t.word.length >= 2) cut = at;
    // an aspect particle after the verb (引进了) is the verb's
    else if (cut === at - t.word.length && /^[了着过]$/.test(t.word)) cut = at;
  }
  return item.length - cut >= 4 ? cut : 0;
}

/**
 * 其中A、B等为某集团下属企业, A、B被认定为某省小巨人企业: a list the sentence says is of firms (after a clause mark, or
 * after a count that ends a clause in text written without punctuation: …100强A、B被认定为…).
 */
const SAID = new RegExp(
  `(?<=^|[，。；：,;:！？\\s]|\\d[强家个户])(${RUN}{2,160}?)(?:等(?:均|都)?(?:为|是|系|属)|等?(?:均|都)?被(?:认定|评|评定|列|授予)为)${RUN}{0,12}?(?:企业|公司)`,
  'gu',
);
/**
 * 其中甲乙材料不仅是新三板上市企业, 丙丁科技是一家…公司: a clause's subject the copula says is a firm (a listed one, one
 * of a trade). Read when the subject holds a name or a character read alone (no common words only: 这, 园区).
 */
const IS_FIRM = new RegExp(
  `(?<=^|[，。；,;！？\\s])(${RUN}{2,12}?)(?:不仅|不但|既|也|还|已)?(?:是|系)(?:一家|一个)?[^，。；,;！？“”]{0,16}?(?:企业|公司)(?![\\p{Script=Han}])`,
  'gu',
);
/** 包括甲乙、丙丁，均为动力电池配套企业: a list the next clause says is all of firms (均/都/皆 + 为/是/系/属). */
const SAID_AFTER = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${RUN}{2,160}?)[，,](?:均|都|皆)(?:为|是|系|属)${RUN}{0,12}?(?:企业|公司)`,
  'gu',
);
/**
 * 以A和B为代表的…企业, 以A、B为代表的…产业: the firms a class of firms or an industry is represented by. Items that end
 * like an industry, a product or a project (以电子信息产业为代表的) are none.
 */
const REPRESENTED = new RegExp(`以(${RUN}{2,40}?)为代表的${RUN}{0,12}?(?:企业|公司|产业|集群)`, 'gu');
const NOT_REPRESENTATIVE = /(产业|行业|企业|集群|产品|经济|工程|链|群|项目)$/;
/**
 * A name right before the capacity of its project (、祥瑞化工5万吨溶剂油, 的开磷集团60万吨复合肥, 建成东辰18万吨甲醇): the
 * owner, when the words before it end and it reads as a brand.
 */
const AMOUNT_OWNER =
  /(?<=^|[、，。；：,;:\s的])([\p{Script=Han}]{2,12}?)的?(?:年产)?[\d.]+\s*(?:万|亿)?(?:吨|台|套|件|辆|只|块|平方米|立方米|千瓦|MW|GWh)(?=[\p{Script=Han}A-Za-z])/gu;
/** Verbs and function words of two characters or more, and the copula 是/为, end a list's preamble (全力配合中石油 → 中石油). */
const PREAMBLE_TAGS = new Set(['v', 'vn', 'p', 'd', 'ad', 'c', 'ul', 'uj']);
/** A word the segmenter knows as one common word (食品, 新能源) names a kind, not a firm; a name or an abbreviation may. */
const KNOWN_NAME_TAGS = new Set(['nr', 'nt', 'nz', 'j']);

function preamble(item: string): number {
  // 美的厨卫: a brand of one character and 的 opens the item (NOT_FIRM_WORD says which 的 is no modifier's end).
  const brandDe = cutLength(item) === 2 && item[1] === '的' && !NOT_FIRM_WORD.test(item.slice(0, 2));
  const cut = brandDe ? 0 : cutLength(item);
  let at = cut;
  let end = cut;
  for (const t of tag(item.slice(cut))) {
    end += t.word.length;
    if (((t.word.length >= 2 && PREAMBLE_TAGS.has(t.tag)) || /^[是为]$/.test(t.word)) && end < item.length)
      at = end;
  }
  return at;
}

function firmLike(name: string, strict: boolean): boolean {
  if (name.length < 2 || name.length > 10 || (strict ? NOT_FIRM : NOT_FIRM_WORD).test(name)) return false;
  if (isPlace(name) || /(企业|公司|产品|[期区县市镇省村])$/.test(name) || /^(其他|其中|部分|主要)/.test(name))
    return false;
  const tokens = tag(name);
  if (tokens.length === 1 && !KNOWN_NAME_TAGS.has(tokens[0]?.tag ?? '')) return false;
  // A common noun and an activity (汽车大修 in a list of firms) is a trade: a firm opens with a brand, or its words
  // after the first name its trade (甲辰工贸: a noun or an abbreviation) or end with a suffix.
  const head = tokens[0];
  return !(
    strict &&
    head?.tag === 'n' &&
    head.word.length >= 2 &&
    !tokens.slice(1).some((t) => ['n', 'j', 'nz', 'nt'].includes(t.tag)) &&
    !new RegExp(`(${TRADE}|公司|集团|厂)$`).test(name)
  );
}

const FACILITY = /(?:测试|生产|研发|试验|制造)?(?:基地|工厂|中心)$/;
const BRAND_TAGS = new Set(['nr', 'nz', 'nt', 'j', 'ns']);

/**
 * A firm represented by its facility (以甲乙无人机测试基地、丙丁为代表的…): the brand opening the item, its words read
 * one character at a time or as names, before the product and the facility word; or ''.
 */
function facilityOwner(item: string): string {
  if (!FACILITY.test(item)) return '';
  let brand = '';
  for (const t of tag(item)) {
    if (t.word.length > 1 && !BRAND_TAGS.has(t.tag)) break;
    brand += t.word;
  }
  return brand.length >= 2 && brand.length <= 4 && brand.length < item.length - 2 && brandLed(brand)
    ? brand
    : '';
}

/** 甲乙投资, 丙丁石油: a brand of two to four characters (its own shape, or a word seldom used) and one word after it. */
function shortName(name: string, placeBrand = false): boolean {
  const last = tag(name).at(-1);
  const brand = name.slice(0, name.length - (last?.word.length ?? 0));
  if (!last || last.word.length < 2 || brand.length < 2 || brand.length > 4 || !strict(name)) return false;
  if (placeBrand && brand.length === 2 && isPlace(brand) && tag(brand).every(isBrandToken)) return true;
  return brandLed(brand) || (tag(brand).length === 1 && wordCount(brand) < 200 && !isPlace(brand));
}

/** Classes of firms by who owns them. */
const OWNED = /外资|外商|合资|独资|上市/;
const loose = (name: string) => firmLike(name, false);
const strict = (name: string) => firmLike(name, true);
/**
 * A firm-like item that is not made of common words only (基板玻璃, 梯级利用标准, 纺织服装: products and activities
 * listed before 等…生产企业): a name, a place, an abbreviation or a character read alone is in it.
 */
const named = (name: string) =>
  (strict(name) || reduplicated(name)) &&
  (tag(name).some((t) => t.word.length === 1 || BRAND_TAGS.has(t.tag)) ||
    rareWordAndTrade(name) ||
    reduplicated(name));
/** A character doubled (甲甲: a brand's shape, though the dictionary knows some such words as common nouns). */
const reduplicated = (name: string) => name.length === 2 && name[0] === name[1] && !isPlace(name);

export function findListedFirms(doc: Doc): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  const push = (start: number, end: number) => out.push(listedFirm(doc, start, end));
  const list = (
    run: string,
    at: number,
    firm: (name: string) => boolean,
    trimFirst: boolean,
    most = false,
    titled = false,
    one: string | false = false,
  ) => {
    // …等 and a count closing the run (食品、纺织两类) are no part of its last item (a count inside an earlier item's
    // description, 行业十大时代企业甲乙、…, closes nothing).
    const found = items(
      run.replace(/等[^、]*$/u, '').replace(/[一二两三四五六七八九十\d]+[类种个家户批大][^、]*$/u, ''),
      at,
    );
    // In a list of firms, an item's description before the name (…领导者甲乙, “小巨人”丙丁) is cut off.
    // An item its description calls a firm (…十大企业甲乙饲料) is one by its shape alone (strict), not only by its words.
    const said = new Set<{ start: number; end: number }>();
    if (titled)
      for (const f of found) {
        const cut = TITLE_BEFORE.exec(doc.match.slice(f.start, f.end))?.[0] ?? '';
        f.start += cut.length;
        if (/企业$/.test(cut)) said.add(f);
      }
    // One item alone (甲乙环保科技等…骨干企业) is a firm only in a firm's full shape.
    const only = found[0];
    if (one !== false && only && found.length === 1) {
      // The words before it end at a cut word only: a verb inside the name (甲乙换热科技) is the firm's trade.
      if (trimFirst) only.start += cutLength(doc.match.slice(only.start, only.end));
      const name = doc.match.slice(only.start, only.end);
      // A class of firms by their owners (等外资企业, 等上市公司) says a name of names alone (甲乙丙丁) is a firm.
      if (oneFirm(name) || (OWNED.test(one) && name.length >= 3 && brandLed(name)))
        push(only.start, only.end);
      return;
    }
    // An item after the first that runs on past any name (text with no punctuation) means no list of names.
    if (found.length < 2 || found.slice(1).some((f) => f.end - f.start > 16)) return;
    const first = found[0];
    if (first && trimFirst) first.start += preamble(doc.match.slice(first.start, first.end));
    for (const [i, f] of found.entries()) f.end -= productTail(doc, f, found[i + 1]);
    // 苏州甲乙苏州丙丁: two items of place and brand written without a mark between them.
    for (const [i, f] of [...found.entries()].reverse()) {
      const k = twoPlaceBrands(doc.match.slice(f.start, f.end));
      if (!k) continue;
      found.splice(i + 1, 0, { start: f.start + k, end: f.end });
      f.end = f.start + k;
    }
    const firms = found.filter(
      (f) =>
        firm(doc.match.slice(f.start, f.end)) || (said.has(f) && strict(doc.match.slice(f.start, f.end))),
    );
    if (most && firms.length * 2 <= found.length) return;
    // In a list of two-character names, two thirds of them a brand's shape, a peer is a firm too (listPeer).
    const peer = (f: { start: number; end: number }) => listPeer(doc.match.slice(f.start, f.end));
    const short = most && firms.length * 3 >= found.length * 2 && found.every((f) => f.end - f.start === 2);
    // …and so is a two-character one (twoCharPeer) in a list of two to four characters, over half of them firms.
    const mixed = most && firms.length * 2 > found.length && found.every((f) => f.end - f.start <= 4);
    const twoPeer = (f: { start: number; end: number }) => twoCharPeer(doc.match.slice(f.start, f.end));
    for (const f of found)
      if (firms.includes(f) || (short && peer(f)) || (mixed && twoPeer(f))) push(f.start, f.end);
  };
  for (const m of doc.match.matchAll(ENUMERATED))
    list(m[1] ?? '', (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0), loose, false);
  for (const m of doc.match.matchAll(COUNTED)) list(m[1] ?? '', m.index ?? 0, loose, true, false, true);
  // …等新型动力电池行业内重点企业: a description naming an industry makes the items kinds of business, not firms.
  // A bare 行业 (甲乙、丙丁等行业重点企业) is read either way — the industry's leading firms, or such industries'
  // firms (新材料、大健康等行业骨干企业) — so the list names firms only when most of its items have a firm's shape:
  // the items of one list are of one kind.
  for (const m of doc.match.matchAll(CLASSED)) {
    const described = m[2] ?? '';
    if (described === '行业') list(m[1] ?? '', m.index ?? 0, strict, true, true, true, described);
    else if (!/行业|产业|领域/.test(described))
      list(m[1] ?? '', m.index ?? 0, strict, true, false, true, described);
  }
  for (const m of doc.match.matchAll(CLASS_OF_FIRMS))
    if (!CLASS_OF_TRADES.test(m[2] ?? ''))
      list(m[1] ?? '', m.index ?? 0, named, true, true, true, m[2] ?? '');
  const owner = (name: string) =>
    named(name) && !/(项目|工程|基地|园|区|线|厂|站|中心|产业|加工|生产|制造)$/.test(name);
  for (const m of doc.match.matchAll(COUNTED_PROJECTS)) list(m[1] ?? '', m.index ?? 0, owner, true, true);
  for (const m of doc.match.matchAll(FIRMS_AS_PROJECTS)) {
    // 等企业及上下游企业甲、乙等项目: the match opens at the first 企业, but the list starts after the last one.
    const run = m[1] ?? '';
    const head = Math.max(run.lastIndexOf('企业'), run.lastIndexOf('公司')) + 2;
    const lead = head >= 2 ? head : 0;
    list(run.slice(lead), (m.index ?? 0) + 2 + lead, owner, false, true);
  }
  for (const m of doc.match.matchAll(CHAINS_BY_FIRM)) list(m[1] ?? '', m.index ?? 0, named, true);
  for (const m of doc.match.matchAll(PARTNER)) {
    const name = m[1] ?? '';
    const at = (m.index ?? 0) + 1;
    if (named(name) && !NOT_PARTNER.test(name) && !/[和及、]/.test(name)) push(at, at + name.length);
  }
  for (const m of doc.match.matchAll(TITLED)) {
    const at = m.index ?? 0;
    const name = m[1] ?? '';
    if (name.length <= 10 && strict(name) && !/和|与|及|、/.test(name)) push(at, at + name.length);
    // Two firms given the title together (甲乙新材料和丙丁铜业入围…单项冠军企业): each a firm of two words or more.
    const pair = /^(.{2,10})[和与及、](.{2,10})$/u.exec(name);
    if (pair && [pair[1], pair[2]].every((n) => loose(n ?? '') && tag(n ?? '').length >= 2)) {
      push(at, at + (pair[1]?.length ?? 0));
      push(at + name.length - (pair[2]?.length ?? 0), at + name.length);
    }
  }
  for (const m of doc.match.matchAll(SUBJECT)) {
    const run = m[1] ?? '';
    const lead = preamble(run);
    const brand = run.slice(lead);
    const at = (m.index ?? 0) + lead;
    const name = brand + (m[2] ?? '');
    if (brand.length >= 2 && brand.length <= 4 && brandLed(brand) && strict(name))
      push(at, (m.index ?? 0) + m[0].length);
  }
  for (const m of doc.match.matchAll(HONOURED)) {
    const found = items(m[1] ?? '', m.index ?? 0);
    const names = found.map((f) => doc.match.slice(f.start, f.end));
    // Every item a firm's short name: a brand (read character by character, or a word the dictionary knows little)
    // and one word of its trade or business (甲乙投资, 丙丁石油).
    // In a list of two or more, a brand may be a place's name too (its peers say the items are firms).
    const firmShape = (n: string) =>
      shortName(n, found.length >= 2) ||
      (named(n) && (brandedItem(n) || brandAndWord(n) || rareWordAndTrade(n)));
    if (names.every(firmShape)) for (const f of found) push(f.start, f.end);
  }
  for (const m of doc.match.matchAll(SAID)) list(m[1] ?? '', m.index ?? 0, loose, true);
  for (const m of doc.match.matchAll(IS_FIRM)) {
    const lead = /^(其中|其次|此外|另外|同时)/.exec(m[1] ?? '')?.[0].length ?? 0;
    const name = (m[1] ?? '').slice(lead);
    const at = (m.index ?? 0) + lead;
    // No verb, adverb or preposition among its words (建成后将是…企业 has a clause, not a name, before 是).
    const words = tag(name);
    if (words.some((t) => PREAMBLE_TAGS.has(t.tag) || t.tag === 'f') || /[和与及、]/.test(name)) continue;
    if (named(name) || (loose(name) && words.some((t) => t.word.length === 1 && t.tag === 'ns')))
      push(at, at + name.length);
  }
  for (const m of doc.match.matchAll(SAID_AFTER)) list(m[1] ?? '', m.index ?? 0, loose, true);
  for (const m of doc.match.matchAll(REPRESENTED)) {
    const run = m[1] ?? '';
    const found = items(run, (m.index ?? 0) + 1);
    for (const f of found) {
      const item = doc.match.slice(f.start, f.end);
      if (firmLike(item, false) && !NOT_REPRESENTATIVE.test(item)) push(f.start, f.end);
      else {
        const owner = facilityOwner(item);
        if (owner) push(f.start, f.start + owner.length);
      }
    }
  }
  for (const m of doc.match.matchAll(TRADE_PROJECTS)) {
    const found = items(m[1] ?? '', m.index ?? 0);
    const first = found[0];
    if (first) first.start += preamble(doc.match.slice(first.start, first.end));
    for (const f of found) {
      const trade = TRADE_NAME.exec(doc.match.slice(f.start, f.end));
      const brand = trade?.[1] ?? '';
      // The brand may be a place's name of two characters (安达科技新能源材料): its trade word and product follow.
      const brandOk = brandLed(brand) || placeBrand(brand) || (brand.length === 2 && isPlace(brand));
      if (trade && trade[0].length < f.end - f.start && brandOk) push(f.start, f.start + trade[0].length);
    }
  }
  for (const m of doc.match.matchAll(BRANDED_PROJECTS)) {
    const found = items(m[1] ?? '', m.index ?? 0);
    const head = found[0];
    if (head) head.start += preambleOf(doc.match.slice(head.start, head.end));
    const names = found.map((f) => doc.match.slice(f.start, f.end).replace(/[一二三四五六七八九十]期$/u, ''));
    // An item whose brand is also a place's name (甲乙炭素, 甲乙 a town somewhere) counts among two or more peers
    // that are brands on their own.
    const strictCount = names.filter(brandedItem).length;
    if (
      found.length >= 2 &&
      names.every((n) => brandedItem(n) || (strictCount >= 2 && brandAndWord(n, true)))
    )
      for (const [i, f] of found.entries()) push(f.start, f.start + (names[i]?.length ?? 0));
  }
  for (const m of doc.match.matchAll(AMOUNT_OWNER)) {
    const run = m[1] ?? '';
    // A conjunction opening the clause (而甲乙化学的30万吨…) is no part of the name.
    const lead = cutLength(run) || (/^[而并且又]/.test(run) ? 1 : 0);
    const name = run.slice(lead);
    if (name.length > 8 || !firmLike(name, true)) continue;
    if (!(placeBrand(name) || brandAndTrade(name) || (name.length <= 4 && brandLed(name)))) continue;
    push((m.index ?? 0) + lead, (m.index ?? 0) + run.length);
  }
  return out;
}
