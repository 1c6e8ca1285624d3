/**
 * Rules that tell a dash-joined sequence that is not a chain. Each returns the reason, or undefined.
 * `stages` are the links in simplified characters (the matching view); `before`/`after` the text around it.
 * Word-level rules (counts, clauses, verb–object steps) read part-of-speech tags (lexicon.ts); place rules read
 * the gazetteer (places.ts).
 */
import { REJECT_REASON as R } from '../../vocab/extractReasons.ts';
import { businessStep } from './business.ts';
import { ABSTRACT, isLevelTemplate } from './levels.ts';
import {
  hasCopula,
  hasCount,
  hasFunctionWord,
  isClause,
  isCommonWord,
  isVerbObject,
  opensWithAdverb,
  opensWithVerb,
  startsWithPreposition,
  tag,
} from './lexicon.ts';
import { namedAsOther } from './named.ts';
import { isArea, isPlace, opensWithArea } from './places.ts';

export interface Shape {
  stages: string[][];
  quoted: boolean;
  /** Two-character names the text writes as places (綦江区, 自贡市). */
  places: Set<string>;
  /** Words the part-of-speech reading cut off the last link (需求爆发 of 电力需求爆发). */
  tail?: string;
  /** The first link was cut out of a longer phrase by part of speech (券商具有 of 券商具有高β属性). */
  cut?: boolean;
  /** A spaced em dash, hyphen or en dash ( — , - , – ) joins the stages: an aside or a title and its subtitle, not a
   * separator, when there are only two stages. */
  spaced?: boolean;
  /** A doubled em dash (——, the punctuation mark 破折号) joins the stages. */
  doubled?: boolean;
  /** The quotes are a string literal of code or data ("source": "…"), not quotation marks around a term. */
  literal?: boolean;
  before: string;
  /** The cluster from its start to the end of the first link, as written (顺序 黄金 of 顺序 黄金→白银). */
  lead?: string;
  after: string;
  /** The text right after the last link (after.… is after the whole cluster, which may hold more). */
  next: string;
}

const VERB_START = '突强补聚促育引建延壮提优抓稳保创推扩控治防管增降减调转';
const PLACE_WORDS =
  /(产业园|园区|工业园|组团|开发区|经开区|高新区|示范区|新城|研究中心|应用中心|服务中心|研发中心|创新中心|同城化|经济圈|合作区)|.一体化/;
const PRODUCT_END = '材锭件品料粮剂器机箔板管线气油粉液胶膜丝车铝铜钢';
const PRINCIPLE_AFTER =
  /^[”」』]?(的)?(总体)?(原则|思路|方针|理念|路径|要求|模式|机制|工作法|思维|方针|战略|良性循环)/;
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
  if (flat(s).some((x) => /^[\d.,，]+$/.test(x))) return R.number;
}

/** A web address the dash stands in (https://m.ctrip.com/…/SZX-KWE-day-1.html): the text before ends in `://`, or a
 * link is a host or file name. */
const URL_BEFORE = /:\/\/$/;
const URL_LINK = /^(www\.)?[\w-]+(\.[\w-]+)*\.(com|cn|net|org|gov|html?|php|aspx?|js|json|md)$/i;

/** A comparison or logical operator between identifiers (c.value===selectedChain): an expression of code. */
const OPERATOR = /[A-Za-z_)\]]\s*(===?|!==?|&&|\|\||<=|>=)\s*[A-Za-z_('"]/;
const OPERATOR_AFTER = /^\s*(===?|!==?)\s*[A-Za-z_('"]/;

function code(s: Shape): string | undefined {
  const all = flat(s);
  if (URL_BEFORE.test(s.before) || all.some((x) => URL_LINK.test(x))) return R.code;
  if (all.some((x) => OPERATOR.test(x))) return R.code;
  // The comparison right after an identifier (c => c.value === selected): `=` bounds the cluster (chains.ts).
  if (/^[\w.$]+$/.test(all.at(-1) ?? '') && OPERATOR_AFTER.test(s.after)) return R.code;
  if (!all.every((x) => /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(x))) return;
  // A link that keeps a hyphen is a code the dash rules already read as one (e-TA): the rest is code too.
  if (all.some((x) => x.length === 1 || /[a-z-]/.test(x) || (/\d/.test(x) && /[A-Za-z]/.test(x))))
    return R.code;
}

/**
 * The Chinese rendering of a hyphenated foreign term, right after it (CoWoS（Chip-on-Wafer-on-Substrate，晶片-晶圓-基板）):
 * it copies the term's hyphens and names one thing, the term, not a flow of goods. A shape feature: the sequence closes
 * a bracket that opens with a Latin word run joined by hyphens and a comma.
 */
const FOREIGN_TERM_BEFORE = /[（(]\s*[A-Za-z]+(?:-[A-Za-z]+)+\s*[，,]\s*$/;

function translation(s: Shape): string | undefined {
  if (FOREIGN_TERM_BEFORE.test(s.before) && /^\s*[）)]/.test(s.after)) return R.translation;
}

function slogan(s: Shape): string | undefined {
  if (PRINCIPLE_AFTER.test(s.after) || PRINCIPLE_BEFORE.test(s.before)) return R.principle;
  const all = flat(s);
  if (all.some((x) => all.includes(`再${x}`))) return R.cycle;
  if (!single(s) || s.stages.length < 3 || all.some((x) => x.length < 2 || x.length > 4)) return;
  const verbs = all.filter((x) => VERB_START.includes(x[0] ?? '')).length;
  if (verbs * 3 >= all.length * 2) return R.sloganVerbs;
}

function descriptive(s: Shape): string | undefined {
  if (flat(s).some((x) => x.includes('的'))) return R.appositive;
  if (s.stages.length === 2 && /^\s*的/.test(s.tail ?? '')) return R.appositive;
  if (!s.quoted && flat(s).some((x) => x.length > 30)) return R.sentence;
  const later = s.stages.slice(1).flat();
  if (later.some(hasCopula)) return R.copula;
  if (later.some((x) => /(有限公司|股份公司|公司|集团)$/.test(x))) return R.company;
  // The last link names an analysis or a report (事件 → 公司影响分析, 公司 → 发展综述): an input and what is made of it.
  if (/(分析|综述|报告|评估)$/.test(later.at(-1) ?? '')) return R.deliverable;
  const [term = '', meaning = ''] = flat(s);
  if (!s.quoted && s.stages.length === 2 && single(s) && term.length <= 3 && opensWithVerb(meaning))
    return R.definition;
  if (!s.quoted && s.stages.length === 2 && s.spaced) return R.aside;
}

/** An administrative place name at the start of a link (潜川镇生态农庄, 临安市…). */
const ADMIN_NAME = /^\p{Script=Han}{2,5}?(省|市|县|区|镇|乡|旗)/u;

/**
 * A name that opens with a place and goes on (松滋柑橘, 潜川镇生态农庄): after a label (国家地理标志农产品—,
 * 农业龙头企业——) it is the label's instance, a caption or an appositive, not the next stage of a chain. The place is
 * one the segmenter tags as a place name (ns) or one written with its administrative suffix, and the gazetteer knows it.
 */
function namesAPlace(link: string): boolean {
  const first = tag(link)[0];
  const head =
    first?.tag === 'ns' && first.word.length < link.length ? first.word : ADMIN_NAME.exec(link)?.[0];
  // The gazetteer may write the place with another suffix (临安市, now 临安区): its base is enough.
  const base = head?.replace(/(省|市|县|区|镇|乡|旗)$/, '') ?? '';
  return head !== undefined && link.length - head.length >= 2 && (isPlace(head) || isPlace(base));
}

function caption(s: Shape): string | undefined {
  if (s.stages.length === 2 && single(s) && namesAPlace(flat(s)[1] ?? '')) return R.caption;
}

function place(s: Shape): string | undefined {
  const links = flat(s);
  if (links.some((x) => PLACE_WORDS.test(x))) return R.parkName;
  if (links.every(isPlace)) return R.placeCorridor;
  // Areas as plans write them (濟(jì)南, 独(山子), 奎屯地区, 滇东, 辽宁阜新): every link, most of a longer list
  // (辽宁阜新—沈北、山西宁武、河南安阳—鹤壁), or all but the last, which names what lies there (…—克(拉玛依)石化基地).
  // A gazetteer street that is also a common word (化工, 建筑, 电力 — streets named after a works) is not an area here.
  const areas = links.filter((x) => isArea(x) && !isCommonWord(x)).length;
  if (areas === links.length || (areas >= 3 && areas * 2 > links.length)) return R.placeCorridor;
  if (links.length >= 3 && links.slice(0, -1).every(isArea) && opensWithArea(links.at(-1) ?? ''))
    return R.placeCorridor;
  // Two links, a place and a name that opens with another (湘潭—娄底（湘娄支线）, 川东北－川西输气管道): a route or a
  // pair of areas and what lies there, as the corridor rule reads three.
  const [a0 = '', a1 = ''] = links;
  if (links.length === 2 && isArea(a0) && !isCommonWord(a0) && opensWithArea(a1)) return R.placeCorridor;
  // Three or more names that each open with a place (长沙站场→株洲末站→衡阳泵站): stations along a route.
  if (links.length >= 3 && links.every(opensWithArea)) return R.placeCorridor;
  if (s.quoted || s.stages.length !== 2 || !single(s)) return;
  const [a = '', b = ''] = flat(s);
  if (s.places.has(a) || (a.length === 2 && s.places.has(b.slice(0, 2)))) return R.placePair;
  // Two two-character names that are not products: places unless one is a common word (能源—聚酯, 晶圆—制造).
  const names = flat(s);
  if (
    names.every((x) => /^\p{Script=Han}{2}$/u.test(x) && !PRODUCT_END.includes(x.at(-1) ?? '')) &&
    !names.some(isCommonWord)
  )
    return R.placePair;
}

/**
 * Industry fields of plans' catalogues and of the securities industry classifications (申万/同花顺 level 1, those
 * that are not also product names): a sequence that starts with one is a category path, not a chain.
 */
const INDUSTRY_FIELDS = new Set(
  '新材料 新能源 电子信息 新一代信息技术 生物医药 生物 高端装备 装备制造 先进制造 智能制造 节能环保 数字经济 现代服务业 消费品 大健康 战略性新兴产业 电力设备 有色金属 基础化工 机械设备 医药生物 食品饮料 家用电器 轻工制造 纺织服饰 建筑材料 建筑装饰 石油石化 交通运输 公用事业 农林牧渔 国防军工 美容护理 商贸零售 社会服务 非银金融 房地产'.split(
    ' ',
  ),
);

function category(s: Shape): string | undefined {
  const all = flat(s);
  if (all.some((x) => /^[A-Z]\d{1,4}$|^\d{2,4}$/.test(x)) && all.some((x) => /\p{Script=Han}/u.test(x)))
    return R.categoryCode;
  const industries = s.stages.filter(
    (st) => st.length === 1 && /(业|行业|产业|类)$/.test(st[0] ?? ''),
  ).length;
  if (industries >= 2) return R.categoryIndustry;
  if (s.stages.length >= 3 && INDUSTRY_FIELDS.has(all[0] ?? '')) return R.categoryField;
  // A path that starts at a chain (示例产业链——软件系统——操作系统): the chain, its segment, its sub-segment.
  if (CHAIN_ROOT.test(all[0] ?? '')) return R.categoryChain;
}

/** A link naming a whole chain (新能源汽车产业链, 光伏供应链), not a product (冷链 is one). */
const CHAIN_ROOT = /.(产业链|供应链|价值链|链条)$/;

/** Positions in a chain (上游——钴、锂资源 is a heading, 上游原材料→钢材 a gloss). */
const LEVELS = ['上游', '中游', '下游', '上中下游'];

/**
 * The levels of the circular-economy model (资源—产品—再生资源, 生产—消费—再生, 资源—产品—废弃物—再利用或再生产):
 * a closed class, the model's own vocabulary, that describes any material flow rather than naming goods.
 */
const CIRCULAR = new Set(
  '资源 产品 商品 生产 流通 分配 消费 使用 回收 再生 再生资源 再利用 再使用 再生产 再循环 循环利用 废弃物 废物 废料 废品 排放 处置 污染 治理'.split(
    ' ',
  ),
);
const circularLevel = (link: string) =>
  link
    .replace(/[（(][^（()）]*[）)]/g, '')
    .split(/或|和|及|与|、/)
    .every((x) => ABSTRACT.has(x) || ofCircularWords(x));

/** Whether the word is one level word or two run together (废弃物排放, 污染排放). */
function ofCircularWords(x: string): boolean {
  if (CIRCULAR.has(x)) return true;
  for (let i = 2; i <= x.length - 2; i++)
    if (CIRCULAR.has(x.slice(0, i)) && CIRCULAR.has(x.slice(i))) return true;
  return false;
}

function abstract(s: Shape): string | undefined {
  if (flat(s).every((x) => ABSTRACT.has(x))) return R.abstract;
  if (isLevelTemplate(s.stages)) return R.abstract;
  // Directions alone (上→下, 下→上): which way along a chain, not its links.
  if (flat(s).every((x) => /^[上中下]$/.test(x))) return R.level;
  if (s.stages.length >= 3 && flat(s).every(circularLevel)) return R.circular;
  const head = s.stages[0]?.[0] ?? '';
  if (s.stages.length === 2 && LEVELS.some((l) => head.startsWith(l))) return R.level;
  // Two bare level words among the links (上游—中游—下游框架, 应用方/上游—中游—下游料): a level path run into its neighbours.
  if (flat(s).filter((x) => LEVELS.includes(x)).length >= 2) return R.level;
}

/** What closes a quote that names a chain: the quote mark, then 产业链/全产业链/链条/链. */
const NAMED_CHAIN = /^[”」』"]?(全?产业链|产业链条|链条|链)/;

/** The text counts the sequence as steps or phases (“产地—原料—数据”三步, 三步走, 两个阶段): a method, not a chain. */
const STEP_COUNT_AFTER = /^[”」』"]?\s*[一二三四五六七八九十两\d]+\s*(步|个步骤|个阶段)/;

/** The text names the sequence a chain of evidence, reasoning or innovation (…—用途的证据链), not of goods. */
const OTHER_CHAIN_AFTER = /^[”」』"]?\s*的?(证据|逻辑|因果|推理|思维|创新)链/;

/** The text names the sequence a workflow, an order or a pipeline (…的全流程, 按“…”的顺序检查, “…”的自动化流水线): steps of
 * an operation, not goods. */
const PROCESS_AFTER = /^[”」』"]?\s*的?\s*(全?流程|顺序|流水线)/;

function prose(s: Shape): string | undefined {
  const all = flat(s);
  if (s.stages.slice(1).some((st) => st.some(startsWithPreposition))) return R.subtitle;
  if (s.stages.slice(1).some((st) => st.some(opensWithAdverb))) return R.prose;
  if (all.some(hasCount)) return R.count;
  if (!s.quoted && all.some(hasFunctionWord)) return R.functionWord;
  if (s.stages.length === 2 && all.some(isClause)) return R.clause;
  // Two stages cut out of a sentence at both ends (subject and verb before, a predicate after): prose.
  if (s.stages.length === 2 && s.cut && (s.tail ?? '').trim().length >= 2) return R.clause;
  // A quoted sequence the text itself calls a chain (“农产品初加工—预制菜—休闲食品”产业链) is not read as steps.
  if (s.quoted && NAMED_CHAIN.test(s.after)) return;
  if (s.stages.length >= 3 && single(s) && all.filter(isVerbObject).length * 3 >= all.length * 2)
    return R.steps;
  if (STEP_COUNT_AFTER.test(s.after)) return R.stepCount;
  if (OTHER_CHAIN_AFTER.test(s.next)) return R.otherChain;
  if (PROCESS_AFTER.test(s.next)) return R.processOrder;
}

/** A stage that states a change (or its pace, 节奏) or a price, cost or demand: cause and effect along a chain, not the chain. */
const EFFECT =
  /(涨|跌|增|减|上涨|下跌|上升|下降|走高|走低|回落|反弹|受益|承压|下修|上修|暴跌|暴涨|爆发|萎缩|扩张|收缩|减产|增产|停产|断供|受阻|下行|上行|↑|↓|成本|价格|需求|利润|情绪|预期|传导|节奏|涨价|降价|提价|跌价|减少|增加|短缺|紧张|过剩|飙升)$/;

/** A transmission, influence or causal path named before the sequence (涨停传导路径为：设备→材料→…, 影响链：政策→…,
 * 传导系数整车→电池): how an effect spreads, not goods. Read before the cluster and in its preamble. */
const TRANSMISSION_BEFORE = /(传导|影响链|因果链|影响路径|反推路径)[^，。；→]{0,8}$/;

/** Macro variables and market aggregates (通胀, 股市, 经济, PMI, 核心资产): goods do not flow into them; a link that is one
 * makes the sequence a transmission (能源→化工→通胀, 土地→城投→银行→经济). A closed class, matched as whole links. */
const MACRO = /^(通胀|通缩|股市|经济|社会|CPI|PPI|PMI|GDP|核心资产|风险偏好|流动性|城投)$/;

/** A bracket opened right after who gains or loses (减速器最先受益(验证→放量→定价权)): the sequence glosses how the
 * benefit comes about, a path of cause and effect, not goods. */
const EFFECT_BRACKET = /(受益|利好|受损|承压)[（(]\s*$/;

/** A statistic of goods (产量, 出口量, 场内库存, 光伏玻璃毛利率): a measure reported about goods, not goods. */
const MEASURE = /((产|销|消费|出口|进口|装机|出货)量|库存|(毛利|利润|开工|产能利用)率)$/;

function causal(s: Shape): string | undefined {
  const preamble = (s.lead ?? '')
    .replace(/[\s—―‒–‑‐\-－─━→⟶➔＞>=]+$/, '')
    .slice(0, -(s.stages[0]?.join('').length ?? 0) || undefined);
  if (TRANSMISSION_BEFORE.test(s.before) || TRANSMISSION_BEFORE.test(s.before + preamble)) return R.causal;
  if (EFFECT_BRACKET.test(s.before)) return R.causal;
  if (flat(s).some((x) => MACRO.test(x))) return R.causal;
  const links = flat(s).map((x) => x.replace(/[（(][^（()）]*[）)]$/, ''));
  const last = `${links[links.length - 1] ?? ''}${(s.tail ?? '').trim()}`;
  if (links.some((x) => EFFECT.test(x)) || EFFECT.test(last)) return R.causal;
  if (links.some((x) => MEASURE.test(x))) return R.measure;
}

/** A news report's byline (工人日报-中工网记者 某某 通讯员 某某): a paper and its reporters, not a chain. */
const BYLINE = /(记者|通讯员|责任编辑|实习生|特约撰稿|摄影)/;

function byline(s: Shape): string | undefined {
  if (flat(s).some((x) => BYLINE.test(x)) || BYLINE.test(s.tail ?? '')) return R.byline;
}

/**
 * Market sectors, asset classes and macro variables: lists of them (银行→保险→券商, 贵金属→工业金属→能源化工→农产品,
 * 医药→消费→有色→种业→军工) are groups, never a flow of goods. A closed class of the names markets sort by, not
 * products: the rule needs two of them making at least half the links, so a chain that ends in a service
 * (…→整车→销售→保险→充电) or passes one class word (原油→化工→塑料制品) stays.
 */
const MARKET_SECTOR =
  /^(银行|保险|券商|证券|资管|基金|信托|期货|金融|金融科技|非银金融|大金融|地产|房地产|美元|美债|利率|汇率|通胀|人民币|A股|港股|美股|贵金属|工业金属|能源化工|油化|有色|黑色|军工|医药|消费|科技|周期|种业|传媒|公用事业|食品饮料|商业贸易|休闲服务)$/;

/** The text names the sequence an order of market items (轮动序列（…）, 商品ETF节点：…, 顺序 …): a group. */
const GROUP_BEFORE = /(轮动|序列|次序|顺序|节点|品种)[\s：:（(「“]*$/;
/** The same label inside the cluster, set off from the first link by a space or a colon (，顺序 黄金→白银→…). */
const GROUP_LEAD = /(轮动|序列|次序|顺序|节点|品种)[\s：:]+[^\s：:]+\s*$/;

function group(s: Shape): string | undefined {
  // The label may stand inside the cluster, before the first link, where the trimming cut it off (，顺序 黄金→…).
  if (GROUP_BEFORE.test(s.before) || GROUP_LEAD.test(s.lead ?? '')) return R.group;
  const links = flat(s);
  const sectors = links.filter((x) => MARKET_SECTOR.test(x)).length;
  if (sectors >= 2 && sectors * 2 >= links.length) return R.group;
}

/** Box-drawing branches of a directory tree (├── macro/): a link of them alone is no product. */
function tree(s: Shape): string | undefined {
  if (flat(s).some((x) => /^[\u2500-\u257F\s]+$/.test(x))) return R.tree;
}

/**
 * A link cut out of prose: it opens a bracket the cluster never closes (inactive（涨幅落后, from …→ inactive（涨幅落后，
 * 尚未轮到）) or closes one it never opened, or holds an enumeration mark (①当日…): the separator sits in a sentence, and
 * the pieces are fragments of it, not names. A shape feature, no word list: product names keep their brackets whole
 * (电解铝(霍尔-埃鲁法), 菜(渔)).
 */
function fragment(s: Shape): string | undefined {
  for (const x of flat(s)) {
    if (/[\u2460-\u2473\u2474-\u2487\u2776-\u277F]/.test(x)) return R.fragment;
    let depth = 0;
    for (const ch of x) {
      if (ch === '（' || ch === '(') depth++;
      else if (ch === '）' || ch === ')') depth--;
      if (depth < 0) return R.fragment;
    }
    if (depth !== 0) return R.fragment;
  }
}

/**
 * The doubled em dash is the punctuation mark of an explanation (破折号): between two unquoted names it glosses the
 * first (研究助理——新能源汽车消费行为数据采集, 锂电智诊——锂电池企业经营质量…). Chains written with it run to three
 * stages or more (氯碱——氯乙烯——聚氯乙烯) or stand in quotes (“种植业——粮食深加工”) — quotation marks, not the string
 * quotes of code or data ("source": "西交大/山科大——锂电池拆解回收"), which mark a value, not a term. Read last, so that the more
 * specific reasons (a place pair, a caption) still name what they find.
 */
function explanation(s: Shape): string | undefined {
  if ((!s.quoted || s.literal) && s.stages.length === 2 && s.doubled) return R.explanation;
}

const RULES = [
  numeric,
  code,
  translation,
  tree,
  fragment,
  byline,
  category,
  abstract,
  slogan,
  descriptive,
  causal,
  group,
  prose,
  (s: Shape) => businessStep(flat(s), s.tail ?? ''),
  namedAsOther,
  place,
  caption,
  explanation,
];

/** Why this sequence is not a chain, or undefined when it reads as one. */
export function whyNotChain(shape: Shape): string | undefined {
  for (const rule of RULES) {
    const reason = rule(shape);
    if (reason) return reason;
  }
}
