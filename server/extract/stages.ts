/**
 * One stage of a chain → its links. `orig` is the stage as written, `match` the same characters simplified
 * (rules read `match`, names come from `orig`). Rules, in order:
 * - split at 、 / ／ + ＋ outside brackets (a stage starting 各式/各类/各种 lists application fields of one
 *   product, so its 、 does not split);
 * - `X（Y）` where X and Y are short sibling names with the same last character is an alternative: X, Y
 *   (电解铝（再生铝）); any other bracket qualifies the link and stays in the name;
 * - a trailing `等…` after a list is dropped (齿轮、壳体等零部件);
 * - a shared prefix is distributed when the second item is a bare two-character word (宠物湿粮、干粮 → 宠物干粮);
 * - a shared suffix is distributed when the earlier items are short stems (热锻、冷轧、压铸件 → 热锻件 …) or
 *   acronyms (LNG、CNG 调峰设施 → LNG调峰设施), never over alternatives joined by a slash, which are written whole
 *   (铝板/铝箔/铝型材, NAND/DRAM设计);
 * - names lose stray spaces only;
 * - a later link loses a verb of making before a noun (→ 生产氢气 → 氢气; withoutMakingVerbs, read by chains.ts), and a
 *   verb with 于 before a use (→ 用于CRT → CRT).
 */
import { tag } from './lexicon.ts';
import { normaliseName } from './text.ts';

interface Item {
  orig: string;
  match: string;
  /** The separator written before the item ('' for the first). */
  sep?: string;
}

const SEPARATORS = /[、/／+＋]/;
/** 或, 或者 and 以及 between two names separate alternatives (金属钕或镨钕, CRT、LCD以及光学镜头; the corpus
 * convention since fresh8); 或许 is an adverb, and 及 alone never splits. */
const ALTERNATIVE = /^(?:以及|或者|或(?!许))(?=\S)/;
const SUFFIX_CHARS = '件材品料粮剂器机箔板管线';
const HAN = /^\p{Script=Han}+$/u;

function splitTopLevel(orig: string, match: string, keepComma: boolean): Item[] {
  const items: Item[] = [];
  let depth = 0;
  let from = 0;
  let sep = '';
  for (let i = 0; i < match.length; i++) {
    const ch = match[i] ?? '';
    const or = depth === 0 && i > from ? (ALTERNATIVE.exec(match.slice(i))?.[0] ?? '') : '';
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    else if ((depth === 0 && SEPARATORS.test(ch) && !(keepComma && ch === '、')) || or) {
      items.push({ orig: orig.slice(from, i), match: match.slice(from, i), sep });
      from = i + Math.max(1, or.length);
      sep = or || ch;
      i = from - 1;
    }
  }
  items.push({ orig: orig.slice(from), match: match.slice(from), sep });
  return items
    .map((it) => ({ orig: normaliseName(it.orig), match: normaliseName(it.match), sep: it.sep }))
    .filter((it) => it.match.length > 0);
}

function bracketAlternative(it: Item): Item[] {
  const m = /^(.{2,4})（(.{2,4})）$/u.exec(it.match);
  if (!m?.[1] || !m[2]) return [it];
  const [head, alt] = [m[1], m[2]];
  if (head.length !== alt.length || head.at(-1) !== alt.at(-1) || !HAN.test(head + alt)) return [it];
  return [
    { orig: it.orig.slice(0, head.length), match: head },
    { orig: it.orig.slice(head.length + 1, head.length + 1 + alt.length), match: alt },
  ];
}

function dropEtc(items: Item[]): boolean {
  const last = items[items.length - 1];
  if (items.length < 2 || !last) return false;
  const at = last.match.indexOf('等');
  if (at <= 0) return false;
  items[items.length - 1] = { orig: last.orig.slice(0, at), match: last.match.slice(0, at) };
  return true;
}

function sharePrefix(items: Item[], hadEtc: boolean): void {
  const [first, second] = items;
  if (!first || !second || first.match.length < 4 || second.match.length !== 2) return;
  if (!hadEtc && first.match.at(-1) !== second.match.at(-1)) return;
  const cut = first.match.length - 2;
  for (let i = 1; i < items.length; i++) {
    const it = items[i];
    if (!it || it.match.length > 3) continue;
    items[i] = { orig: first.orig.slice(0, cut) + it.orig, match: first.match.slice(0, cut) + it.match };
  }
}

function shareSuffix(items: Item[]): void {
  const last = items[items.length - 1];
  if (items.length < 2 || !last) return;
  // Alternatives joined by a slash are written whole (铝板/铝箔/铝型材, 板卡/服务器, NAND/DRAM设计).
  if (items.some((it) => it.sep && !'、+＋'.includes(it.sep))) return;
  const earlier = items.slice(0, -1);
  const acronym = /^([A-Z0-9]+)(\p{Script=Han}.*)$/u.exec(last.match);
  if (acronym?.[2] && earlier.every((it) => /^[A-Z0-9]+$/.test(it.match))) {
    const tail = acronym[2];
    for (const it of earlier) {
      it.orig += last.orig.slice(-tail.length);
      it.match += tail;
    }
    return;
  }
  const suffix = last.match.at(-1) ?? '';
  if (last.match.length < 3 || !SUFFIX_CHARS.includes(suffix)) return;
  if (!earlier.every((it) => it.match.length <= 2 && HAN.test(it.match) && it.match.at(-1) !== suffix))
    return;
  for (const it of earlier) {
    it.orig += last.orig.slice(-1);
    it.match += suffix;
  }
}

/** The links of one stage, as names (original characters, stray spaces removed). */
export function splitStage(orig: string, match: string): string[] {
  const listOfFields = /^\s*各[式类种]/.test(match);
  const items = splitTopLevel(orig, match, listOfFields).flatMap(bracketAlternative);
  const hadEtc = dropEtc(items);
  sharePrefix(items, hadEtc);
  shareSuffix(items);
  return items.map((it) => it.orig).filter((s) => s.length > 0);
}

/** Verbs of making that open a later link (电解槽用电 → 生产氢气): the link is what is made. */
const MAKING = new Set(['生产', '制取', '制备']);
const MAKING_START = /^(生产|制取|制备)/;
const NOUN = /^(n|nz|ng|eng)$/;
/** A verb with the preposition 于 (用于, 应用于, 适用于): what follows is a use, the verb no part of its name. */
const USE_START = /^\p{Script=Han}{1,2}于/u;

/**
 * A later stage's link that opens with a verb of making followed by a noun (生产氢气, 生产DRI, 生产钢) loses the verb,
 * as the first link loses the words before it; 生产线, 生产设备 (a noun, a vn head) and a lone 生产 stay. `simple` is the
 * matching view of `stages` (same lengths), read by part of speech.
 */
export function withoutMakingVerbs(
  stages: string[][],
  simple: string[][],
): { stages: string[][]; simple: string[][] } {
  const cut = (link: string) => {
    if (!MAKING_START.test(link) && !USE_START.test(link)) return 0;
    const [verb, second, third] = tag(link);
    // 用于/v CRT, or 应用/v 于/p 光伏: the verb with its 于 either way.
    const yu = second?.word === '于' ? 1 : 0;
    const next = yu ? third : second;
    if (!verb || !next || !/^v/.test(verb.tag)) return 0;
    if (MAKING.has(verb.word)) return NOUN.test(next.tag) ? verb.word.length : 0;
    // A use names a field or a product, also by its short form (光伏/j).
    if (!NOUN.test(next.tag) && next.tag !== 'j') return 0;
    return USE_START.test(verb.word + (yu ? '于' : '')) ? verb.word.length + yu : 0;
  };
  const cuts = simple.map((st, i) => st.map((l) => (i === 0 ? 0 : cut(l))));
  if (cuts.every((st) => st.every((c) => c === 0))) return { stages, simple };
  const apply = (all: string[][]) => all.map((st, i) => st.map((l, j) => l.slice(cuts[i]?.[j] ?? 0)));
  return { stages: apply(stages), simple: apply(simple) };
}
