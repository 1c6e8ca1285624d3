/**
 * Why a dash-joined sequence of a plan was not taken as a chain: the reasons the plan-import review screen shows
 * beside each rejected look-alike (server/extract/ writes them, client/src/import/ displays them as they are).
 * Reviewer-facing text, so Simplified Chinese; the keys are for code.
 */
/**
 * Below this confidence a candidate is not offered as a chain but recorded as a rejected look-alike (twenty-second
 * chain round, docs/EXTRACTION.md): on the development data no right chain scored under it.
 */
export const MIN_CHAIN_CONFIDENCE = 0.3;

export const REJECT_REASON = {
  range: '年份、数量或日期范围',
  sign: '正负号或数值，不是产业链',
  locant: '化学位次（如 1,4－丁二醇），不是产业链',
  code: '代码或英文连字符词（如 C—V2X），不是产业链',
  tooLong: '连字符串过长，不是一条产业链',
  number: '含数字或化学位次，不是环节',
  categoryCode: '分类路径（含分类代码），不是产业链',
  categoryIndustry: '分类路径（行业→子行业），不是产业链',
  categoryField: '分类路径（领域→子领域→产品，如 新材料-先进有色金属-铝合金），不是产业链',
  categoryChain: '分类路径（产业链→环节→子环节，如 示例产业链——软件系统——操作系统），不是产业链',
  abstract: '抽象层级（原料—中间体—终端产品），不是具体产品',
  circular: '循环经济模式的抽象环节（资源—产品—再生资源、生产—消费—再生），不是具体产品',
  level: '层级标题（上游——…、上游原材料→钢材），不是产业链',
  principle: '口号或原则表述',
  cycle: '口号（循环句式，如 治理—污染—再治理）',
  sloganVerbs: '口号（动词短语，不是产品）',
  appositive: '破折号用作解释说明（含“的”），不是产业链',
  caption: '标签后接带地名的专名（国家地理标志农产品—松滋柑橘），是说明或图注，不是产业链',
  copula: '破折号后是判断句（X——Y 是 Z），不是产业链',
  company: '破折号引出企业名称，不是产业链',
  deliverable: '末环节是分析、综述或报告（事件 → 公司影响分析），是输入与产出，不是产品的上下游',
  definition: '术语及其解释（强链——强化现有环节），不是产业链',
  sentence: '句中的破折号，不是产业链',
  explanation: '两项之间用破折号“——”连接且不在引号内，是对前项的解释说明，不是产业链',
  aside: '前后带空格的破折号，是插入说明，不是产业链',
  prose: '叙述句：后一环节以副词或代词开头（——至少…、——这是…）',
  subtitle: '副标题或叙述（——以…为例）：后一环节以介词开头',
  functionWord: '叙述句：环节中含副词、连词、代词或介词（冶炼厂只收铜精矿），不是产品名',
  count: '同位语：含数量或序数（有四种—…、第一家…—…），不是环节',
  clause: '标题或分句（…持续上涨 ——…），不是产业链',
  causal: '因果或价格传导（锡价涨→…受益、豆粕→饲料成本），不是产业链',
  measure: '环节是统计量（产量、销量、库存、毛利率），不是产品',
  procurement: '环节是采购行为（动力电池→负极采购），是买方与采购项，不是产品的上下游',
  orderFlow: '环节是订单的作业状态（订货、排产、入库、发货、质检、等待），是业务流程，不是产品的上下游',
  steps: '工艺步骤或口号（放入籽晶—扭转提拉），不是产品',
  otherChain: '文中称其为证据链、逻辑链或创新链，不是产品的上下游',
  stepCount: '文中称其为若干步骤或阶段（“…—…—…”三步），是做法，不是产业链',
  processOrder: '文中称其为流程或顺序（…的全流程、按“…”顺序、…流水线），是操作步骤，不是产业链',
  model:
    '文中称其为模型、网络、架构或分层（热阻网络模型：…、多层物料清单（…）、…的关系网络），是结构的组成，不是产品的上下游',
  priceRelation: '两种商品的比价、价差或套利（黄金-白银比价），不是上下游',
  partners: '合作双方（“大运—博世”联合研发中心），不是产业链',
  keyValue: '代码注释中字典的键与值（# 拼音→饮片），不是产业链',
  formula: '环节是两项的乘积或公式（大豆 × 汇率 → 进口），是计算关系，不是产业链',
  parkName: '地名连写或园区名（A—B 产业园、一体化）',
  placeCorridor: '地名连写或通道（成渝—贵阳、中国—东盟）',
  placePair: '地名连写（綦江—自贡）',
  byline: '报道署名（报社—记者、通讯员），不是产业链',
  group: '板块、品种或宏观变量并列（银行—保险—券商、贵金属—美元—利率、轮动序列），不是上下游',
  tree: '目录树的框线字符（├── …），不是产业链',
  fragment: '环节截断在括号中间或以①②等编号开头，是句子片段，不是产品名',
  translation: '外文连字符术语的中文译名（如 晶片-晶圆-基板），不是产业链',
  lowConfidence: `置信度低于 ${MIN_CHAIN_CONFIDENCE}：多项特征不像产业链（如无产品词、只有两个环节），未列为候选`,
} as const;

/** After this many findings the rest of the text is not read (a plan never has that many dash sequences). */
export const notReadFurther = (limit: number): string => `连字符序列超过 ${limit} 处，其后文字不再读取`;

/**
 * Where a product lexicon's names come from (server/extract/products.ts), as its reasons name it: the graph's own
 * products (what the server passes: the review screen, `npm run import`) or the national product pool (chainkg,
 * read by the eval and `npm run extract`).
 */
export const LEXICON_SOURCE = { graph: '图谱', pool: '产品库' } as const;
export type LexiconSource = keyof typeof LEXICON_SOURCE;

/**
 * What a product lexicon changed in a chain's confidence or last link (server/extract/productRules.ts): the reasons
 * the review screen prints beside each candidate chain, naming where the products come from.
 */
export const LEXICON_REASON = {
  cut: (source: LexiconSource, kept: string) =>
    `末环节截至${LEXICON_SOURCE[source]}中的产品“${kept}”，其后文字删去`,
  joined: (source: LexiconSource) => `${LEXICON_SOURCE[source]}中相邻环节有上下游关系`,
  noProduct: (source: LexiconSource) => `无产品词：各环节都不是${LEXICON_SOURCE[source]}中的产品`,
  allKnown: (source: LexiconSource) => `各环节都是${LEXICON_SOURCE[source]}中的产品`,
  fewKnown: (source: LexiconSource) => `不到一半的环节是${LEXICON_SOURCE[source]}中的产品`,
} as const;
