/**
 * Word-level reading of a stage with a segmenter that tags parts of speech (@node-rs/jieba, dictionary shipped in
 * the package, loaded on first use). Tags are noisy on product names (硅料 → 硅/nz 料/v), so every rule here
 * only trusts a tag where a mistake costs little: multi-character governing words before the first link,
 * numerals with classifiers, and clauses or verb–object phrases that make a whole sequence read as prose.
 */
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);

export interface Token {
  word: string;
  tag: string;
}

let jieba: Jieba | undefined;
/** Links and preambles repeat across a plan (and in hostile input): tag each distinct string once. */
const cache = new Map<string, Token[]>();

/** Words and part-of-speech tags (ICTCLAS tag set: n noun, v verb, vn verbal noun, p preposition …). */
export function tag(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  // Loaded on first use: the native module and its dictionary stay out of server start-up.
  jieba ??= (require('@node-rs/jieba') as typeof import('@node-rs/jieba')).Jieba.withDict(
    (require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict')).dict,
  );
  if (cache.size >= 20_000) cache.clear();
  const tokens = jieba.tag(text);
  cache.set(text, tokens);
  return tokens;
}

let dict: Buffer | undefined;
const SPACE = 0x20;
const NEWLINE = 0x0a;
/** Words asked again (a plan's brands and trades recur) are answered from here; cleared when full, as tag's cache. */
const counted = new Map<string, number>();

/**
 * How often the segmenter's dictionary counts a word (0 when it lists none): 资源 17453, 奉节 75. The dictionary's
 * 349k lines (`word count tag`) are sorted by their words' UTF-8 bytes, each word once (lexicon.test.ts checks
 * both), so a word is found by halving the byte range of the file as it is: no map to build on first use (reading
 * the 5 MB file into one took ~0.5 s of every cold extraction), ~20 probes a new word.
 */
export function wordCount(word: string): number {
  const hit = counted.get(word);
  if (hit !== undefined) return hit;
  if (counted.size >= 50_000) counted.clear();
  const n = lookUp(word);
  counted.set(word, n);
  return n;
}

function lookUp(word: string): number {
  dict ??= Buffer.from((require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict')).dict);
  const bytes = dict;
  // No dictionary word is empty or holds a space, a line break or a character UTF-8 cannot write (a lone surrogate).
  if (!word || /[ \n\uD800-\uDFFF]/.test(word)) return 0;
  const key = Buffer.from(word, 'utf8');
  let lo = 0;
  let hi = bytes.length;
  // Invariant: every line that starts before lo has a word < key; every line that starts at or after hi, a word > key.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let start = mid;
    while (start > 0 && bytes[start - 1] !== NEWLINE) start--;
    let space = start;
    while (bytes[space] !== SPACE) space++;
    let order = 0;
    for (let i = 0; order === 0 && i < key.length; i++)
      order = start + i < space ? (bytes[start + i] ?? 0) - (key[i] ?? 0) : -1;
    if (order === 0) order = space - start - key.length;
    let end = space;
    while (end < bytes.length && bytes[end] !== NEWLINE) end++;
    if (order === 0) return Number(bytes.toString('latin1', space + 1, end).split(' ')[0]) || 0;
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return 0;
}

/** Verbs that also name a process inside product names (再生铝, 冷轧板): never a boundary, never a slogan verb. */
const MODIFIERS = new Set(
  '再生 冷轧 热轧 压铸 锻造 铸造 冷拔 精炼 改性 复合 合成 发酵 回收 电解 分离 提纯 冶炼 深加工 精深加工'.split(
    ' ',
  ),
);
/** Governing verbs that end a preamble even before a one-character link (包括煤 → 煤). */
const STRONG = new Set(
  '包括 包含 涵盖 覆盖 形成 构建 打造 发展 延伸 推动 围绕 聚焦 分为 建成 建设 培育 壮大 布局 实现 完善 拓展 做强 引进 重点'.split(
    ' ',
  ),
);
const FUNCTION_TAGS = new Set(['p', 'c', 'r', 'd', 'ul', 'uz', 'ud', 'ug', 'uv']);
/** Nouns that introduce the products of a business or a segment (主营业务PX-PTA-聚酯, 重点领域…). */
const CONTAINERS = new Set('主营业务 业务 板块 领域 赛道 方向 路线 路径'.split(' '));

/** Prepositions the segmenter tags as nouns when they stand alone (经/n 氧化/v: 'by way of oxidation'); a word that
 * merely starts with one stays a word (经编/n, 经纱/n, 经销商/n). */
const MISTAGGED_PREPOSITIONS = new Set(['经']);

/** Conjunctions of alternatives (金属钕或镨钕): they join two links of one stage (stages.ts), never end a preamble. */
export const ALTERNATIVES = new Set(['或', '或者', '以及']);

function isGovernor(t: Token, remainder: number, oneCharLinks: boolean): boolean {
  if (ALTERNATIVES.has(t.word)) return false;
  if (FUNCTION_TAGS.has(t.tag) || MISTAGGED_PREPOSITIONS.has(t.word)) return remainder >= 1;
  // An ideographic space sets a label off from what it labels (产业链定位　3D NAND …), as a colon does.
  if (/^[，：；:;《“「\u3000]$/.test(t.word)) return true;
  if (STRONG.has(t.word) || CONTAINERS.has(t.word)) return remainder >= 1;
  const enough = remainder >= (oneCharLinks ? 1 : 2);
  return t.tag === 'v' && t.word.length >= 2 && !MODIFIERS.has(t.word) && enough;
}

/** After a number in digits at token i: the length of the spaces and the one Han character that follow it (its
 * classifier or unit), or 0. */
function countUnit(tokens: Token[], i: number): number {
  if (tokens[i]?.tag !== 'm' || !/^\d+$/.test(tokens[i]?.word ?? '')) return 0;
  let j = i + 1;
  let spaces = 0;
  for (; /^\s+$/.test(tokens[j]?.word ?? ''); j++) spaces += tokens[j]?.word.length ?? 0;
  return /^\p{Script=Han}$/u.test(tokens[j]?.word ?? '') ? spaces + 1 : 0;
}

/**
 * How many leading characters of an unquoted first stage are preamble (其整个产业链包括硅料 → 9, leaving 硅料):
 * up to the last governing word (a verb, preposition, conjunction, pronoun or adverb) that still leaves a link.
 * A one-character link is left only after a strong verb, or when the other stages are one character too
 * (融入川—渝 → 川). Only the last 40 characters are read; anything before them is preamble too.
 */
export function preambleLength(stage: string, oneCharLinks = false): number {
  const from = Math.max(0, stage.length - 40);
  const tokens = tag(stage.slice(from));
  let at = from;
  let cut = from;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    at += t.word.length;
    if (isGovernor(t, stage.length - at, oneCharLinks)) cut = at;
    // 后 or 前 after a word is a time clause (折返后 RH→…, 酸洗后 冷轧→…: 'after folding back'), not part of a name.
    else if (i > 0 && t.tag === 'f' && /^[后前]$/.test(t.word) && stage.length - at >= 2) cut = at;
    // A number and the one character after it count or measure (248 维生产, 3 条…): a count is no part of a name.
    const unit = countUnit(tokens, i);
    if (unit > 0 && stage.length - at - unit >= 2) cut = at + unit;
  }
  return cut;
}

/** Verbs that name an industry activity (整车制造, 饲料加工, 电站运营): a link may end with one. */
const ACTIVITIES = new Set(
  '制造 加工 生产 销售 研发 设计 制备 开采 采选 冶炼 精炼 养殖 种植 屠宰 组装 封装 测试 封测 回收 利用 运营 服务 应用 集成 配套 储运 运输 物流 仓储 分销 零售 批发 开发 装备 繁育 育种 育苗 提纯 分离 合成 改性 纺纱 织造 印染 检测 认证 维修 运维 再制造 处理 包装 发电 输配 售电 交易 托管 结算 发射 组网 部署 替换 订阅 投放 贸易 出口 进口 充电 换电 储能 制氢 储氢 加氢 用氢 精制 还原 浸出 焙烧 煅烧 烧结 炼钢 炼铁 轧制 锻压 冲压 注塑 涂装 总装 拆解 再生 利用'.split(
    ' ',
  ),
);

/** Whether a link names an industry activity or ends with one (种植, 饲料加工, 电站运营). */
export function endsWithActivity(link: string): boolean {
  for (let n = 3; n >= 2; n--) if (ACTIVITIES.has(link.slice(-n))) return true;
  return false;
}

/**
 * How many leading characters of an unquoted last stage are the link (聚酯共享因子合并≤0.60% → 2, PACK 三层拆分来源
 * → 4): the words up to the first numeral, classifier, function word or verb of two characters that is not an
 * industry activity. The first word always stays.
 */
export function tailLength(stage: string): number {
  const tokens = tag(stage);
  let keep = 0;
  let depth = 0;
  let closed = false;
  for (const [i, t] of tokens.entries()) {
    // A bracket of the link closed just before: a name does not go on after its gloss (营销（PPMS）约束优化模型).
    const afterBracket = closed && depth <= 0;
    const wasOpen = depth > 0;
    depth += (t.word.match(/[（(]/g)?.length ?? 0) - (t.word.match(/[）)]/g)?.length ?? 0);
    closed = wasOpen && depth <= 0;
    const prev = tokens[i - 1];
    // The second name after 与/和 between two names (衬底与设备, 合金化与熔铸) is part of the link, as after 及.
    const joined = !!prev && i > 1 && joiner(prev.word) && /^[\p{Script=Han}A-Za-z]{2,}$/u.test(t.word);
    // 于 after a first verb (应用/v 于/p 光伏组件) makes the verb of use that stages.ts cuts off, no boundary.
    const use = i === 1 && t.word === '于' && /^v/.test(tokens[0]?.tag ?? '');
    const stop =
      i > 0 &&
      !use &&
      depth <= 0 &&
      !joined &&
      !/[）)]/.test(t.word) &&
      (afterBracket ||
        adverbial(t) ||
        // 每 and 各 standing alone are distributive pronouns, whatever the segmenter tags them (仓储每一步: 每/zg).
        ((['m', 't', 'p', 'c', 'r', 'd', 'i', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv'].includes(t.tag) ||
          t.word === '每' ||
          t.word === '各') &&
          !(joiner(t.word) && joinsNames(tokens, i))) ||
        (t.tag === 'v' && t.word.length >= 2 && !ACTIVITIES.has(t.word) && !MODIFIERS.has(t.word)));
    if (stop && stage.slice(0, keep).trim().length >= 2) break;
    keep += t.word.length;
  }
  return keep;
}

/** A fixed phrase that opens with a preposition (从左到右/l: 从/p): an adverbial, no part of a name. */
function adverbial(t: Token): boolean {
  return t.tag === 'l' && tag(t.word.slice(0, 1))[0]?.tag === 'p';
}

/** Conjunctions that join two names into one link (PET及衍生物, 衬底与设备). */
const LINK_JOINERS = new Set(['及', '与', '和']);
/** A conjunction between two names of the last stage: one link (及, 与, 和) or alternatives (或, 以及; stages.ts). */
const joiner = (word: string) => LINK_JOINERS.has(word) || ALTERNATIVES.has(word);

/** 及 always joins (the corpus convention); 与 and 和 only between two names, never before a function word or a number. */
function joinsNames(tokens: Token[], i: number): boolean {
  if (tokens[i]?.word === '及') return true;
  const next = tokens[i + 1];
  return (
    !!next &&
    /^[\p{Script=Han}A-Za-z]{2,}$/u.test(next.word) &&
    !['m', 't', 'p', 'c', 'r', 'd', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'f'].includes(next.tag)
  );
}

const NUMERAL = /[一二三四五六七八九十两几百千万第]/;

/** A count or ordinal (四种, 第一家, (2家)): the stage introduces a list or names an entity, it is not a link; the
 * components of a material (三元正极) are no count. */
export function hasCount(link: string): boolean {
  if (/\d\s*[家个条种项批类]/.test(link)) return true;
  const tokens = tag(link);
  return tokens.some(
    (t, i) =>
      t.tag === 'm' &&
      t.word.length >= 2 &&
      NUMERAL.test(t.word) &&
      // 元 after a numeral and before a name counts components (三元正极, 二元醇), not money or items.
      !(t.word.endsWith('元') && /^\p{Script=Han}/u.test(tokens[i + 1]?.word ?? '')),
  );
}

/** A clause that ends in a verb after an adverbial (价格持续上涨, 铝价波动加大). */
export function isClause(link: string): boolean {
  const tokens = tag(link);
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  return (
    !!last &&
    !!before &&
    last.tag === 'v' &&
    last.word.length >= 2 &&
    ['vn', 'vd', 'd', 'ad', 'a'].includes(before.tag)
  );
}

/** A verb–object phrase (放入籽晶, 关注左侧机会): a step or a motto, not a product. */
export function isVerbObject(link: string): boolean {
  const [first, ...rest] = tag(link);
  return (
    !!first && first.tag === 'v' && first.word.length >= 2 && !MODIFIERS.has(first.word) && rest.length > 0
  );
}

/** A phrase that opens with a verb of two characters or more that is not an industry activity (强化现有, 延伸). */
export function opensWithVerb(link: string): boolean {
  const first = tag(link)[0];
  return (
    !!first &&
    first.tag === 'v' &&
    first.word.length >= 2 &&
    !ACTIVITIES.has(first.word) &&
    !MODIFIERS.has(first.word)
  );
}

/** One dictionary word that is a common noun or verb (能源, 聚酯, 制造), not a place or a name. */
export function isCommonWord(word: string): boolean {
  const tokens = tag(word);
  return tokens.length === 1 && ['n', 'nz', 'vn', 'v'].includes(tokens[0]?.tag ?? '');
}

/** A judgement with 是 (负极材料是石墨, AI 机房是…): the dash explains, it does not join products. */
export function hasCopula(phrase: string): boolean {
  return tag(phrase).some((t) => /^(不|就|即|正|都|也)?是$/.test(t.word));
}

/** A phrase that opens with a preposition (以浙江省某镇为例, 从源头): prose, not a product name. */
export function startsWithPreposition(link: string): boolean {
  return tag(link)[0]?.tag === 'p';
}

/** Words that join names inside one link (PET及衍生物, 研发与制造): not prose. */
const JOINERS = new Set(['及', '与', '和', '或', '以及']);

/**
 * A function word inside a link, outside its brackets: an adverb, conjunction, pronoun or particle anywhere, or a
 * preposition after the first word (冶炼厂只收铜精矿, 油厂把豆粕卖给饲料厂). Product names do not
 * carry them; a sentence does.
 */
export function hasFunctionWord(link: string): boolean {
  const bare = link.replace(/[（(][^（()）]*[）)]/g, '');
  return tag(bare).some(
    (t, i) =>
      !JOINERS.has(t.word) &&
      (['d', 'c', 'r', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv'].includes(t.tag) || (i > 0 && t.tag === 'p')),
  );
}

/** A phrase that opens with an adverb or a demonstrative (至少追溯到…, 这是…): prose, not a product name. */
export function opensWithAdverb(link: string): boolean {
  const first = tag(link)[0];
  return !!first && ((first.tag === 'd' && first.word.length >= 2) || /^[这那]/.test(first.word));
}
