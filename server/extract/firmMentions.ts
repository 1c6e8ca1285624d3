/** Enterprise mentions: company suffixes, lists closed by 等企业, owners of plants and projects, cluster leaders. */

import type { EnterpriseMention } from '../../vocab/imports.ts';
import {
  brandAndTrade,
  brandLed,
  isBrandToken,
  NOT_FIRM,
  NOT_FIRM_WORD,
  placeBrand,
  TRADE,
  TRADE_NAME,
} from './firmBrands.ts';
import { listedFirm } from './firmItems.ts';
import { lineOwner, linesDone, pushHeads, rareOrBrand, tradeOnly, withConjunction } from './firmLines.ts';
import { findListedFirms } from './firmLists.ts';
import { projectOwners } from './firmProjects.ts';
import { siblingFirms } from './firmSiblings.ts';
import { titledFirms } from './firmTitles.ts';
import { tag } from './lexicon.ts';
import { CUT, cutLength, dedupe, nameBefore, tradeNameStart } from './names.ts';
import { isPlace } from './places.ts';
import { type Doc, lastUpTo, normaliseName, sentenceAt } from './text.ts';

const COMPANY = /股份有限公司|有限责任公司|有限公司|公司|集团|股份/g;
const LISTED =
  /(依托|聚焦|推动|引进|引导|支持|发挥)([^，。；：“”]{2,80}?)等(?:[^，。；]{0,8}?)(企业|龙头|公司|集团|链主|本地)/g;
/**
 * Any list closed by 等(龙头|重点|骨干|本地)企业 names firms, whatever verb opens it (结合…园区内万盛煤化、东方希望等龙头
 *企业): the run after the last separator, less its preamble (CUT, or a zone with 内 before the first name).
 */
const LISTED_FIRMS =
  /([^，。；：,;:“”（）]{2,80}?)等(?:(?:国内外|国内|国际|全国|世界|省内外|省内)?(?:从事|生产|经营)[^，。；、“”]{1,16}?的|国内外|国内|国际|全国|世界)?(?:[多一二两三四五六七八九十几数\d]+(?:[家个]|批批?))?(行业龙头|龙头|重点|骨干|本地|行业|大型|知名|规上|规模|规模以上|优质)?(企业|公司)/g;
/** Firms in brackets after a count of firms (利税千万元以上的企业3家(甲药业、乙竹木业)). */
const COUNTED_FIRMS = /企业[\d一二两三四五六七八九十]+[家户个][（(]([^（）()]{2,80})[）)]/g;
const IN_ZONE = /^.*(园区|组团|产业园|开发区|经开区|高新区|新区|基地|新城)内/u;
/** A list closed by 等项目 names a firm when an item is a place name plus a brand (河北金谷, 重庆哈斯特). */
const LISTED_PROJECTS = /(加快|推进|推动|实施|支持)([^，。；：“”]{2,60}?)等(?:重点|重大)?项目/g;

/**
 * A firm named as the owner of a plant in a sentence that pushes it on (推进三峰环保垃圾焚烧发电厂…, 加快西南水泥生产线
 * 搬迁): a two- or three-character brand and a trade word firms name themselves by, right before the plant.
 */
const OWNER = new RegExp(
  `(?:推进|推动|加快|支持)([\\p{Script=Han}]{2,3}(?:${TRADE}))(?=[\\p{Script=Han}]{0,6}(?:发电厂|工厂|生产线|生产基地))`,
  'gu',
);
/** A list item headed by a project (- 某某科技新能源电池项目：…): a brand and a trade word open it. */
const ITEM_OWNER = new RegExp(
  `(?:^|[-•·]\\s*)([\\p{Script=Han}]{2,3}(?:${TRADE}))(?=[\\p{Script=Han}A-Za-z]{0,24}?(?:项目|生产线|生产基地)\\s*[：:])`,
  'gu',
);
/**
 * A firm named by a phase of its works (开发区甲乙化工一期工程已投产): a brand of two characters and a trade word, after
 * a clause's start, a zone word or a conjunction, before N期工程/项目.
 */
const PHASE_OWNER = new RegExp(
  `(?<=^|[，,。；;、\\s和及与]|开发区|园区)([\\p{Script=Han}]{2}(?:${TRADE}))(?=[一二三四五六七八九十]期(?:工程|项目))`,
  'gu',
);
/** A firm named before a Latin product's name and 项目 in a list (…和甲乙PVC项目): a brand of two characters. */
const LATIN_OWNER = /(?<=[和及与、])(\p{Script=Han}{2})(?=[A-Z]{2,6}项目)/gu;
/**
 * The owner of a yearly-output project, named without a company suffix at the start of a list item (看到，某某年产
 * 30万吨饲料项目、某某年产5万吨酵母项目): two to four characters that are all names or nouns by part of speech.
 */
const PROJECT_OWNER =
  /(?<=^|[、，,：:；;。\s]|[既又更还]有)([\p{Script=Han}]{2,4})年产(?!能|值|量)[^、，,。；;]{2,40}?(?:项目|生产线|(?=、))/gu;
const NOT_OWNER_TAGS = new Set(['v', 'vn', 'd', 'p', 'c', 'm', 't', 'r', 'q', 'f', 'u', 'uj', 'ul']);
/**
 * A list item headed by a plant the item calls a leading firm (- 某某优特钢生产线：…。作为某新城新材料板块的龙头企业):
 * the head less the product nouns it ends with (by part of speech; a trade word such as 铝业 stays) is the firm.
 */
const LEADING_ITEM =
  /(?:^|[-•·]\s*)([\p{Script=Han}]{3,12}?)(?:生产线|项目|生产基地)\s*[：:](?=[^-•·]{0,120}?作为[^。；]{0,24}?龙头企业)/gu;
function brandOf(head: string): string {
  const tokens = [...tag(head)];
  while (
    tokens.length > 1 &&
    tokens.at(-1)?.tag === 'n' &&
    !new RegExp(`^(${TRADE})$`).test(tokens.at(-1)?.word ?? '')
  )
    tokens.pop();
  const brand = tokens.map((t) => t.word).join('');
  return brand.length >= 2 && brand.length < head.length && !NOT_FIRM.test(brand) ? brand : '';
}
/**
 * A firm named by what it invests (投资12亿元的某某煤焦化工、投资8100万元的某某管材项目): the name after 的, up to the
 * project word or the list's end, when a brand opens it: two characters the segmenter reads as single characters
 * or as a name (nr, nz, ns, nt), not a common word (投资5亿元的新能源汽车项目, 智能制造项目 name no firm).
 */
const INVESTOR =
  /(?:投资(?:金额|总额|额)?(?:达|约|超|为)?|、)[\d.,]+\s*(?:亿|万)?(?:港|美|欧)?元(?:人民币)?的([\p{Script=Han}]{2,10}?)(?=项目|搬迁|扩建|技改|改造|[、，,。；;等])/gu;
/**
 * The owner of a production line named by a place and a brand, with no suffix (…的云南某能一期第二条8万吨某某生产线):
 * the name right before the line's phase, number and capacity.
 */
const LINE_OWNER =
  /(?<=^|[的，,、；;：:])([\p{Script=Han}]{4,6}?)(?=(?:[一二三四五六七八九十]期)?(?:第[一二三四五六七八九十]条)?[\d.]+\s*(?:万吨|吨|万台|台|万套|万辆|GWh|MW)[^，。；,;]{0,12}生产线)/gu;
const isBrandLed = (name: string) => {
  const [a, b] = tag(name);
  const brand =
    (a?.word.length === 1 && b?.word.length === 1) || (a?.word.length === 2 && /^n[rzst]$/.test(a.tag));
  return brand && !NOT_FIRM.test(name) && !isPlace(name);
};
/**
 * A name of three or four characters the segmenter reads one by one, at least one of them a noun (甲能乙丁): a brand,
 * whatever part of speech the others are given — no word of the dictionary is in it.
 */
const charByChar = (name: string) => {
  const tokens = tag(name);
  return (
    tokens.length >= 3 &&
    tokens.every((t) => t.word.length === 1) &&
    tokens.some((t) => /^n[grsz]?$/.test(t.tag)) &&
    !NOT_FIRM.test(name) &&
    !isPlace(name)
  );
};
const isOwner = (name: string) =>
  !NOT_FIRM.test(name) &&
  !isPlace(name) &&
  !/(企业|公司|[期区县市镇省村])$/.test(name) &&
  tag(name).every((t) => !NOT_OWNER_TAGS.has(t.tag));

/**
 * Firms named as the leaders of a cluster: 以世纪阳光为龙头的有机颜料产业集群, 以嘉冠集团、新希望六和为龙头,
 * 以领航科技为龙头企业. What leads may also be an industry, a project or a kind of firm (以电子信息产业为龙头,
 * 以大项目为龙头, 以龙头企业为引领): those are not firms.
 */
const LEADERS = /以([^，,。；;：:“”（）()以]{2,40}?)为(?:龙头|引领|核心企业|链主)/g;
const NOT_LEADER = /(业|企业|集群|产品|经济|工程|链|群)$/;

/**
 * A list of projects pushed on (加速甲电、乙能风电项目, 推动甲能、乙旺达等光伏项目, 实施甲乙山装饰板材、丙沅新材料等
 * 延链项目): an item opened by a brand — characters the segmenter reads one by one or as a name (nr, nz, nt) — names
 * its owner, the brand with its trade word if one follows (丙沅新材料), else the brand alone (乙能, not 乙能风电). Every
 * item of the list must be so opened; a list closed by a bare 等项目 (public works and plants mixed) is left to the
 * place-and-brand rule above.
 */
const PROJECT_LIST =
  /(加快|加速|推进|推动|实施|支持|跟进|[既又更还]有)([^，。；：“”等]{2,60}?)(?:等[^，。；、“”]{1,8}?)?项目/g;
/**
 * A plant named as a firm: a place, a brand and what the plant makes, ending in 厂 (某县雪域酒厂, 某县云峰铁合金厂);
 * a plant with no place before it (洗煤厂, 上游加工厂) or a public one (污水处理厂, 电厂, 水厂) is none.
 */
const PLACE_PLANT = /([\p{Script=Han}]{4,12}?)厂(?![房区长])/gu;
const PLACE_NOT_NAME = new Set(['f', 'd', 'v', 'vn', 'a', 'ad', 't', 'm', 'q', 'p', 'c', 'r']);
const PUBLIC_PLANT = /(污水处理|垃圾处理|发电|电|水|热源|自来水|供热|焚烧)$/;
function placePlant(doc: Doc, end: number): number {
  const start = nameBefore(doc, end, 12);
  const name = doc.match.slice(start, end);
  for (const n of [2, 3]) {
    const rest = name.slice(n);
    const place = name.slice(0, n);
    if (!isPlace(place) || rest.length < 3 || isPlace(rest) || PUBLIC_PLANT.test(name)) continue;
    // a place the segmenter reads as a word of position or function (上游, 中部: f) does not open a firm's name
    if (tag(place).every((t) => !PLACE_NOT_NAME.has(t.tag))) return start;
  }
  return -1;
}
/** A numbered item headed by a project (第二、甲地乙丙电气设备生产项目，建设地点：…): its owner opens the head. */
const NUMBERED_PROJECT =
  /(?:^|第[一二三四五六七八九十]+[、，,]|[一二三四五六七八九十]+是[：:]?|[（(][一二三四五六七八九十]+[)）])([\p{Script=Han}]{3,16}?)项目[，,：:]/gmu;
function projectBrand(item: string): string {
  const trade = TRADE_NAME.exec(item);
  if (trade && (placeBrand(trade[1] ?? '') || brandLed(trade[1] ?? ''))) return trade[0];
  let brand = '';
  for (const t of tag(item)) {
    if (!isBrandToken(t)) break;
    brand += t.word;
  }
  return brand.length >= 2 && brand.length <= 4 && brandLed(brand) ? brand : '';
}
/** 甲乙丙高端医疗: a brand of three characters or more and two common words or more of the project's field. */
function fieldBrand(name: string): string {
  const brand = projectBrand(name);
  const field = tag(name.slice(brand.length));
  const common = field.length >= 2 && field.every((t) => t.tag === 'n' && t.word.length >= 2);
  return brand.length >= 3 && common && !TRADE_NAME.test(name) ? brand : '';
}
/** Words the segmenter tags as a subject, a modifier or an adverb: what a sentence may say before its verb. */
const BEFORE_VERB = new Set(['r', 'zg', 'n', 'd', 'ad', 'p', 'c']);
/**
 * How much of a run before a company suffix is the sentence's words: a verb of two characters or more, at the run's
 * start or after a subject or an adverb only (这个县突出, 重点抓好), followed by a brand or a place (by part of speech
 * or the gazetteer) and two characters more. 0 when there is none.
 */
function verbBefore(run: string): number {
  const tokens = tag(run);
  let at = 0;
  for (const [i, t] of tokens.entries()) {
    if (t.tag === 'v' && t.word.length >= 2) {
      const rest = run.slice(at + t.word.length);
      const next = tokens[i + 1];
      // a brand by part of speech, even one that is also a place's name (a name tagged nr), or a place
      const opens =
        brandLed(rest.slice(0, 2)) ||
        (next !== undefined &&
          next.word.length >= 2 &&
          (isBrandToken(next) || (next.tag === 'ns' && isPlace(next.word))));
      return rest.length >= 2 && opens ? at + t.word.length : 0;
    }
    if (!BEFORE_VERB.has(t.tag) || i >= 2) return 0;
    at += t.word.length;
  }
  return 0;
}
export function findEnterprises(doc: Doc): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  for (const c of doc.match.matchAll(COMPANY)) {
    const end = (c.index ?? 0) + c[0].length;
    // 集团 right before a company suffix (甲乙控股(某省)集团有限公司) is inside the name the suffix ends: no name of its own.
    if (c[0] === '集团' && /^(?:股份)?(?:有限责任公司|有限公司|公司)/.test(doc.match.slice(end, end + 8)))
      continue;
    let start = tradeNameStart(doc, c.index ?? 0, c[0], nameBefore(doc, c.index ?? 0, 20));
    // A headline's end (a short line without punctuation, joined to the next line) is no part of the name: the
    // headline's last words (…重点项目建设锡林郭勒盟 / 甲乙公司正在…) do not open the firm on the next line.
    const titleEnd = lastUpTo(doc.titleEnds ?? [], (c.index ?? 0) - 2);
    if (titleEnd > start) start = titleEnd;
    // A place in brackets inside the name (甲玻(福建)光伏玻璃有限公司): the name goes on before it.
    const bracket = /[（(]([\p{Script=Han}]{2,3})[)）]$/u.exec(
      doc.match.slice(Math.max(0, start - 5), start),
    );
    if (bracket && isPlace(bracket[1] ?? '')) {
      const before = nameBefore(doc, start - bracket[0].length, 20);
      if (start - bracket[0].length - before >= 2) start = before;
    }
    // A description of the firm before its name (首家制造业企业某某科技有限公司): the name starts after its 企业.
    const described = /^.*企业(?!管理|集团|发展|服务|咨询)/u.exec(doc.match.slice(start, c.index));
    if (described && (c.index ?? 0) - start - described[0].length >= 2) start += described[0].length;
    // Names written one after another with nothing between (a list of names one per line): a full company suffix
    // inside the run ends the name before this one (…股份有限公司巴斯夫聚氨酯(天津)有限公司); a branch (…有限公司甲分公司)
    // keeps its own company's name.
    const run = doc.match.slice(start, c.index);
    const ends = [...run.matchAll(/有限公司|有限责任公司|股份公司/g)].map(
      (m) => (m.index ?? 0) + m[0].length,
    );
    const cut = /[分子]$/.test(run) ? ends.at(-2) : ends.at(-1);
    if (cut && run.length - cut >= 2) start += cut;
    // A dash or a zone's name before the name (中央企业—甲集团公司, 开发区乙公司, 市经济开发区丙化工有限公司) is no
    // part of it — unless what follows is the zone's own platform (园区开发建设有限公司).
    start +=
      /^(?:[—－-]+|\p{Script=Han}{0,4}?(?:经济开发区|开发区|经开区|高新区|工业园区|园区|工业园)(?=\p{Script=Han}{2})(?!开发|建设|投资|管理|发展|运营|服务|资产))/u.exec(
        doc.match.slice(start, c.index),
      )?.[0].length ?? 0;
    // A brand of one character and 的 at a clause's start (，美的集团位居…): 的 is in the name, not a modifier's end.
    if (
      (c.index ?? 0) - start === 0 &&
      /(?:^|[，。；：,;:！？\s])\p{Script=Han}的$/u.test(
        doc.match.slice(Math.max(0, (c.index ?? 0) - 3), c.index),
      )
    )
      start -= 2;
    // A verb opening the run before a brand (走进甲乙实业有限公司的厂区): the sentence's verb, no part of the name; so
    // is a verb after the sentence's subject or an adverb (这个县突出甲乙…, 重点抓好某省甲乙…), before a brand or a place.
    start += verbBefore(doc.match.slice(start, c.index));
    const head = doc.match.slice(start, c.index);
    // A pronoun (他们公司) or an activity alone (管委会+运营公司+企业) before the suffix names a kind of firm, not one.
    const headWords = tag(head);
    // A demonstrative after a verb or a preposition, right before the suffix (紧邻该公司, 据该公司介绍), refers to a
    // firm named before (人本集团, a brand, has no verb before 本).
    const [before, last] = headWords.slice(-2);
    if (last?.tag === 'r' && /^[该此其本]$/.test(last.word) && ['v', 'p', 'd'].includes(before?.tag ?? ''))
      continue;
    if (
      headWords.length === 1 &&
      (headWords[0]?.tag === 'r' ||
        ((headWords[0]?.tag === 'v' || headWords[0]?.tag === 'vn') && head.length === 2))
    )
      continue;
    // A count of firms (中石油、中石化两大集团, 三家公司) names none itself.
    if (
      (c.index ?? 0) - start < 2 ||
      /^(本|该|各|其|子|母|分|总|上市|外资|民营|国有|私营|合资|独资|中外合资|企业)$/.test(head) ||
      /[两二三四五六七八九十\d][大家个]$/.test(head) ||
      // A kind of listing (不乏新三板上市公司, 主板上市公司): 上市公司 names a class of firms, not one.
      /(上市|挂牌)$/.test(head)
    )
      continue;
    const name = normaliseName(doc.text.slice(start, end));
    out.push({ name, via: 'suffix', quote: sentenceAt(doc, start, end), start, end });
  }
  for (const p of doc.match.matchAll(PLACE_PLANT)) {
    const end = (p.index ?? 0) + p[0].length - 1;
    const start = placePlant(doc, end);
    if (start < 0) continue;
    const name = normaliseName(doc.text.slice(start, end + 1));
    out.push({ name, via: 'suffix', quote: sentenceAt(doc, start, end + 1), start, end: end + 1 });
  }
  const listed = (from: number, run: string, ok: (item: string) => boolean) => {
    let at = from;
    for (const item of run.split('、')) {
      // The list's closer on its last item (以甲、乙、丙等为龙头) is no part of the name.
      const trimmed = item
        .trim()
        .replace(/^(为|和|与|及|具有|了)/, '')
        .replace(/等$/, '');
      const start = at + item.indexOf(trimmed);
      at += item.length + 1;
      if (trimmed.length < 2 || trimmed.length > 8 || !ok(trimmed)) continue;
      out.push(listedFirm(doc, start, start + trimmed.length));
    }
  };
  for (const l of doc.match.matchAll(LISTED))
    listed((l.index ?? 0) + (l[1]?.length ?? 0), l[2] ?? '', (x) => !NOT_FIRM.test(x));
  for (const l of doc.match.matchAll(LISTED_FIRMS)) {
    const run = l[1] ?? '';
    const lead = Math.max(cutLength(run), IN_ZONE.exec(run)?.[0].length ?? 0);
    // Items all of common words (配套包装、印刷、物流等企业18家) are trades the firms are in, not firms.
    if (run.slice(lead).split('、').every(tradeOnly)) continue;
    listed((l.index ?? 0) + lead, run.slice(lead), (x) => !NOT_FIRM_WORD.test(x));
  }
  // A gloss on how firms were counted (121家(工商注册口径)) names none.
  for (const l of doc.match.matchAll(COUNTED_FIRMS))
    if (!/口径|统计|数据|标准|以上|以下|含/.test(l[1] ?? ''))
      listed(
        (l.index ?? 0) + l[0].length - 1 - (l[1]?.length ?? 0),
        l[1] ?? '',
        (x) => !NOT_FIRM_WORD.test(x),
      );
  const owners = [...doc.match.matchAll(OWNER), ...doc.match.matchAll(ITEM_OWNER)];
  for (const o of doc.match.matchAll(PROJECT_OWNER))
    if (isOwner(o[1] ?? '') || brandAndTrade(o[1] ?? '') || charByChar(o[1] ?? '')) owners.push(o);
  for (const o of doc.match.matchAll(INVESTOR)) {
    const name = o[1] ?? '';
    if (!isBrandLed(name)) continue;
    // …的甲斑智能农机生产项目: a name ending in what the project does is its brand before the product.
    // …的甲乙丙高端医疗项目: a brand and the field of the project (common words) names the brand.
    const brand = /(生产|制造|加工)$/.test(name) ? projectBrand(name) : fieldBrand(name) || name;
    if (brand) owners.push(Object.assign([o[0], brand] as unknown as RegExpExecArray, { index: o.index }));
  }
  // (A run ending in 年产 holds the capacity's own word: 新建年产500吨…生产线 names no owner — 新建 is also a place.)
  for (const o of doc.match.matchAll(LINE_OWNER))
    if (placeBrand(o[1] ?? '') && !/年产$/u.test(o[1] ?? '')) owners.push(o);
  for (const o of doc.match.matchAll(PHASE_OWNER)) if (brandLed((o[1] ?? '').slice(0, 2))) owners.push(o);
  for (const o of doc.match.matchAll(LATIN_OWNER)) if (rareOrBrand(o[1] ?? '')) owners.push(o);
  for (const o of doc.match.matchAll(LEADING_ITEM)) {
    const brand = brandOf(o[1] ?? '');
    if (brand) owners.push(Object.assign([o[0], brand] as unknown as RegExpExecArray, { index: o.index }));
  }
  for (const o of doc.match.matchAll(NUMBERED_PROJECT)) {
    const brand = projectBrand(o[1] ?? '');
    if (brand && (o[1] ?? '').startsWith(brand) && brand !== o[1])
      owners.push(Object.assign([o[0], brand] as unknown as RegExpExecArray, { index: o.index }));
  }
  for (const o of owners) {
    const start = (o.index ?? 0) + (o[0].indexOf(o[1] ?? '') ?? 0);
    const end = start + (o[1]?.length ?? 0);
    out.push(listedFirm(doc, start, end));
  }
  for (const l of doc.match.matchAll(LEADERS))
    listed((l.index ?? 0) + 1, l[1] ?? '', (x) => !NOT_FIRM_WORD.test(x) && !NOT_LEADER.test(x));
  for (const l of doc.match.matchAll(LISTED_PROJECTS))
    listed((l.index ?? 0) + (l[1]?.length ?? 0), l[2] ?? '', (x) => placeBrand(x) && !NOT_FIRM.test(x));
  for (const l of doc.match.matchAll(PROJECT_LIST)) {
    const run = l[2] ?? '';
    const lead = CUT.exec(run)?.[0].length ?? 0;
    const items = run.slice(lead).split('、');
    const brands = items.map((item) => projectBrand(item));
    if (items.length < 2 || brands.some((b, i) => !b || !items[i]?.startsWith(b))) continue;
    pushHeads(doc, out, (l.index ?? 0) + (l[1]?.length ?? 0) + lead, items, brands, 1);
  }
  for (const l of linesDone(doc)) {
    const items = (l[1] ?? '').split('、').map((item) => item.replace(/生产线$/, ''));
    const names = items.map(lineOwner);
    if (names.some((n) => !n)) continue;
    pushHeads(doc, out, l.index ?? 0, items, names, '生产线、'.length);
  }
  out.push(...findListedFirms(doc), ...titledFirms(doc));
  // A project's owner read by its short name only where no other rule read a name there (鲁斑 of 鲁斑智能农机项目).
  out.push(...projectOwners(doc).filter((o) => !out.some((m) => m.start < o.end && o.start < m.end)));
  out.push(...siblingFirms(doc, out));
  // A phase after a firm's name in a list of projects (甲乙铜业二期、丙丁环保二期等扩改项目) is the project's.
  for (const m of out)
    if (m.via === 'listed' && /^.{2,}[一二三四五六七八九十]期$/u.test(m.name)) {
      m.end -= 2;
      m.name = normaliseName(doc.text.slice(m.start, m.end));
    }
  for (const m of out) withConjunction(doc, m, out);
  // Two rules reading one name (创实 by its list, 创实玻璃 by its 年产 clause; 晴集团 cut at 以 from 厦门以晴集团):
  // the longer reading stands.
  const inside = (m: EnterpriseMention) =>
    (m.via === 'listed' &&
      out.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) ||
    // A company named as the owner of the branch written right after it (甲乙公司某县分公司) is the branch's name.
    out.some((o) => o.start === m.start && o.end > m.end && /分公司$/.test(o.name));
  return dedupe(out.filter((m) => !inside(m)).sort((a, b) => a.start - b.start));
}
