/**
 * A firm named by its short name before its officer's title (#15, round 27): ，甲乙新能源西南大区总经理某某致辞. The whole
 * clause before the title is the name when it is a brand and one word of its trade (brandAndTrade), a unit of the
 * firm (大区, 区域, 分公司, 事业部) allowed between; a bare 公司 or any other words before a title name no firm.
 */
import type { EnterpriseMention } from '../../vocab/imports.ts';
import { brandAndTrade, NOT_FIRM } from './firmBrands.ts';
import { listedFirm } from './firmItems.ts';
import type { Doc } from './text.ts';

const TITLE = /(?:常务)?副?(?:董事长|总经理|总裁)/g;
/** The clause before the title: four to fifteen characters after a separator (or the text's start). */
const CLAUSE_END = /(?:^|[，,。；;：:！？\s])(\p{Script=Han}{4,15})$/u;
const UNIT = /^\p{Script=Han}{2,4}(?:大区|区域|分公司|事业部)$/u;

export function titledFirms(doc: Doc): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  for (const t of doc.match.matchAll(TITLE)) {
    const at = t.index ?? 0;
    const from = Math.max(0, at - 16);
    const window = doc.match.slice(from, at);
    const c = CLAUSE_END.exec(window);
    // A clause that starts before the window (more than 15 characters) is none.
    if (!c || (c.index === 0 && from > 0 && c[0] === c[1])) continue;
    const run = c[1] ?? '';
    // The whole run, or the run less a unit of the firm at its end (西南大区).
    const name = [
      run,
      ...[4, 5, 6, 7].filter((k) => UNIT.test(run.slice(-k))).map((k) => run.slice(0, -k)),
    ].find((n) => n.length >= 4 && n.length <= 8 && brandAndTrade(n) && !NOT_FIRM.test(n));
    if (!name) continue;
    const start = at - run.length;
    const end = start + name.length;
    out.push(listedFirm(doc, start, end));
  }
  return out;
}
