/**
 * Stages labelled by their level (上游零部件 → 中游本体与系统集成 → 下游应用场景): when the first stage opens with
 * 上游 and any later level words follow in order (中游, 下游), the words label the stages and are not part of the
 * links (上游设备材料 → 设计 → … labels its first stage only: twenty-third chain round). When what is left names only roles every chain has (上游原料 → 中游制造 → 下游应用, 上游材料 → 中游设备 →
 * 下游应用 → 终端), the sequence describes the levels of a chain, not a chain. Also the abstract level words reject.ts
 * reads, and templates of levels from an abstract input to an abstract output (isLevelTemplate).
 */

const LEVEL = /^(上游|中游|下游)/;
const ORDER = ['上游', '中游', '下游'];
/** Roles of any chain's levels (the development part's level paths name these). */
const ROLES = new Set(['原料', '原材料', '材料', '制造', '设备', '硬件', '应用', '终端']);

export interface Levelled {
  /** Links as written (original script), level words removed. */
  stages: string[][];
  /** The same links simplified. */
  simple: string[][];
}

/** A level word before a bracketed list (下游(AI服务器/手机/汽车)): without the word, the bracket holds the links. */
function unwrap(st: string[]): string[] {
  const only = st.length === 1 ? /^\s*[（(]([^（()）]+)[）)]\s*$/.exec(st[0] ?? '') : null;
  return only ? (only[1] ?? '').split(/[/／、]/).map((x) => x.trim()) : st;
}

/** The stages without their level labels, 'roles' for a path of levels, undefined when the stages carry none. */
export function stripLevels(stages: string[][], simple: string[][]): Levelled | 'roles' | undefined {
  if (simple.length < 3) return;
  const levels = simple.map((st) => LEVEL.exec(st[0] ?? '')?.[1]);
  const order = levels.flatMap((l) => (l ? [ORDER.indexOf(l)] : []));
  if (levels[0] !== '上游' || order.some((v, i) => i > 0 && v < (order[i - 1] ?? 0))) return;
  const cut = (st: string[], i: number) =>
    levels[i] ? unwrap([(st[0] ?? '').slice(2), ...st.slice(1)]).filter((x) => x.length > 0) : st;
  const plain = simple.map(cut);
  if (plain.flat().every((x) => ROLES.has(x))) return 'roles';
  if (plain.some((st) => st.length === 0)) return;
  return { stages: stages.map(cut), simple: plain };
}

/** Level words that describe any chain rather than name products. */
export const ABSTRACT = new Set(
  '上游 中游 下游 原料 原材料 中间体 中间品 半成品 成品 产品 终端 终端产品 供给 需求 供需 价格 利润 成本 资金 技术 市场'.split(
    ' ',
  ),
);

/**
 * The two ends of a template of levels (原材料→…→终端应用, 零配件—半成品—成品, 供应商—制造商—应用方): an abstract input and
 * an abstract output. Between them a template names only generic steps and roles; a chain names its goods or its own
 * steps (原料→炼铁→炼钢→轧钢→成品, 原材料→设备/设计→晶圆制造→…→终端应用 stay chains).
 */
const INPUT_END = /^(采购)?(上游|原材料|原料|零配件|零部件|供应商)$/;
const OUTPUT_END = /^(销售)?(下游|成品|终端|终端产品|终端应用|应用|应用方|用户|配套)$/;
const GENERIC_STEPS = new Set(
  '加工 生产 制造 组装 装配 质检 工艺 设计 应用 配套 零部件 零配件 部件 设备 核心 渠道 用户 制造商 中间品 中间体 半成品'.split(
    ' ',
  ),
);

/** Whether the stages are a template of levels (above): an abstract input, generic steps or roles, an abstract output. */
export function isLevelTemplate(stages: string[][]): boolean {
  const [first, ...rest] = stages;
  const last = rest.pop();
  return (
    first?.length === 1 &&
    last?.length === 1 &&
    rest.length >= 1 &&
    INPUT_END.test(first[0] ?? '') &&
    OUTPUT_END.test(last[0] ?? '') &&
    rest.flat().every((x) => ABSTRACT.has(x) || GENERIC_STEPS.has(x))
  );
}
