/**
 * The sentence patterns findListedFirms (firmLists.ts) reads lists of firms with: a clause's subject and what it is
 * given, lists the sentence enumerates, counts or classes as firms, titles before them, partners, and lists of
 * projects that name their owners.
 */
import { FIRM_HEADS } from './firmItems.ts';

/** What a firm does or is given, right after its name as a clause's subject. */
export const SUBJECT_VERBS =
  '获评|获批|荣获|成为|入选|建成|投产|落户|入驻|签约|跻身|位列|被评为|被认定为|被列为|被授予|上市|挂牌|开工|达产|年产|总投资|扩建|新建|更|也|还|已|顺利|成功|率先|先后|相继|连续|首次';
/** A run of a list: no clause mark, full-width or ASCII (mirrors write 甲、乙,丙), and no digit (names hold none). */
export const RUN = '[^，。；：,;:“”（）()！？!?\\s\\d]';
/**
 * A run of a list closed by 等…企业: as RUN, and a bracketed place (中科安(山西)研究院) or a quoted honour before an item
 * (“专精特新小巨人”甲乙) within it.
 */
export const CLASS_RUN = `(?:${RUN}|[（(]\\p{Script=Han}{1,6}[）)]|“[^“”，。；]{1,20}”)`;
/** An item's description before the firm (中国高品质鸡蛋领导者甲乙, 著名食品龙头企业丙丁, “瞪羚企业”戊己): no part of the name. */
export const TITLE_BEFORE = /^.*(?:企业|领导者|领军者|小巨人|冠军|”)(?=[^”]{2,10}$)/u;
/** 上下游产业企业甲乙、丙丁等项目: a list right after 企业/公司 (the word saying what its items are) names firms, though
 * 等项目 closes it. */
export const FIRMS_AS_PROJECTS = new RegExp(`(?:企业|公司)(${RUN}{4,160}?)等${RUN}{0,8}?项目`, 'gu');
/** 企业主要有A、B, 其他重要企业还有A、B等公司, 龙头企业包括A、B: the list after the words that say it holds firms. */
export const ENUMERATED = new RegExp(
  `(?:企业|公司|厂家)(?:主要|还|则|分别)?(?:有|包括|包含)[：:]?(${RUN}{4,160})`,
  'gu',
);
/** A、B五大焦化企业, A、B两大集团: a list closed by a count of firms (also right after a percentage: 12%的增速背后是A、B等58家企业). */
export const COUNTED = new RegExp(
  `(?<=^|[，。；：,;:！？\\s%％])(${RUN}{4,160}?)[两二三四五六七八九十百\\d]+[大家个户](${RUN}{0,6}?)(?:企业|集团|公司)`,
  'gu',
);
/** 吸引了A、B、C等新型工业化龙头企业: a list closed by 等, a description, and a class of firms. */
export const CLASSED = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${CLASS_RUN}{2,160}?)等(${RUN}{0,10}?)(?:龙头|重点|骨干|知名|领军|链主|核心|规上|规模以上|大型|优势|优质)(?:企业|公司)`,
  'gu',
);
/**
 * 甲乙、丙丁等专精特新企业, 等30余家规上工业企业, 等世界500强企业, 等央企: a list closed by 等 and any class of firms —
 * a count, a rank, an ownership or a kind of firm (digits and quotes allowed: 500强, “小巨人”) before 企业/公司/央企/国企.
 * Read only when most of its items have a firm's shape: 新材料、电子信息等科技型企业 names kinds of business.
 */
export const CLASS_OF_FIRMS = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${CLASS_RUN}{2,160}?)等([^，。；：,;:（）()！？!?\\s等]{0,14}?)(?:企业|公司|央企|国企)(?!园|集聚|集群|聚集)`,
  'gu',
);
/** A class naming an industry or a field (等新型动力电池行业内企业, 等汽车产业企业) makes the items kinds of business. */
export const CLASS_OF_TRADES =
  /产业(?!化|龙头|骨干|重点|领军|链主)|领域|行业(?!龙头|领军|重点|骨干|知名)|板块|类/;
/**
 * 甲乙科技获评国家专精特新“小巨人”企业, 丙丁成为我县第一家“瞪羚”企业: a clause's subject that a title of firms is
 * given to, when it is firm-like (not 我县, 园区, a kind of firm).
 */
export const TITLED = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${RUN}{2,22}?)(?:更|也|还|均|都|又|已|先后|相继|率先|成功|顺利)?(?:获评|获批|被评为|被认定为|被授予|入选|入围|成为)[^，。；,;:：！？]{0,24}?(?:企业|单项冠军)(?![\\p{Script=Han}])`,
  'gu',
);

/**
 * 甲乙能源、丙丁投资入选…百强, 戊己石油荣登…名单, 庚辛实业、壬癸医药分获…奖: names by themselves (one, or a 、 list)
 * as the subject of an honour won — a work report's way of naming its county's firms by short names.
 */
export const HONOURED = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${RUN}{2,48}?)(?:均|都|分别|先后|相继|同时|成功)?(?:分获|入选|入围|荣登|跻身)`,
  'gu',
);

/**
 * 甲乙科技成为…, 丙丁药业获评…, 例如支持戊己科技建成…: a clause's subject with a firm's shape — a brand (characters read
 * one by one, or names: not a common word such as 汽车 or 负极) and the head word of a trade (科技, 药业, 新能源, 材料 …,
 * optionally 股份/集团) — right before what firms do or are given (成为, 获评, 投产, 年产, 签约 …). The preamble of the
 * clause (例如支持) is no part of it; a list (等) is left to the list rules.
 */
export const SUBJECT = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])([^，。；：,;:“”（）()！？!?\\s\\d、等]{2,14}?)(${FIRM_HEADS})(?:股份|集团)?(?=${SUBJECT_VERBS})`,
  'gu',
);

/** 与甲乙供应链合作, 与丙丁集团开展战略合作: the firm a clause works with (not a school, a body or a place). */
export const PARTNER = new RegExp(
  `(?<=^|[，。；：,;:！？\\s]|[积主]极|深化|加强|推动)与(${RUN}{2,10}?)(?:开展|深化|加强|达成|建立|深度)?(?:战略|全面|深度)?合作`,
  'gu',
);
export const NOT_PARTNER =
  /(大学|学院|学校|院|所|医院|银行|协会|商会|政府|部|局|委|厅|办|中心|机构|平台|省|市|县|区|镇|村|国)$/;
/** 甲乙智能玻璃、丙丁等12个项目顺利投产: a counted list of projects named by their firms (read when most are named). */
export const COUNTED_PROJECTS = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${RUN}{2,160}?)等(?:[\\d一二两三四五六七八九十百几多数]+多?[个项批]${RUN}{0,16}?(?:项目|产业)|项目[\\d一二两三四五六七八九十百几多数]+个)`,
  'gu',
);
/**
 * 成立了甲乙、丙丁、新型材料等12个产业链(企业集团): chains named after firm groups and industries in one list (a
 * 链长制 work plan); the gloss says some items are firms. Those with a brand's shape are.
 */
export const CHAINS_BY_FIRM = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${RUN}{2,160}?)等[\\d一二两三四五六七八九十百几多数]+[个条](?:重点)?(?:产业)?链[（(](?:企业集团|企业|集团|链主企业)[）)]`,
  'gu',
);
/**
 * 甲乙科技新能源材料、…等项目: an item of a list of projects opened by a brand and its trade word names its owner. The
 * list may follow an item with its amount (…5万吨刚玉、安达科技新能源材料等项目): it starts after that item.
 */
export const TRADE_PROJECTS = new RegExp(
  `(?<=^|[，。；：,;:！？\\s]|[\\d.]+[万亿]?[吨台套件辆只块]\\p{Script=Han}{0,8}、)(${RUN}{2,160}?)等${RUN}{0,8}?项目`,
  'gu',
);
/**
 * 甲乙铝业、丙丁铜业等一批…项目在园区落户, 甲乙铝业、丙丁塑业项目主体厂房完工: a list of projects, each item a firm's name
 * alone — a brand of two characters and the word of its trade (铝业, 科技, 环保 …) — read when every item is one.
 */
export const BRANDED_PROJECTS = new RegExp(
  `(?<=^|[，。；：,;:！？\\s])(${RUN}{4,80}?)(?:等${RUN}{0,20}?)?项目`,
  'gu',
);
