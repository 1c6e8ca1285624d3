/**
 * What a recruit word brings in when it names a list of products (拟在铝用阳极炭块、铝塑复合板、铝合金生产…等方面引进项目;
 * 重点引进超薄钛带、超厚钛板材等深加工项目). Each item of the list is cut from it and cleaned (一批, 生产, 企业, 项目 …
 * dropped); an item that is a link — of the plan's chains or of the graph's — is a sought link (sought.ts reads most of
 * them already; 铝合金生产 it does not, as 生产 is no product end), any other product is a wanted item (`facts.wanted`),
 * kept out of `facts.sought`: no link of that name exists to seek, and the review offers it as a new link.
 *
 * Only what the word governs as a list: after the word up to the list's 等 (or its clause end), with two items at least
 * (A、B), or one item with its producer word (引进扶持封装测试企业); or the whole 在…等方面 frame. Not the clause before a
 * nominalised word (…产业项目招引: a clause of its own, seldom a list). Not an item:
 * - talent, technology, equipment, capital, research (the same words as sought.ts);
 * - a firm's kind or rank, not its product: 龙头, 配套, 关键环节, 上下游, 头部, 央企, 上市公司, 优质项目 …;
 * - an industry, not a product: 电子信息, 生物医药, 新材料, 高新技术 … (a short list), or a name ending in 产业/集群;
 * - a phrase, not a name: with 的, a digit, or a verb at its start (发展, 建设, 推进 …); longer than 14 characters.
 */
import type { SoughtFact, WantedFact } from '../../../vocab/imports.ts';
import { type Doc, sentenceAt } from '../text.ts';
import { linkNames, type Reach, sentenceStartOf } from './sought.ts';

/** Where a list ends: its 等 (等方面, 等项目), a clause or sentence end. */
const LIST_END = /等|[，,；;。！？!?：:]/;
/** Where the words after a list's 等 end. */
const CLAUSE = /[，,；;。！？!?]/;
/** Words that join two items inside a list segment. */
const JOIN = /以及|及|和|与/;
/** The recruit words whose lists are read (fill words — 补齐, 缺少 … — govern needs and gaps as often as products). */
const RECRUIT_ONLY = /^(引进|引育|招引|招商|招大引强|招大招强)$/;
/** Before an item: an adverb, a second verb, a quantity or a stage (引进培育一批…, 引进上游淀粉加工厂). */
const LEAD =
  /^(重点|积极|大力|着力|加快|培育|扶持|和培育|生产|上游|下游|一批|一些|更多|若干|相关|大型|优质|知名|国内外|海内外|境内外|国内|国外|先进|[一二三四五六七八九十几数两]+[个家批项种])+/;
/**
 * After the list's 等, up to its producer word: a list of techniques, services, standards or abilities (等高端工艺,
 * 等中介服务机构), or of firms (飞鹤、伊利等知名的乳品企业), not of products.
 */
const NOT_PRODUCT_LIST = /技术|工艺|服务|机构|标准|规范|能力|平台|指南|要求|设施|知名|著名|500强/;
/** After an item: its producer, project, field or stage words (锂电池项目, 超厚钛板材等深加工项目, 铝合金生产). */
const TAIL =
  /(企业|项目|厂商|厂家|厂|龙头|大型|骨干|领域|方面|环节|行业|基地|产能|生产线|生产|制造|加工|深加工|精深加工|研发|配套|下游|上游|产业链)+$/;
/** Not a product: a firm's kind or rank, a quality of a project, a service. */
const NOT_ITEM = new Set(
  (
    '龙头 配套 关键环节 关键 核心 骨干 上下游 上下游配套 头部 领军 行业领军 央企 国企 民企 外企 上市公司 企业总部 ' +
    '高端 特色 重大 大块头 优势 优质 新兴 知名 服务 总部 高附加值 高税收 低能耗 低污染 链主 小巨人 专精特新 引领'
  ).split(' '),
);
/** Industries a plan names as fields, not products. */
const INDUSTRY = new Set(
  (
    '电子信息 生物医药 新材料 新能源 高端装备 装备制造 智能制造 先进制造 现代物流 货运物流 物流 循环经济 高新技术 ' +
    '战略性新兴产业 金属加工 食品制造 大健康 文旅 现代服务业 数字经济 化工 石化 冶金 建材 纺织服装 轻工'
  ).split(' '),
);
/** Talent, technology, equipment, capital, research, systems: what is brought in without its producer. */
const NOT_PRODUCT =
  /(人才|技术|设备|工艺|团队|专家|资金|资本|科研|院所|高校|机构|管理|理念|模式|经验|平台|机制|服务)$/;
/** A phrase, not a name: 的, a digit, a place, a verb or a preposition at its start (为长安汽车…配套的, 具有…能力的). */
const PHRASE =
  /的|\d|地区|^(发展|建设|推进|推动|打造|实施|形成|构建|提升|加快|促进|围绕|依托|突破|为|对|向|从|与|在|以|把|将|具有|集|服务)/;

interface Item {
  name: string;
  start: number;
  end: number;
}

/**
 * Cleans one raw item at `start`: its lead and tail words dropped, spaces removed (LED 芯片 is LED芯片). A phrase
 * (`'phrase'`) means the list is not a list of names; a name that is no product is `'no'`.
 */
function cleanItem(raw: string, start: number): Item | 'phrase' | 'no' {
  const lead = LEAD.exec(raw)?.[0].length ?? 0;
  const core = raw.slice(lead).replace(TAIL, '').trimEnd();
  const name = core.replace(/\s+/g, '');
  if (name.length > 14 || PHRASE.test(name)) return 'phrase';
  if (name.length < 2 || NOT_ITEM.has(name) || INDUSTRY.has(name)) return 'no';
  if (/产业|集群$/.test(name) || NOT_PRODUCT.test(name)) return 'no';
  return { name, start: start + lead, end: start + lead + core.length };
}

/**
 * The list a reach holds: its raw items with their offsets, cut on 、 and on 及/和/与 inside a segment; none when the
 * word is itself a list item (项目引进、要素保障), recruits investment (招商引资) or the list names techniques or services.
 */
function rawItems(text: string, reach: Reach): { raw: string; start: number }[] {
  const scope = text.slice(reach.from, reach.to);
  if (reach.kind === 'after' && /^(、|引资)/.test(scope)) return [];
  const end = reach.kind === 'frame' ? scope.length : scope.search(LIST_END);
  const list = end < 0 ? scope : scope.slice(0, end);
  const after =
    scope
      .slice(end + 1)
      .split(CLAUSE)[0]
      ?.split(/企业|项目/)[0] ?? '';
  if (end >= 0 && scope[end] === '等' && NOT_PRODUCT_LIST.test(after)) return [];
  const out: { raw: string; start: number }[] = [];
  let at = 0;
  for (const seg of list.split('、')) {
    const j = JOIN.exec(seg);
    const cut = j && j.index >= 2 && seg.length - j.index - j[0].length >= 2;
    if (j && cut) {
      out.push({ raw: seg.slice(0, j.index), start: reach.from + at });
      out.push({ raw: seg.slice(j.index + j[0].length), start: reach.from + at + j.index + j[0].length });
    } else out.push({ raw: seg, start: reach.from + at });
    at += seg.length + 1;
  }
  return out;
}

/**
 * The items of a reach: a list of two or more, a frame, or one item followed by its producer word; none when its first
 * item is a phrase (为长安汽车、三一重工等龙头企业直接配套的…: the list is not what the word recruits).
 */
function items(text: string, reach: Reach): Item[] {
  if (reach.kind === 'before' || (reach.kind === 'after' && !RECRUIT_ONLY.test(reach.cue))) return [];
  let raws = rawItems(text, reach);
  const first = raws[0];
  if (!first) return [];
  if (raws.length === 1 && reach.kind === 'after') {
    // One item only with its producer word (引进扶持封装测试企业5~10家): the item is what stands before it.
    const m = /^([^就了被把都也还要是在]{2,12}?)(企业|项目)/.exec(first.raw);
    if (!m?.[1]) return [];
    raws = [{ raw: m[1], start: first.start }];
  }
  const cleaned = raws.map((r) => cleanItem(r.raw, r.start));
  // A list of descriptions (创新能力强、具有核心竞争力的骨干企业) or one that starts with a phrase is no list of names.
  if (cleaned[0] === 'phrase' || raws.some((r) => r.raw.includes('的'))) return [];
  return cleaned.filter((c): c is Item => typeof c === 'object');
}

/**
 * The wanted items of the plan, and the sought links its lists name that `sought` (sought.ts) did not read: an item
 * that is a link of `links` (the plan's chains) or `graphLinks` (the graph's). One per name and sentence.
 */
export function wantedFacts(
  doc: Doc,
  found: readonly Reach[],
  sought: readonly SoughtFact[],
  links: readonly string[],
  graphLinks: readonly string[] = [],
): { sought: SoughtFact[]; wanted: WantedFact[] } {
  const text = doc.match;
  const own = new Set(linkNames(links));
  const known = new Set([...own, ...linkNames(graphLinks)]);
  const sentenceOf = sentenceStartOf(text);
  const seen = new Set(sought.map((s) => `${s.name}@${sentenceOf(s.start)}`));
  // A span a sought link already holds is no wanted item (铝合金 read in 铝合金材料项目 is not 铝合金材料 as well).
  const held = (i: Item) => sought.some((s) => s.start < i.end && i.start < s.end);
  const out = { sought: [] as SoughtFact[], wanted: [] as WantedFact[] };
  for (const reach of found)
    for (const item of items(text, reach)) {
      const key = `${item.name}@${sentenceOf(item.start)}`;
      if (seen.has(key) || held(item)) continue;
      seen.add(key);
      const { name, start, end } = item;
      const fact = { name, start, end, quote: sentenceAt(doc, start, end), cue: reach.cue };
      if (!known.has(item.name)) out.wanted.push(fact);
      else out.sought.push(own.has(item.name) ? fact : { ...fact, graph: true });
    }
  out.wanted.sort((a, b) => a.start - b.start);
  return out;
}
