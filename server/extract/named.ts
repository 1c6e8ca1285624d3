/**
 * Sequences the text around them names as something other than a flow of goods (twenty-third chain round): a model,
 * a network or a structure named before or after them (热阻网络模型: 芯片→焊盘→…, 多层 BOM（成品→封装→…）,
 * “页面—组件—事件—数据源”的关系网络, “用户源—模板—成品”三方对齐), a grouping named before them (按行业分组：…,
 * 板块轮动规律（…）), and what it says of a pair, a comment or a link (黄金-白银比价, # 拼音→饮片, 大豆 × 汇率). Read by
 * reject.ts; the text around a candidate is its own sentence's, never the document's.
 */
import { REJECT_REASON as R } from '../../vocab/extractReasons.ts';

/** What reject.ts's Shape tells of the text around a sequence. */
export interface Around {
  /** The links of each stage, in the matching view. */
  stages: string[][];
  /** The text before the cluster (up to 48 characters). */
  before: string;
  /** The cluster up to the end of the first stage, as written (its preamble precedes the first link). */
  lead?: string;
  /** The text right after the last link. */
  next: string;
}

/** The clause before the first link: the text before and the preamble, from the last sentence or line break. */
function clauseBefore(a: Around): string {
  const lead = (a.lead ?? '').replace(/[\s—―‒–‑‐\-－─━→⟶➔＞>=]+$/, '');
  const first = a.stages[0]?.[0] ?? '';
  const preamble = lead.endsWith(first) ? lead.slice(0, lead.length - first.length) : '';
  const text = a.before + preamble;
  return text.slice(Math.max(text.lastIndexOf('。'), text.lastIndexOf('；'), text.lastIndexOf('\n')) + 1);
}

/**
 * A grouping named in the clause before (按行业分组：, 板块轮动规律（): the items that follow are sorted into groups or
 * take turns, they do not feed one another. A few words may stand between the label and the sequence, none naming a
 * chain (…产业链顺序：锡矿→… stays).
 */
const GROUPING_BEFORE = /(轮动|分组)([^，。；,;链]{0,6})[：:（(「“\s]*$/;

/**
 * A model, a network, a structure or layers named in the clause before, right before a colon or an opening bracket
 * (热阻网络模型:, 硬件分层认知(, 多层 BOM（, 拓扑（, Bug 诊断循环：): the sequence is the parts of that model.
 * 流程 and 顺序 are not among them: a production process (钢铁生产全流程（原料→炼铁→…）) is a chain.
 */
const MODEL_BEFORE = /(模型|拓扑|分层|层级|BOM|架构|诊断循环)[^，。；,;链]{0,6}[：:（(「“]\s*$/;

/**
 * A model, a network or parties named right after the sequence (“…”的关系网络, “…”三方对齐, 「…」三角基准, …三实体,
 * “…”的工厂线), also after a count of its parts; a count of layers (电芯—模组—PACK 三层拆分) still names a chain's
 * levels and is not read here.
 */
const MODEL_AFTER =
  /^[”」』"'）)]?\s*的?\s*(?:[一二三四五六七八九十两多]\s*[方级角元维]?)?\s*(对齐|网络|实体|基准|框架|架构|拓扑|模型|矩阵|工厂线|关系网络)/;

/**
 * A transmission or causal path named earlier in the clause (完整反推路径(自由文本), 例: 'AI→GPU→…'): reject.ts reads the
 * same words within eight characters; here further back, with no chain named between.
 */
const TRANSMISSION_EARLIER = /(传导|影响链|因果链|影响路径|反推路径)[^，。；;→链]{0,20}$/;

/** Two goods priced against each other (黄金-白银比价, 螺纹钢-热卷跨品种统计套利): a spread or a ratio, not a flow. */
const PRICE_RELATION = /(比价|价差|套利|比值)$/;
const PRICE_RELATION_AFTER = /^[”」』"'\s]*(比价|价差|套利|统计套利|比值)/;

/** Two parties of a joint venture (“大运—博世”联合研发中心): partners, named in quotes before 联合/合作. */
const PARTNERS_AFTER = /^[”」』"']\s*(联合|合作)/;

/** A comment on a dictionary or a map declared just before it (… Dict[str, dict] = {}  # 拼音→饮片): its key and
 * value. */
const KEY_VALUE_BEFORE = /(Dict\[|Map<|dict\(|=\s*\{\s*\})[^。；]*(#|\/\/)\s*$/;

/** A product of two quantities (CBOT大豆 × 汇率): a formula, not goods. */
const FORMULA = /\S\s*[×⨉]\s*\S/;

/** Why the text around the sequence names it something other than a chain (undefined when it does not). */
export function namedAsOther(a: Around): string | undefined {
  const clause = clauseBefore(a);
  if (GROUPING_BEFORE.test(clause)) return R.group;
  if (MODEL_BEFORE.test(clause) || MODEL_AFTER.test(a.next)) return R.model;
  if (TRANSMISSION_EARLIER.test(clause)) return R.causal;
  if (KEY_VALUE_BEFORE.test(a.before)) return R.keyValue;
  if (a.stages.some((st) => st.some((x) => FORMULA.test(x)))) return R.formula;
  if (a.stages.length !== 2) return;
  if (PRICE_RELATION_AFTER.test(a.next) || PRICE_RELATION.test(a.stages[1]?.at(-1) ?? ''))
    return R.priceRelation;
  if (PARTNERS_AFTER.test(a.next)) return R.partners;
}
