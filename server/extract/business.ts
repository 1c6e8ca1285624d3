/**
 * Links that are steps of running a business rather than goods (twenty-second chain round): a purchase (负极采购), or
 * the states an order passes through (订货→排产→…→入库→发运). Read by reject.ts on links without a trailing bracket.
 */
import { REJECT_REASON as R } from '../../vocab/extractReasons.ts';

/** A purchase (负极采购, 原料采购): who buys what, or a business step, not goods. */
const PURCHASE = /.(采购|採購)$/;

/**
 * The states of an order in a plant or a shop: taken, scheduled, stored, shipped, inspected, serviced, reported, or
 * waiting (轧钢等待). Chains name goods and the trades that make them; storage and delivery as trades (仓储, 物流, 配送)
 * are links of real chains (牧场→屠宰→运输→仓储) and are not among these.
 */
const ORDER_STATE = /^(订单|订货|下单|排产|入库|出库|发货|发运|签收|质检|售后|报表|对账|结算)$|.等待$/;

/**
 * Why these links are a business step, not goods (undefined when they are not). Read after the rules that take what
 * the text itself calls the sequence (…的全流程 is a process order). `tail` is what the part-of-speech reading cut off
 * the last link (负极 + 采购).
 */
export function businessStep(written: string[], tail: string): string | undefined {
  const links = written.map((x) => x.replace(/[（(][^（()）]*[）)]$/, ''));
  const last = `${links[links.length - 1] ?? ''}${tail.trim()}`;
  if (links.some((x) => PURCHASE.test(x)) || PURCHASE.test(last)) return R.procurement;
  // Two order states make an order's flow; one may be a step a chain names (…→质检).
  if (links.filter((x) => ORDER_STATE.test(x)).length >= 2) return R.orderFlow;
}
