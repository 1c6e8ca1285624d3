/**
 * A bracket after the last link that is a note on the chain, not part of the link's name (the corpus convention:
 * brackets that qualify a link stay in it, `电解铝(霍尔-埃鲁法)`; a gloss of the chain does not, `（成本传导链）`):
 * a bracket — closed, or one the cluster ends inside because it holds a clause (a comma, colon or `=`) — that judges
 * with 是 (智能电网→充电桩（电网是上游基础设施）, 电力→充电桩（电力是上游能源，充电桩耗电）), places the links by the
 * chain's levels (碳酸锂→电池→整车(方向上下游相反：…)) or names the chain itself (…→螺纹钢/热卷（成本传导链）). The chain
 * then ends before the bracket. Any other clause in a bracket (依次传导，…; 成本传导, 70%) stays, and with it what the
 * look-alike rules read in it. Shape, a copula and the level words only, no word list.
 */
import type { Seg } from './dashes.ts';
import { isDashRun } from './dashes.ts';
import { hasCopula } from './lexicon.ts';

const OPEN = '（(';
const CLOSE = '）)';
/** The chain's levels named in the note (方向上下游相反, 芯片是上游元器件). */
const LEVELS = /上游|中游|下游/;
/** A chain noun closing the note (成本传导链, 产业链). */
const NAMES_CHAIN = /链[）)]?$/;

/** Where a note after the last link starts in m, or -1. */
export function noteStart(m: string, seg: Seg): number {
  let depth = 0;
  let lastDash = -1;
  for (let i = seg.start; i < seg.end; i++) {
    const ch = m[i] ?? '';
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isDashRun(ch)) lastDash = i;
  }
  if (lastDash < 0) return -1;
  let open = -1;
  for (let i = lastDash + 1; i < seg.end; i++) {
    if (!OPEN.includes(m[i] ?? '')) continue;
    open = i;
    break;
  }
  // The bracket follows a link (not the separator itself: →（→涂层） is an optional stage).
  if (open < 0 || m.slice(lastDash + 1, open).trim().length === 0) return -1;
  let close = -1;
  for (let i = open + 1, d = 1; i < seg.end; i++) {
    const ch = m[i] ?? '';
    if (OPEN.includes(ch)) d++;
    else if (CLOSE.includes(ch) && --d === 0) {
      close = i;
      break;
    }
  }
  if (close < 0 && !/[，,：:；;=]/.test(m[seg.end] ?? '')) return -1;
  if (close >= 0 && close !== seg.end - 1 && m.slice(close + 1, seg.end).trim().length > 0) return -1;
  const inside = m.slice(open + 1, close < 0 ? seg.end : close);
  return hasCopula(inside) || LEVELS.test(inside) || NAMES_CHAIN.test(inside) ? open : -1;
}
