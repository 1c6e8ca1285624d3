/**
 * A firm named in full, then by short names in a later list (#15, round 20): 已开工的企业分别是：甲地乙丙材料有限公司、
 * 甲地丁戊印务有限公司…。其中乙丙塑钢、丁戊印务入驻“某园”. An item of a 、 list is a short name of a firm named
 * before it when every item of the list opens (its first two characters) the name of a different firm found in the
 * text, less the place before it. The short name's sentence may place the firm where the full name's does not.
 */
import type { EnterpriseMention } from '../../../vocab/imports.ts';
import { isPlace } from '../places.ts';
import type { Doc } from '../text.ts';

const ITEM = /[^、，。；：,;:“”"（）()！？!?\s]{2,8}/u;
const LIST = new RegExp(`(?:${ITEM.source}、)+${ITEM.source}`, 'gu');
const LEAD = /^(其中|包括|分别是|分别为|以及|还有)/u;

/** The name less a province, city or county before it (甲县乙丙科技有限公司 → 乙丙科技有限公司). */
function core(name: string): string {
  for (const n of [3, 2]) if (name.length - n >= 4 && isPlace(name.slice(0, n))) return name.slice(n);
  return name;
}

const cache = new WeakMap<Doc, Map<string, string[]>>();

/** For each firm found, the short names a later list gives it (none for most). */
export function shortNames(doc: Doc, mentions: EnterpriseMention[]): Map<string, string[]> {
  const known = cache.get(doc);
  if (known) return known;
  const out = new Map<string, string[]>();
  const firms = mentions.filter((m) => m.name.length >= 6).map((m) => ({ m, core: core(m.name) }));
  for (const l of doc.match.matchAll(LIST)) {
    const items = l[0].split('、').map((s, i) => (i === 0 ? s.replace(LEAD, '') : s));
    const owners = items.map((item) =>
      firms.find((f) => f.m.start < (l.index ?? 0) && f.core !== item && f.core.startsWith(item.slice(0, 2))),
    );
    if (owners.some((o) => !o) || new Set(owners.map((o) => o?.m.name)).size < items.length) continue;
    for (const [i, o] of owners.entries()) {
      const item = items[i] ?? '';
      if (!o || item.length < 2) continue;
      out.set(o.m.name, [...(out.get(o.m.name) ?? []), item]);
    }
  }
  cache.set(doc, out);
  return out;
}
