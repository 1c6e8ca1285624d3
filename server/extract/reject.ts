/**
 * Rules that tell a dash-joined sequence that is not a chain. Each returns the reason, or undefined.
 * `stages` are the links in simplified characters (the matching view); `before`/`after` the text around it.
 * Word-level rules (counts, clauses, verb–object steps) read part-of-speech tags (lexicon.ts); place rules read
 * the gazetteer (places.ts).
 */
import { hasCount, isClause, isVerbObject, startsWithPreposition } from './lexicon.ts';
import { isPlace } from './places.ts';

export interface Shape {
  stages: string[][];
  quoted: boolean;
  /** Two-character names the text writes as places (綦江区, 自贡市). */
  places: Set<string>;
  before: string;
  after: string;
}

const VERB_START = '突强补聚促育引建延壮提优抓稳保创推扩控治防管增降减调转';
const PLACE_WORDS =
  /(产业园|园区|工业园|组团|开发区|经开区|高新区|示范区|新城|研究中心|应用中心|服务中心|研发中心|创新中心|同城化|经济圈|合作区)|.一体化/;
const PRODUCT_END = '材锭件品料粮剂器机箔板管线气油粉液胶膜丝车铝铜钢';
const PRINCIPLE_AFTER =
  /^[”」』]?(的)?(总体)?(原则|思路|方针|理念|路径|要求|模式|机制|工作法|思维|方针|战略)/;
const PRINCIPLE_BEFORE = /(按照|坚持|遵循|秉持|树立)[“「『]?$/;

/** The links of all stages, computed once per sequence (Array.prototype.flat is slow on hot paths). */
const linksCache = new WeakMap<Shape, string[]>();
function flat(s: Shape): string[] {
  let links = linksCache.get(s);
  if (!links) {
    links = [];
    for (const st of s.stages) for (const l of st) links.push(l);
    linksCache.set(s, links);
  }
  return links;
}
const single = (s: Shape) => s.stages.every((st) => st.length === 1);

function numeric(s: Shape): string | undefined {
  if (flat(s).some((x) => /^[\d.,，]+$/.test(x)))
    return 'a number or chemical locant (1,4－丁二醇), not a link';
}

function code(s: Shape): string | undefined {
  const all = flat(s);
  if (!all.every((x) => /^[A-Za-z0-9]+$/.test(x))) return;
  if (all.some((x) => x.length === 1 || /[a-z]/.test(x) || (/\d/.test(x) && /[A-Za-z]/.test(x))))
    return 'a code or hyphenated word (C—V2X), not a chain';
}

function slogan(s: Shape): string | undefined {
  if (PRINCIPLE_AFTER.test(s.after) || PRINCIPLE_BEFORE.test(s.before)) return 'a slogan or principle';
  const all = flat(s);
  if (all.some((x) => all.includes(`再${x}`))) return 'a slogan (a cycle: 治理—污染—再治理)';
  if (!single(s) || s.stages.length < 3 || all.some((x) => x.length < 2 || x.length > 4)) return;
  const verbs = all.filter((x) => VERB_START.includes(x[0] ?? '')).length;
  if (verbs * 3 >= all.length * 2) return 'a slogan (verb phrases, not products)';
}

function descriptive(s: Shape): string | undefined {
  if (flat(s).some((x) => x.includes('的')))
    return 'a dash of apposition (a descriptive phrase), not a chain';
  if (!s.quoted && flat(s).some((x) => x.length > 30)) return 'a dash inside a sentence, not a chain';
}

function place(s: Shape): string | undefined {
  if (flat(s).some((x) => PLACE_WORDS.test(x))) return 'a place pair or park name (A—B 产业园 / 一体化)';
  if (flat(s).every(isPlace)) return 'a place pair or corridor (成渝—贵阳, 中国—东盟)';
  if (s.quoted || s.stages.length !== 2 || !single(s)) return;
  const [a = '', b = ''] = flat(s);
  if (s.places.has(a) || (a.length === 2 && s.places.has(b.slice(0, 2)))) return 'a place pair (綦江—自贡)';
  if (flat(s).every((x) => /^\p{Script=Han}{2}$/u.test(x) && !PRODUCT_END.includes(x.at(-1) ?? '')))
    return 'a place pair (綦江—自贡)';
}

/** Industry fields of plans' catalogues: a sequence that starts with one is a category path, not a chain. */
const INDUSTRY_FIELDS = new Set(
  '新材料 新能源 电子信息 新一代信息技术 生物医药 生物 高端装备 装备制造 先进制造 智能制造 节能环保 数字经济 现代服务业 消费品 大健康 战略性新兴产业'.split(
    ' ',
  ),
);

function category(s: Shape): string | undefined {
  const all = flat(s);
  if (all.some((x) => /^[A-Z]\d{0,4}$|^\d{2,4}$/.test(x)) && all.some((x) => /\p{Script=Han}/u.test(x)))
    return 'a category path (classification codes), not a chain';
  const industries = s.stages.filter(
    (st) => st.length === 1 && /(业|行业|产业|类)$/.test(st[0] ?? ''),
  ).length;
  if (industries >= 2) return 'a category path (industry → sub-industry), not a chain';
  if (s.stages.length >= 3 && INDUSTRY_FIELDS.has(all[0] ?? ''))
    return 'a category path (新材料-先进有色金属-铝合金: field → sub-field → product), not a chain';
}

/** Level words that describe any chain rather than name products. */
const ABSTRACT = new Set(
  '上游 中游 下游 原料 原材料 中间体 中间品 半成品 成品 产品 终端 终端产品 供给 需求 供需 价格 利润 成本 资金 技术 市场'.split(
    ' ',
  ),
);

function abstract(s: Shape): string | undefined {
  if (flat(s).every((x) => ABSTRACT.has(x))) return 'abstract levels (原料—中间体—终端产品), not products';
}

function prose(s: Shape): string | undefined {
  const all = flat(s);
  if (s.stages.slice(1).some((st) => st.some(startsWithPreposition)))
    return 'a subtitle or prose (——以…为例): a later stage opens with a preposition';
  if (all.some(hasCount)) return 'an appositive: a count or ordinal (有四种—…, 第一家…—…), not a link';
  if (s.stages.length === 2 && all.some(isClause)) return 'a headline or clause (…持续上涨 ——…), not a chain';
  if (s.stages.length >= 3 && single(s) && all.filter(isVerbObject).length * 3 >= all.length * 2)
    return 'steps of a process or a motto (放入籽晶—扭转提拉), not products';
}

const RULES = [numeric, code, category, abstract, slogan, descriptive, prose, place];

/** Why this sequence is not a chain, or undefined when it reads as one. */
export function whyNotChain(shape: Shape): string | undefined {
  for (const rule of RULES) {
    const reason = rule(shape);
    if (reason) return reason;
  }
}
