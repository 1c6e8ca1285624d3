/**
 * Brackets at the end of a chain that hold chain stages (twenty-third chain round):
 * - a bracket closing the last link that holds a chain of its own, three stages or more (`火法熔炼-电解精炼(铜矿→粗铜
 *   →电解铜)`: the refining route, and inside it the copper it turns ore into) is no part of the link: the bracket is
 *   read as a chain by itself. Two stages in a bracket qualify the name and stay (`PEEK(萤石→DFBP)`);
 * - a bracket that opens with a separator (`后整理（→涂层）`) adds an optional stage after the link: its link is a stage.
 */
import { DASH_RUN, type Seg } from './dashes.ts';

/** A bracket at the very end, holding no bracket: [open, close]. */
const LAST_BRACKET = /[（(]([^（()）]*)[）)]\s*$/;

/** The inner segment of a bracket that closes [seg.start, seg.end) and holds two dash runs or more between words,
 * or undefined. */
export function innerChain(m: string, seg: Seg): Seg | undefined {
  const text = m.slice(seg.start, seg.end);
  const hit = LAST_BRACKET.exec(text);
  if (!hit || hit.index === 0 || !/[\p{L}\p{N}]$/u.test(text.slice(0, hit.index))) return;
  const inner = hit[1] ?? '';
  const runs = [...inner.matchAll(new RegExp(DASH_RUN.source, 'g'))];
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length < 2 || !first || !last) return;
  if (
    inner.slice(0, first.index).trim() === '' ||
    inner.slice((last.index ?? 0) + last[0].length).trim() === ''
  )
    return;
  const start = seg.start + hit.index + 1;
  return { start, end: start + inner.length };
}

const OPTIONAL = /^(.*\S)\s*[（(]\s*(?:->|[—―‒–‑‐\-－─━→⟶➔＞])+\s*([^（()）]+?)\s*[）)]$/u;

/** The stages with an optional stage read out of a last link written X（→Y）. */
export function withOptionalStage(stages: string[][]): string[][] {
  const last = stages[stages.length - 1];
  const hit = last?.length === 1 ? OPTIONAL.exec(last[0] ?? '') : null;
  if (!hit?.[1] || !hit[2]) return stages;
  return [...stages.slice(0, -1), [hit[1]], [hit[2]]];
}

/**
 * The insides of the top-level brackets of a cluster that has no separator of its own and holds dash runs in
 * brackets (`// —— 主工艺纵向链折返连线（LF 折返后 RH→连铸→热轧 逐台向下的链式连接） ——`: the banner's dashes separate
 * nothing, the bracket holds the chain). They are read as clusters of their own.
 */
export function bracketsWithDashes(m: string, seg: Seg): Seg[] {
  const out: Seg[] = [];
  let depth = 0;
  let open = -1;
  for (let i = seg.start; i < seg.end; i++) {
    const ch = m[i] ?? '';
    if ('（('.includes(ch) && depth++ === 0) open = i;
    else if ('）)'.includes(ch) && depth > 0 && --depth === 0) {
      const inner = { start: open + 1, end: i };
      if (new RegExp(DASH_RUN.source).test(m.slice(inner.start, inner.end))) out.push(inner);
    }
  }
  return out;
}
