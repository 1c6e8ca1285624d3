/**
 * Links the plan says it will bring in (规划点名引进的环节): 重点引进三元正极材料…生产企业, 加速引进高纯电子级盐酸…,
 * 拟在铝用阳极炭块、铝型材等方面引进项目. A link is sought where a clause has a recruit or fill word (RECRUIT) and names,
 * after the word and before the clause ends (，；。), a link of the plan's chains — or names it in a frame that the word
 * closes (在…等方面引进, 在…领域招引). Read on the simplified view of the text (facts/index.ts), so names are the links as
 * the graph stores them. Not sought:
 * - a past fact: the word after 已/已经/先后/相继/累计/成功/曾/共, or followed by 了 (引进了) or 的 (引进的企业: a description);
 * - a negation: 不/未/没有/严禁/禁止/限制/不得/不再 right before the word;
 * - an intro of talent, technology, equipment, capital or research (引进人才, 引进先进设备, 引进科研院所), or a link whose
 *   list item goes on with 技术/工艺/设备/人才… (引进锂电池回收技术);
 * - a link only inside a longer link of the plan (longest match wins: 铝 inside 铝合金 is 铝合金);
 * - a one-character link unless its mention is a whole list item (引进煤、电、铝等项目).
 * One fact per link and sentence (the first mention), with the word that made it (`cue`).
 */
import type { SoughtFact } from '../../../vocab/imports.ts';
import { type Doc, lastAtOrBefore, sentenceAt } from '../text.ts';

/**
 * Recruit words (bring firms or projects in) and fill words (a gap to close: 补齐/补短板/填补/缺少). 引入 is left out: it
 * mostly brings in a mechanism, capital or competition (引入竞争机制, 引入社会资本), not a link's producers.
 */
const RECRUIT = /招大引强|招大招强|引进|引育|招引|招商|补链|延链|补齐|补短板|填补|缺少|缺乏/g;

/** Before the word in its clause: a fact already done, or a negation. */
const PAST = /(已|已经|先后|相继|累计|成功|曾|曾经|共|共计)[^，。；]{0,3}$/;
const NEGATED = /(不|未|没有|严禁|禁止|限制|不得|不再|无需)[再新]?$/;
/** After the word: a fact already done (引进了), or a description of what was brought in (引进的企业). */
const DONE_AFTER = /^(了|的|过)/;
/** What the word brings in when it is no link's producer: talent, technology, equipment, capital, research. */
const NOT_PRODUCERS =
  /^(国内外|海内外|国外|海外|先进|高端|优秀|高层次|高素质|急需|紧缺|专业|各类|一批)?(的)?(人才|技术|设备|工艺|团队|专家|资金|资本|外资|内资|科研|院所|高校|研发机构|管理|理念|模式|经验|智力)/;
/** A list item that goes on, after the link, to name a technique or equipment of it (锂电池回收技术). */
const ITEM_NOT_PRODUCT = /^(生产|制造|加工|回收|处理|检测|研发)?(技术|工艺|设备|人才|团队|专家)/;
/** Where a clause ends: the word's reach. */
const CLAUSE_END = /[，,；;。！？!?]/;
/** How far a word reaches at most on either side, in characters (a clause is seldom longer). */
const REACH = 200;
/** Where a sentence ends: one fact per link and sentence. */
const SENTENCE_END = /[；;。！？!?]/;
/** A frame the word closes: 在/围绕 … (等)方面/领域 + word. */
const FRAME = /(在|围绕)([^，,；;。！？!?]{1,120}?)等?(方面|领域)$/;
/**
 * A word nominalised after what it recruits (抓好制氢…领域企业引育, 5G企业的引进): the firms, projects or industry it
 * brings in stand before it, so it reaches back to its clause's start.
 */
const RECRUITED_BEFORE = /(企业|项目|产业)的?$/;
/**
 * What may follow a link that names the product itself: a list's bound, or the producer, project, field or base of
 * it (玻璃纤维制造企业, 汽车电子项目, 再生铝产能; 以X为主). Anything else goes on to name another product of which the link is only
 * a part (玻璃纤维工业织物制品, 汽车电子电源管理芯片).
 */
const PRODUCT_ENDS =
  /^((深加工|精深加工|生产|制造|加工|研发|配套)?(企业|项目|厂商|厂家|龙头|领军|头部|领域|环节|产业|行业|基地|集群|产能|产品|链|类)|为主|为重点)/;
/** What bounds a whole list item (for one-character links). */
const ITEM_BOUND = /[、，,；;。：:（(）)“”"'‘’及和与或等\s]/;

/** Where a recruit word reaches: after it (the rest of its clause), the frame it closes, or back before it. */
export interface Reach {
  from: number;
  to: number;
  cue: string;
  kind: 'after' | 'frame' | 'before';
}

/**
 * Where clauses end, sorted: after each ，；。！？ and where a heading or a title line starts or ends (line breaks are
 * gone from the text, and no clause runs across a heading). Found once, so a clause is found by binary search.
 */
function clauseBounds(doc: Doc): number[] {
  const text = doc.match;
  const out = new Set<number>([0, text.length]);
  for (const h of doc.headings) out.add(h.at).add(h.at + h.text.length);
  for (const t of doc.titleEnds ?? []) out.add(t);
  for (let i = 0; i < text.length; i++) if (CLAUSE_END.test(text[i] ?? '')) out.add(i).add(i + 1);
  return [...out].sort((a, b) => a - b);
}

/** Where each recruit word reaches: the rest of its clause, or the frame before it. */
export function reaches(doc: Doc): Reach[] {
  const text = doc.match;
  const bounds = clauseBounds(doc);
  const out: Reach[] = [];
  const cues = [...text.matchAll(RECRUIT)];
  cues.forEach((m, j) => {
    const at = m.index ?? 0;
    const cue = m[0];
    const end = at + cue.length;
    // A clause longer than REACH a side (a table or a list without punctuation) is read only that far from the word,
    // and never past the next word or before the previous one (each starts its own reach): reaches do not overlap.
    const key = (i: number) => bounds[i] ?? 0;
    const prev = cues[j - 1];
    const clauseStart = Math.max(
      bounds[lastAtOrBefore(bounds.length, key, at)] ?? 0,
      at - REACH,
      prev ? (prev.index ?? 0) + prev[0].length : 0,
    );
    const next = bounds[lastAtOrBefore(bounds.length, key, end - 1) + 1] ?? text.length;
    const clauseEnd = Math.min(next, end + REACH, cues[j + 1]?.index ?? text.length);
    const before = text.slice(clauseStart, at);
    const after = text.slice(end, clauseEnd);
    if (PAST.test(before) || NEGATED.test(before) || DONE_AFTER.test(after)) return;
    const frame = FRAME.exec(before);
    if (frame) {
      const from = clauseStart + (frame.index ?? 0) + (frame[1]?.length ?? 0);
      out.push({ from, to: from + (frame[2]?.length ?? 0), cue, kind: 'frame' });
    }
    if (RECRUITED_BEFORE.test(before)) out.push({ from: clauseStart, to: at, cue, kind: 'before' });
    if (NOT_PRODUCERS.test(after)) return;
    out.push({ from: end, to: clauseEnd, cue, kind: 'after' });
  });
  return out;
}

interface Hit {
  start: number;
  name: string;
  cue: string;
}

/** Link names as a set with their longest length: a scope is scanned once, whatever the number of names. */
export interface LinkSet {
  names: ReadonlySet<string>;
  longest: number;
}

export function linkSet(names: readonly string[]): LinkSet {
  return { names: new Set(names), longest: names.reduce((m, n) => Math.max(m, n.length), 0) };
}

/**
 * The link mentions in [from, to): longest first (then by name, then left to right), none inside another; a
 * one-character link only as a whole item.
 */
function mentions(text: string, reach: Reach, links: LinkSet): Hit[] {
  const found: { i: number; name: string }[] = [];
  for (let i = reach.from; i < reach.to; i++)
    for (let n = Math.min(links.longest, reach.to - i); n >= 1; n--) {
      const name = text.slice(i, i + n);
      if (links.names.has(name)) found.push({ i, name });
    }
  found.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name) || a.i - b.i);
  const taken: Hit[] = [];
  for (const { i, name } of found) {
    const end = i + name.length;
    const overlaps = taken.some((h) => i < h.start + h.name.length && h.start < end);
    const whole =
      name.length > 1 ||
      ((i === reach.from || ITEM_BOUND.test(text[i - 1] ?? '')) &&
        (end === reach.to || ITEM_BOUND.test(text[end] ?? '')));
    const item = text.slice(end, Math.min(reach.to, end + 12)).split(/[、，,；;]/)[0] ?? '';
    const product = end === reach.to || ITEM_BOUND.test(text[end] ?? '') || PRODUCT_ENDS.test(item);
    if (!overlaps && whole && product && !ITEM_NOT_PRODUCT.test(item))
      taken.push({ start: i, name, cue: reach.cue });
  }
  return taken;
}

/** Where each sentence starts (after 。！？；), sorted. */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.test(text[i] ?? '')) out.push(i + 1);
  return out;
}

/** Names without spaces, longest first (a longer link takes its span before a link it holds: 铝合金 before 铝). */
export function linkNames(links: readonly string[]): string[] {
  return [...new Set(links.map((l) => l.replace(/\s+/g, '')).filter((l) => l.length > 0))].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );
}

/** The sentence start (after 。！？；) of an offset, found by binary search. */
export function sentenceStartOf(text: string): (at: number) => number {
  const starts = sentenceStarts(text);
  return (at) => starts[lastAtOrBefore(starts.length, (i) => starts[i] ?? 0, at)] ?? 0;
}

/**
 * The sought links of the plan: `links` are the plan's chain links (simplified, as `doc` is the simplified view),
 * `graphLinks` the links of the graph's chains (the upload's lexicon; none without one): a name that is only a graph
 * link is marked `graph`. One per link and sentence, in text order. `found`: the recruit words' reaches, when the
 * caller has them already.
 */
export function soughtFacts(
  doc: Doc,
  links: readonly string[],
  graphLinks: readonly string[] = [],
  found: readonly Reach[] = reaches(doc),
): SoughtFact[] {
  const text = doc.match;
  const own = new Set(linkNames(links));
  const names = linkNames([...own, ...graphLinks]);
  if (names.length === 0) return [];
  const set = linkSet(names);
  const hits = found.flatMap((r) => mentions(text, r, set));
  hits.sort((a, b) => a.start - b.start);
  const sentenceOf = sentenceStartOf(text);
  const seen = new Set<string>();
  const out: SoughtFact[] = [];
  for (const h of hits) {
    const key = `${h.name}@${sentenceOf(h.start)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const end = h.start + h.name.length;
    const fact: SoughtFact = {
      name: h.name,
      start: h.start,
      end,
      quote: sentenceAt(doc, h.start, end),
      cue: h.cue,
    };
    if (!own.has(h.name)) fact.graph = true;
    out.push(fact);
  }
  return out;
}
