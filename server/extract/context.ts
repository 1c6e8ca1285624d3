/**
 * Context around the chains: zones and parks, enterprises, projects with capacities. Pure and rule-based; each
 * mention keeps its span and sentence. Names are read on the simplified view and returned in the original text.
 */

import type { EnterpriseMention, ProjectMention, ZoneMention } from '../../vocab/imports.ts';
import { opensWithVerb, tag } from './lexicon.ts';
import { isPlace } from './places.ts';
import { type Doc, normaliseName, sentenceAt } from './text.ts';

/** Words that end the run of characters before a name (verbs, function words): the name starts after them. */
const CUT =
  /^.*(的|在|批准|设立|成立|以|与|和|及|为|把|将|对|向|于|到|由|是|推动|打造|建设|依托|围绕|聚焦|加快|推进|发展|布局|引进|引导|支持|培育|共建|合作|形成|构建|落户|入驻|加强|促进|强化|实施|建成|规划|包括|重点|优先|积极|鼓励|做强|壮大|目标|结合|(?<!综合)利用|区域|创建|配套项目|加速|实现|承接|联合|深入发掘|制定|完善|提高|牵头组织|建立|管委会|各|深化|探索|发挥|融入|对接|加大|解析|介绍|随[着著]|其中|从|至|等|了|续建|\d{2,4}年)/u;
const NAME_CHARS = /[\p{Script=Han}A-Za-z0-9—－]/u;

function nameBefore(doc: Doc, end: number, max: number): number {
  let s = end;
  while (s > 0 && end - s < max && NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
  const cut = CUT.exec(doc.match.slice(s, end));
  return cut ? s + cut[0].length : s;
}

function dedupe<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((it) => !seen.has(it.name) && seen.add(it.name));
}

const ZONE =
  /组团|功能区|片区|产业园区|产业园|工业园区|工业园|园区|(?<!工业)产业区|服务区|加工区|聚集区|集聚区|度假区|物流园区?|创业园|科技园|智慧园|经济技术开发区|开发区|经开区|高新区|核心区|拓展区|辅助区|新城(?!组团|片区)|(?<=安全|信息|数字|科技|光电|医药|健康|能源|软件|智造)谷/g;

const LEVEL = /^(?:[和及与、]?(?:国家|省|自治区|市|州|县)级)+/;
/** What a level may stand before without naming a zone: a generic kind (省级经济开发区, 市级绿色园区). */
const SHORT_ZONE = /^(经济|高新|工业|产业|绿色|特色|生态|重点|现代|开发区|经开区|高新区|园区|工业园|产业园)/;
const AREA_AFTER = /^(全[省市国县区]|(?:国家|省|自治区|市|州|县)级)/;
const FORMER = /(前身[为是]|原名|原称|曾用名)$/;

const GENERIC_ZONE =
  /^(该|本|专业|示范|智慧|区域性|核心配套|园区|一区)|^.?(园区|组团|片区)$|^(产业|工业|旅游|物流)(园区?|聚集区|集聚区|度假区)$/;

const CUT_NO_AND = new RegExp(CUT.source.replace('|与|和|及|', '|'), 'u');

/**
 * Where a zone's name starts: as for any name (nameBefore), except that 及/和/与 cut only after a zone (A园区及B园区)
 * or at the start of the run — inside a name they join its words (新能源三轮摩托车及核心配套产业园).
 */
/** Words that end a preamble but also sit inside zone names (川渝产业合作示范园区, 安民工业发展辅助区). */
const CUT_IN_ZONE = new RegExp(CUT.source.replace(/\|(合作|发展|联合|共建)(?=\|)/g, ''), 'u');

/** Back over a bracketed place inside a zone's name: 西部（綦江）信息安全谷, 甲县(今乙区)工业园区. */
function overBracket(doc: Doc, s: number): number {
  const close = doc.match[s - 1];
  if (close !== '）' && close !== ')') return s;
  const open = doc.match.lastIndexOf(close === '）' ? '（' : '(', s - 1);
  return open >= 0 && s - open <= 6 && NAME_CHARS.test(doc.match[open - 1] ?? '') ? open : s;
}

function zoneStart(doc: Doc, at: number): number {
  const start = zoneStartAt(doc, at);
  // A cut that leaves only a generic word (示范园区, 辅助区): the cut word was part of the name.
  if (at - start >= 2 && !GENERIC_ZONE.test(doc.match.slice(start, at + 2))) return start;
  // Only a cut at a word that also sits inside names (合作, 发展 …) is undone: 基地和产业园区 stays cut.
  if (!/(合作|发展|联合|共建)$/.test(doc.match.slice(Math.max(0, start - 2), start))) return start;
  let s = at;
  while (s > 0 && at - s < 30) {
    const back = overBracket(doc, s);
    if (back < s) s = back;
    else if (NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
    else break;
  }
  const cut = CUT_IN_ZONE.exec(doc.match.slice(s, at));
  const widened = cut ? s + cut[0].length : s;
  return at - widened >= 2 ? widened : start;
}

function zoneStartAt(doc: Doc, at: number): number {
  const plain = nameBefore(doc, at, 16);
  // A bracketed place inside the name (西部（綦江）信息安全谷): read on before it.
  const bracket = overBracket(doc, plain);
  const start =
    bracket < plain && plain - nameBefore(doc, bracket, 8) > 0 ? nameBefore(doc, bracket, 8) : plain;
  const joiner = doc.match[start - 1] ?? '';
  // 和 after a zone or a road (…片区2号路和B产业园) joins two items, not the words of one name.
  if (!/[及和与]/.test(joiner) || /[园区团城地路]/.test(doc.match[start - 2] ?? '')) return start;
  let s = at;
  while (s > 0 && at - s < 24 && NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
  if (s === start - 1) return start;
  const cut = CUT_NO_AND.exec(doc.match.slice(s, at));
  const widened = cut ? s + cut[0].length : s;
  return at - widened <= 20 ? widened : start;
}

const HEAD_WORD = /^.*(简介|概况|管理|[一二两三四五六七八九十多\d]+[园区]即)/u;
const NUMBERING =
  /^(第[一二三四五六七八九十百零〇]+[章篇]|[一二三四五六七八九十]+、|专栏\s*\d+|（[一二三四五六七八九十]+）|\d{1,2}[.．])\s*/u;

/**
 * A zone's name never runs across a heading (line breaks are gone from the text): a heading that ends before the
 * zone word ends the run before the name (一、基本情况 + 四川某某经济开发区), and one that starts inside the run
 * starts the name after its numbering (…辅助区 + （一）园区概况).
 */
function afterHeadings(doc: Doc, start: number, at: number): number {
  let last = -1;
  for (let [lo, hi] = [0, doc.headings.length - 1]; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if ((doc.headings[mid]?.at ?? 0) <= at) [last, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  let s = start;
  // Headings sit on separate lines: only the last one or two before the zone word can reach into its name.
  for (let i = last; i >= 0 && i > last - 2; i--) {
    const h = doc.headings[i];
    if (!h) break;
    const end = h.at + h.text.length;
    if (end <= start) break;
    if (end <= at) s = Math.max(s, end);
    else if (h.at >= s) s = h.at + (NUMBERING.exec(doc.match.slice(h.at, at))?.[0].length ?? 0);
  }
  return s;
}

/** An honour a zone was granted, written in quotes after the verb (成功申报为“某省循环经济示范园区”): not a zone. */
const HONOUR = /(申报|评为|评定为|认定为|命名为|授予|荣获|获批|获评|列为|入选)[^，。；,;：:]*“$/u;

/** Verbs that sit inside zone names before 园区 (示范园区, 孵化园区): not a verb with the generic word as object. */
const NAME_VERBS = /(示范|孵化|创业|创新|配套|加工|合作|转移|承接|循环|物流)$/;

/** The words before a bare 园区 end with a verb (by part of speech): 提升园区 is not a zone. */
function afterVerb(words: string): boolean {
  const last = tag(words.replace(/[了着过]$/, '')).at(-1);
  return !!last && last.tag === 'v' && !NAME_VERBS.test(words);
}

export function findZones(doc: Doc): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const z of doc.match.matchAll(ZONE)) {
    const end = (z.index ?? 0) + z[0].length;
    let start = zoneStart(doc, z.index ?? 0);
    // A heading word or a verb of a layout sentence never starts a zone's name (…简介嘉祥经济开发区, 同时管理化工产业园,
    // 一区即X开发区).
    start += HEAD_WORD.exec(doc.match.slice(start, z.index))?.[0].length ?? 0;
    start = afterHeadings(doc, start, z.index ?? 0);
    start = Math.max(start, ...(doc.titleEnds ?? []).filter((e) => e <= (z.index ?? 0)).slice(-1));
    // A demonstrative before the zone word (目前该功能区, 此园区) refers to a zone named elsewhere.
    if (/[该此这]$/.test(doc.match.slice(start, z.index))) continue;
    if (HONOUR.test(doc.match.slice(Math.max(0, start - 40), start))) continue;
    // A former name (前身为X, 原名X) is not a zone of the plan.
    if (FORMER.test(doc.match.slice(Math.max(0, start - 4), start))) continue;
    // A level before a name (市级临港工业园) is not part of it; a level alone (省级经济开发区) names no zone.
    const level = LEVEL.exec(doc.match.slice(start, z.index))?.[0].length ?? 0;
    if (level && (SHORT_ZONE.test(doc.match.slice(start + level, end)) || (z.index ?? 0) - start - level < 2))
      continue;
    start += level;
    if ((z.index ?? 0) - start < 2 || GENERIC_ZONE.test(doc.match.slice(start, end))) continue;
    const name = normaliseName(doc.text.slice(start, end));
    // A verb before a level or a whole area (争当全省工业园区, 创成市级园区) makes a predicate, not a zone.
    const verb = tag(doc.match.slice(start, end))[0];
    if (
      verb?.tag === 'v' &&
      verb.word.length >= 2 &&
      AREA_AFTER.test(doc.match.slice(start + verb.word.length))
    )
      continue;
    // A generic zone word after verbs the cut does not know (修建通往工业聚集区) is the common word.
    const words = tag(doc.match.slice(start, end));
    const lead = words.findIndex(
      (w) => !['v', 'p', 'd'].includes(w.tag) || w.word.length < 2 || isPlace(w.word),
    );
    if (
      lead > 0 &&
      GENERIC_ZONE.test(
        words
          .slice(lead)
          .map((w) => w.word)
          .join(''),
      )
    )
      continue;
    // A level inside a name follows the place it belongs to (綦江国家级高新区); after other words and before a
    // generic word it is a predicate (创成市级园区).
    const inner = /(国家|省|自治区|市|州|县)级/.exec(doc.match.slice(start, z.index));
    if (
      inner?.index &&
      !isPlace(doc.match.slice(start, start + inner.index)) &&
      GENERIC_ZONE.test(doc.match.slice(start + inner.index + inner[0].length, end))
    )
      continue;
    // 新城 and …谷 are zones only as names, not after a verb the cut does not know (发挥永桐新城建设).
    if (/新城|谷/.test(z[0]) && opensWithVerb(name)) continue;
    // The bare word 园区 right after a verb is the generic word, object of the verb (跑出园区, 狠抓园区).
    if (z[0] === '园区' && afterVerb(doc.match.slice(start, z.index))) continue;
    out.push({ name, kind: z[0], quote: sentenceAt(doc, start, end), start, end });
  }
  return dedupe(out);
}

const COMPANY = /股份有限公司|有限责任公司|有限公司|公司|集团|股份/g;
const LISTED =
  /(依托|聚焦|推动|引进|引导|支持|发挥)([^，。；：“”]{2,80}?)等(?:[^，。；]{0,8}?)(企业|龙头|公司|集团|链主|本地)/g;
/**
 * Any list closed by 等(龙头|重点|骨干|本地)企业 names firms, whatever verb opens it (结合…园区内万盛煤化、东方希望等龙头
 *企业): the run after the last separator, less its preamble (CUT, or a zone with 内 before the first name).
 */
const LISTED_FIRMS =
  /([^，。；：,;:“”（）]{2,80}?)等(?:[多一二两三四五六七八九十几数\d]+[家批个])?(龙头|重点|骨干|本地|行业|大型|知名|规上|优质)?(企业|公司)/g;
const IN_ZONE = /^.*(园区|组团|产业园|开发区|经开区|高新区|新区|基地|新城)内/u;
/** A list closed by 等项目 names a firm when an item is a place name plus a brand (河北金谷, 重庆哈斯特). */
const LISTED_PROJECTS = /(加快|推进|推动|实施|支持)([^，。；：“”]{2,60}?)等(?:重点|重大)?项目/g;
const NOT_FIRM_WORD =
  /产业|行业|领域|资源|优势|平台|项目|园区|组团|基地|学院|实验室|研究院|中心|市场|品牌|的|\d/;
/** Names that end like a product: kept out of verb-led lists, allowed where the list says 等企业. */
const PRODUCT_LIKE =
  /(材料|元器件|液|膜|极|器|件|加工|制造|处理|储运|发电|厂|设备|感知|封装|轮|轴|箱|新材料|大健康|合金|铜)$/;
const NOT_FIRM = new RegExp(`${NOT_FIRM_WORD.source}|${PRODUCT_LIKE.source}`);

/**
 * A firm named as the owner of a plant in a sentence that pushes it on (推进三峰环保垃圾焚烧发电厂…, 加快西南水泥生产线
 * 搬迁): a two- or three-character brand and a trade word firms name themselves by, right before the plant.
 */
const TRADE = '环保|能源|电力|科技|铝业|电铝|药业|化工|新材|传动|动力|机械|电子|食品|实业|建材|钢构|水泥';
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
 * The owner of a yearly-output project, named without a company suffix at the start of a list item (看到，某某年产
 * 30万吨饲料项目、某某年产5万吨酵母项目): two to four characters that are all names or nouns by part of speech.
 */
const PROJECT_OWNER =
  /(?<=^|[、，,：:；;。\s])([\p{Script=Han}]{2,4})年产(?!能|值|量)[^、，,。；;]{2,40}?项目/gu;
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
  /投资[\d.,]+\s*(?:亿|万)?(?:港|美|欧)?元(?:人民币)?的([\p{Script=Han}]{4,10}?)(?=项目|搬迁|扩建|技改|改造|[、，,。；;等])/gu;
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

/** A place of the gazetteer (province, city, county) followed by a two- to four-character brand: 河北金谷. */
function placeBrand(name: string): boolean {
  for (const n of [2, 3]) {
    const brand = name.slice(n);
    if (isPlace(name.slice(0, n)) && brand.length >= 2 && brand.length <= 4 && !isPlace(name)) return true;
  }
  return false;
}

export function findEnterprises(doc: Doc): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  for (const c of doc.match.matchAll(COMPANY)) {
    const end = (c.index ?? 0) + c[0].length;
    const start = nameBefore(doc, c.index ?? 0, 20);
    if ((c.index ?? 0) - start < 2 || /^(本|该|各|其|子|母|分|总)$/.test(doc.match.slice(start, c.index)))
      continue;
    const name = normaliseName(doc.text.slice(start, end));
    out.push({ name, via: 'suffix', quote: sentenceAt(doc, start, end), start, end });
  }
  const listed = (from: number, run: string, ok: (item: string) => boolean) => {
    let at = from;
    for (const item of run.split('、')) {
      const trimmed = item.trim().replace(/^(为|和|与|及|具有|了)/, '');
      const start = at + item.indexOf(trimmed);
      at += item.length + 1;
      if (trimmed.length < 2 || trimmed.length > 8 || !ok(trimmed)) continue;
      const name = normaliseName(doc.text.slice(start, start + trimmed.length));
      out.push({
        name,
        via: 'listed',
        quote: sentenceAt(doc, start, start + trimmed.length),
        start,
        end: start + trimmed.length,
      });
    }
  };
  for (const l of doc.match.matchAll(LISTED))
    listed((l.index ?? 0) + (l[1]?.length ?? 0), l[2] ?? '', (x) => !NOT_FIRM.test(x));
  for (const l of doc.match.matchAll(LISTED_FIRMS)) {
    const run = l[1] ?? '';
    const lead = Math.max(CUT.exec(run)?.[0].length ?? 0, IN_ZONE.exec(run)?.[0].length ?? 0);
    listed((l.index ?? 0) + lead, run.slice(lead), (x) => !NOT_FIRM_WORD.test(x));
  }
  const owners = [...doc.match.matchAll(OWNER), ...doc.match.matchAll(ITEM_OWNER)];
  for (const o of doc.match.matchAll(PROJECT_OWNER)) if (isOwner(o[1] ?? '')) owners.push(o);
  for (const o of doc.match.matchAll(INVESTOR)) if (isBrandLed(o[1] ?? '')) owners.push(o);
  for (const o of doc.match.matchAll(LINE_OWNER)) if (placeBrand(o[1] ?? '')) owners.push(o);
  for (const o of doc.match.matchAll(LEADING_ITEM)) {
    const brand = brandOf(o[1] ?? '');
    if (brand) owners.push(Object.assign([o[0], brand] as unknown as RegExpExecArray, { index: o.index }));
  }
  for (const o of owners) {
    const start = (o.index ?? 0) + (o[0].indexOf(o[1] ?? '') ?? 0);
    const end = start + (o[1]?.length ?? 0);
    out.push({
      name: normaliseName(doc.text.slice(start, end)),
      via: 'listed',
      quote: sentenceAt(doc, start, end),
      start,
      end,
    });
  }
  for (const l of doc.match.matchAll(LEADERS))
    listed((l.index ?? 0) + 1, l[1] ?? '', (x) => !NOT_FIRM_WORD.test(x) && !NOT_LEADER.test(x));
  for (const l of doc.match.matchAll(LISTED_PROJECTS))
    listed((l.index ?? 0) + (l[1]?.length ?? 0), l[2] ?? '', (x) => placeBrand(x) && !NOT_FIRM.test(x));
  return dedupe(out.sort((a, b) => a.start - b.start));
}

const UNIT =
  '万吨|吨|万台|台|万套|套|万辆|辆|万件|件|万部|万块|亿平方米|万平方米|GWh|MWh|MW|万头|万只|亿只|万片|亿片';
const YEARLY_BEFORE = new RegExp(
  `年产(?!能|值|量)\\s*([^\\d，。；]{0,8}?)\\s*([\\d.,]+)\\s*(${UNIT})\\s*([^，。；、,;\\d]{0,20})`,
  'g',
);
const PER_YEAR_AFTER = new RegExp(
  `([\\p{Script=Han}A-Za-z（）]{2,16}?)\\s*([\\d.,]+)\\s*(${UNIT})\\s*/\\s*年`,
  'gu',
);
const PRODUCT_END = /(生产线|生产能力|产能|项目|的|等|及|和|达产|投产).*$/;

export function findProjects(doc: Doc): ProjectMention[] {
  const out: ProjectMention[] = [];
  const push = (name: string, value: string, unit: string, start: number, end: number) => {
    const clean = normaliseName(name).replace(PRODUCT_END, '');
    if (!clean) return;
    out.push({
      name: clean,
      value: Number(value.replace(/,/g, '')),
      unit,
      quote: sentenceAt(doc, start, end),
      start,
      end,
    });
  };
  for (const p of doc.match.matchAll(YEARLY_BEFORE)) {
    const start = p.index ?? 0;
    if (/\d\s*$/.test(doc.match.slice(Math.max(0, start - 3), start))) continue; // “2020 年产出” is a year
    const end = start + p[0].length;
    const product = p[4]?.trim() ? p[4] : (p[1] ?? '');
    const at = doc.match.indexOf(product, start);
    push(doc.text.slice(at, at + product.length), p[2] ?? '', `${p[3]}/年`, start, end);
  }
  for (const p of doc.match.matchAll(PER_YEAR_AFTER)) {
    const start = p.index ?? 0;
    const lead = CUT.exec(p[1] ?? '')?.[0].length ?? 0;
    const name = doc.text.slice(start + lead, start + (p[1]?.length ?? 0));
    push(name, p[2] ?? '', `${p[3]}/年`, start + lead, start + p[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}
