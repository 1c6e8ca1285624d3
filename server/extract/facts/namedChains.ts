/**
 * The chains a plan names in a list (规划点名的产业链): 调整后的10条产业链是:白酒、能源、化工新材料…; 聚焦电子信息、机电制造…
 * 节能环保8条重点产业链; 九大重点产业链——电子信息与软件服务、绿色食品…; 即工程机械、汽车及零部件…等卓越型产业链. The
 * list states the chains' names, not their links: the review offers each as a draft chain for the reviewer to fill.
 *
 * Only a list the plan calls chains: a count of chains (N条/N大/N个 …产业链) or 等 with a kind of chain (等卓越型产业链,
 * 等一批超百亿级产业链) before the chain word; the list stands before it (A、B、C等8条重点产业链) or after it, opened by
 * 是/为/分别为/包括/即/：/—— (10条产业链是:A、B…). Not: a list of industries or clusters (五大百亿级工业产业, 5个千亿产业集群),
 * a chain's own products (蓝牙、耳机、数据线等电子配件产业链: 电子配件 is no kind of chain), a list with no chain word, a
 * list of firms or places. Each name: its (含…) note dropped, 产业链 / 产业 dropped at its end, the first item cut from
 * the verb that governs the list (jieba's tags: 确定了特钢材料 → 特钢材料), the last from its 等; A、B和C split at 和
 * only where the count says the list has one more item (三条产业链: “煤-焦-化”、“冶-建-造”和农副产品加工).
 * Linear scans and bounded patterns only.
 */
import type { NamedChainsFact } from '../../../vocab/imports.ts';
import { amountValue } from '../amounts.ts';
import { tag } from '../lexicon.ts';
import type { Doc } from '../text.ts';

/** A count of chains and its kind before the chain word: 8条重点, 九大重点, 12个, 10个农业主导 (the group: the count). */
const COUNTED =
  /([0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})(?:条|大|个)([^，,。；;、：:\s“”"]{0,8}?)(?:产业链条|产业生态链|产业链)/g;
/**
 * A bare count opening a list, in a sentence about chains: 重点工业产业生态链由6条调整为10条，包括白酒、能源… (the group:
 * the count); read only with a chain word earlier in the sentence, and only the list after it.
 */
const BARE_COUNT = /([0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})条(?=[，,]\s*(?:包括|分别是|分别为|即))/g;
/** 等 and a kind of chain: 等卓越型产业链, 等一批超百亿级产业链, 等重点产业链 (the group: the kind). */
const KIND_AFTER_DENG = /等([^，,。；;、：:\s“”"]{0,8}?)(?:产业链条|产业链)/g;
/** The words that may stand between the count (or 等) and the chain word: kinds and ranks of chains, not products. */
const KIND =
  /^(?:一批|省级|市级|县级|区级|重点|主导|优势|支柱|新兴|特色|核心|标志性|战略性|农业|工业|制造业|先进制造业|现代服务业|子|[^、]{0,4}[型级])*$/;
/** What opens a list after the chain word (also after a comma: 33条重点产业链，既包括…). */
const OPENS_AFTER =
  /^\s*(?:[，,]\s*(?:既包括|包括|分别是|分别为|其中包括|即)|是|为|分别是|分别为|包括|即|：|:|——|—|－－)\s*[：:]?\s*/;
/** A further clause of the same list: …等传统制造业，也有A、B等…，以及C、D等…. */
const CONTINUES = /^[，,]\s*(?:也有|也包括|还有|还包括|以及)\s*/;
/** Where a list (and its clause) ends. */
const CLAUSE_END = /[，,。；;！？!?]/;
const SENTENCE_END = '。；;！？!?';
/** A (含…) note or an amount in brackets, dropped before the list is read (its 、 separates no chains). */
const BRACKETED = /[（(][^（()）]{0,30}[)）]/g;
/** Governing words the tagger may not mark as verbs, cut with what comes before them in the first item. */
const GOVERNS = new Set(
  '即 为 是 有 包括 聚焦 围绕 重点 其中 加快 着力 重抓 了 出 培育 壮大 发展 打造 建设 构建 做强 做优 做大'.split(
    ' ',
  ),
);
/** Not a chain's name: a firm, a place, a count, a field with its count. */
const NOT_NAME = /公司|集团|有限|\d+(?:条|家|个|亿|万|项)|产业链|领域|[区县市镇]$|开发区|园区?$/;

/** The sentence around `at`: [start, end), its end mark included; a heading's or a title line's end bounds it too. */
function sentenceBounds(doc: Doc, at: number): [number, number] {
  const text = doc.text;
  const stops = [...(doc.titleEnds ?? []), ...doc.headings.map((h) => h.at + h.text.length)];
  let s = at;
  while (s > 0 && !SENTENCE_END.includes(text[s - 1] ?? '')) s--;
  for (const e of stops) if (e <= at && e > s) s = e;
  let e = at;
  while (e < text.length && !SENTENCE_END.includes(text[e] ?? '')) e++;
  for (const b of stops) if (b > at && b < e) e = b - 1;
  return [s, Math.min(text.length, e + 1)];
}

/** The first item without the words that govern the list: 确定了特钢材料 → 特钢材料, 其中“4”即工程机械 → 工程机械. */
export function cutGoverning(item: string): string {
  const tokens = tag(item);
  let cut = 0;
  let at = 0;
  for (const [i, t] of tokens.entries()) {
    at += t.word.length;
    // A verb with words after it governs them (加大电梯 → 电梯); a verb at the item's end is its own (铜精深加工).
    const governs = (t.tag === 'v' && i < tokens.length - 1) || GOVERNS.has(t.word);
    if (governs && at < item.length) cut = at;
  }
  let rest = tokens;
  let skipped = 0;
  for (const t of tokens) {
    if (skipped + t.word.length > cut) break;
    skipped += t.word.length;
    rest = rest.slice(1);
  }
  // Then a pronoun, numeral, particle or adverb left in front (其中, 两批, 了).
  while (rest.length > 1 && /^(?:r|m|q|u|ul|uj|d|p|c)$/.test(rest[0]?.tag ?? '')) {
    skipped += rest[0]?.word.length ?? 0;
    rest = rest.slice(1);
  }
  return item.slice(skipped);
}

/** An item as a chain's name: quotes and its chain word dropped. */
function cleanName(item: string): string {
  return item
    .replace(/[“”"「」『』‘’'\s]/g, '')
    .replace(/等.*$/, '')
    .replace(/(?:产业链条|产业生态链|产业链|产业)$/, '');
}

/** The count as a number: 8, ８, 十六 → 16, 九 → 9 (amounts.ts amountValue); NaN when unread. */
export function countOf(word: string): number {
  const ascii = word.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^\d+$|^[零〇一二两三四五六七八九十百千]+$/.test(ascii) ? amountValue(ascii) : Number.NaN;
}

/**
 * The names of a list segment (brackets already dropped): split at 、, the first cut from its governing verb, the last
 * split at 以及 (and at 和/及/与 when `count` says one more item is written there).
 */
export function namesOf(segment: string, count: number): string[] {
  let items = segment.split(/[、]/).map((s) => s.trim());
  if (items.length === 0) return [];
  items[0] = cutGoverning(items[0] ?? '');
  const last = items.at(-1) ?? '';
  const split = last.split(/以及/);
  if (split.length === 2) items = [...items.slice(0, -1), ...split];
  else if (items.length === count - 1) {
    const m = /^(.{2,}?)(?:和|及|与)(.{2,})$/.exec(cleanName(last));
    if (m?.[1] && m[2]) items = [...items.slice(0, -1), m[1], m[2]];
  }
  const names = items.map(cleanName);
  if (names.length < 2 || names.some((n) => n.length < 1 || n.length > 14 || NOT_NAME.test(n))) return [];
  return [...new Set(names)];
}

/** The text with brackets dropped and a map from its offsets back to the text's. */
function unbracketed(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  let from = 0;
  for (const m of text.matchAll(BRACKETED)) {
    for (let i = from; i < m.index; i++) at.push(i);
    out += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) at.push(i);
  out += text.slice(from);
  at.push(text.length);
  return { text: out, at };
}

interface Anchor {
  start: number;
  end: number;
  count: number;
  kind: string;
  /** A count with no chain word (BARE_COUNT): its list is after it or nowhere. */
  bare?: true;
}

/** The chain words of a sentence (brackets dropped) that name a kind of chain: counted, or after 等. */
function anchors(s: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of s.matchAll(COUNTED))
    if (KIND.test(m[2] ?? ''))
      out.push({ start: m.index, end: m.index + m[0].length, count: countOf(m[1] ?? ''), kind: m[2] ?? '' });
  for (const m of s.matchAll(BARE_COUNT))
    if (/产业链|生态链/.test(s.slice(0, m.index)))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        count: countOf(m[1] ?? ''),
        kind: '',
        bare: true,
      });
  for (const m of s.matchAll(KIND_AFTER_DENG)) {
    const kind = m[1] ?? '';
    // 等8条重点产业链 is read above; here 等 with a kind only (等卓越型产业链), not with a product (等电子配件产业链).
    if (!/[0-9０-９一二三四五六七八九十两](?:条|大|个)/.test(kind) && kind !== '' && KIND.test(kind))
      out.push({ start: m.index + 1, end: m.index + m[0].length, count: Number.NaN, kind });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The list a chain word names, in the bracket-free sentence: after it when opened by 是/为/：…, else before it. */
function listAt(s: string, a: Anchor): { from: number; to: number; names: string[] } | null {
  const after = s.slice(a.end);
  const open = OPENS_AFTER.exec(after);
  if (open) {
    const from = a.end + open[0].length;
    const names: string[] = [];
    let to = from;
    for (let at = from; ; ) {
      const rest = s.slice(at);
      const stop = rest.search(CLAUSE_END);
      const end = at + (stop < 0 ? rest.length : stop);
      const read = namesOf(s.slice(at, end), names.length === 0 ? a.count : Number.NaN);
      if (read.length === 0) break;
      names.push(...read.filter((n) => !names.includes(n)));
      to = end;
      const more = CONTINUES.exec(s.slice(end));
      if (!more) break;
      at = end + more[0].length;
    }
    if (names.length) return { from, to, names };
  }
  if (a.bare) return null;
  // Before: back to the clause's start (a comma, a colon, a dash run).
  let from = a.start;
  while (from > 0 && !/[，,。；;：:！？!?—]/.test(s[from - 1] ?? '')) from--;
  const segment = s.slice(from, a.start).replace(/[、，,\s]*等?$/, '');
  if (!segment.includes('、')) return null;
  const names = namesOf(segment, a.count);
  return names.length ? { from, to: a.end, names } : null;
}

/** Every list of chain names the plan states, one per list, with its sentence. */
export function namedChainFacts(doc: Doc): NamedChainsFact[] {
  const text = doc.text;
  const out: NamedChainsFact[] = [];
  const seen = new Set<number>();
  // Only sentences with a chain word are read: find each, read its sentence once.
  for (let i = text.indexOf('链'); i >= 0; i = text.indexOf('链', i + 1)) {
    const [s0, s1] = sentenceBounds(doc, i);
    if (seen.has(s0)) continue;
    seen.add(s0);
    i = Math.max(i, s1 - 1);
    const sentence = text.slice(s0, s1);
    const plain = unbracketed(sentence);
    for (const a of anchors(plain.text)) {
      const list = listAt(plain.text, a);
      if (!list) continue;
      const start = s0 + (plain.at[list.from] ?? 0);
      const end = s0 + (plain.at[list.to] ?? sentence.length);
      if (out.some((o) => o.start === start)) continue;
      out.push({
        names: list.names,
        start,
        end,
        quote: sentence.trim(),
        cue: plain.text.slice(a.start, a.end),
      });
    }
  }
  return out;
}
