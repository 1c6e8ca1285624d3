/**
 * What a firm's name looks like, by words and parts of speech: the tests every firm rule shares (firmMentions.ts,
 * firmLists.ts). A brand is what the segmenter cannot read as a common word — characters read one by one, or names.
 */
import { tag, wordCount } from './lexicon.ts';
import { isPlace } from './places.ts';

/**
 * 的 marks a modifier (先进的企业), except as the second character of a brand of one character and 的 (美的厨卫, 美的集团)
 * — one not written with a pronoun, a demonstrative or an adjective (我的, 新的, 该的).
 */
export const NOT_FIRM_WORD =
  /产业|行业|领域|资源|优势|平台|项目|园区|组团|基地|学院|实验室|研究院|中心|市场|品牌|(?<!^[\u4e00-\u9fff])的|^[我你他她它其新老大小好多少更最这那该本此各每真全]的|\d/;
/** Names that end like a product: kept out of verb-led lists, allowed where the list says 等企业. */
const PRODUCT_LIKE =
  /(材料|元器件|液|膜|极|器|件|加工|制造|处理|储运|发电|厂|设备|感知|封装|轮|轴|箱|新材料|大健康|合金|铜)$/;
export const NOT_FIRM = new RegExp(`${NOT_FIRM_WORD.source}|${PRODUCT_LIKE.source}`);

/** Trade words firms name themselves by (某某环保, 某某实业). */
export const TRADE =
  '环保|能源|电力|科技|铝业|电铝|药业|制药|化工|化学|新材|传动|动力|机械|电子|食品|实业|建材|钢构|水泥';

/** A place of the gazetteer (province, city, county) followed by a two- to four-character brand: 河北金谷. */
export function placeBrand(name: string): boolean {
  for (const n of [2, 3]) {
    const brand = name.slice(n);
    if (isPlace(name.slice(0, n)) && brand.length >= 2 && brand.length <= 4 && !isPlace(name)) return true;
  }
  return false;
}

const NAMED = /^n[rt]$/;
const NOT_BRAND_TAGS = new Set(['m', 'q', 'p', 'c', 'u', 'uj', 'ul', 'r', 'f', 'd', 't', 'x']);
export const TRADE_NAME = new RegExp(`^([\\p{Script=Han}]{2,4}?)(新材料|电气|${TRADE})`, 'u');

/** A brand and the one word of its trade (甲森部件, 乙赛包装): two characters or names, then any word of two. */
export function brandAndTrade(name: string): boolean {
  const last = [...tag(name)].at(-1)?.word ?? '';
  const brand = name.slice(0, name.length - last.length);
  return last.length >= 2 && brand.length >= 2 && brandLed(brand);
}
/** A name by part of speech (nr, nt; nz of two characters: 华电, not 信息安全), or a character read on its own. */
export const isBrandToken = (t: { word: string; tag: string }) =>
  NAMED.test(t.tag) ||
  (t.tag === 'nz' && t.word.length === 2) ||
  (t.word.length === 1 && !NOT_BRAND_TAGS.has(t.tag));

/** Two or more characters all read one by one or as names (not a place, not a common word). */
export function brandLed(name: string): boolean {
  const tokens = [...tag(name)];
  return name.length >= 2 && tokens.every(isBrandToken) && !NOT_FIRM.test(name) && !isPlace(name);
}

/**
 * A word of two characters the dictionary counts rarely (under 200 times: 联创, a verb to the segmenter) before a
 * trade word (联创制药): a brand and its trade, not an activity (创新药业, 化学制药: common words).
 */
export function rareWordAndTrade(name: string): boolean {
  const [head, trade, ...rest] = tag(name);
  return (
    !rest.length &&
    head?.word.length === 2 &&
    wordCount(head.word) < 200 &&
    !isPlace(head.word) &&
    new RegExp(`^(?:${TRADE})$`).test(trade?.word ?? '')
  );
}
