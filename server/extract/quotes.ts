/** Quotation marks around a cluster (chains.ts): a quoted chain, and a string literal of code or data. */
import type { Seg } from './dashes.ts';

/** ASCII quotes that open a value after a key or list mark, or close one before the next (": "…", [“…”, "…"}): a
 * string literal of code or data. */
export function isLiteral(m: string, seg: Seg): boolean {
  if (!'"\''.includes(m[seg.start - 1] ?? 'x')) return false;
  const before = m.slice(Math.max(0, seg.start - 4), seg.start - 1).trimEnd();
  const after = m.slice(seg.end + 1, seg.end + 4).trimStart();
  return /[:：=[(,]$/.test(before) || /^[,}\]):]/.test(after);
}

/** Whether the cluster stands between a pair of quotation marks (“…”, 「…」, "…", `…`). */
export function isQuoted(m: string, seg: Seg): boolean {
  const [open, close] = [m[seg.start - 1] ?? 'x', m[seg.end] ?? 'x'];
  return ('“「『'.includes(open) && '”」』'.includes(close)) || (open === close && '"\'`'.includes(open));
}
