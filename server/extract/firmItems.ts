/**
 * The items of a list of firms, read apart (firmLists.ts): a brand written before its products (甲乙方便面、饮料), two
 * names of a place and a brand run together (苏州甲乙苏州丙丁).
 */

import type { EnterpriseMention } from '../../vocab/imports.ts';
import { brandLed, isBrandToken, NOT_FIRM, placeBrand, TRADE } from './firmBrands.ts';
import { tag, wordCount } from './lexicon.ts';
import { isPlace } from './places.ts';
import { type Doc, normaliseName, sentenceAt } from './text.ts';

/** The head word of a firm's trade, the last word of a name written without its company suffix (甲乙科技). */
export const FIRM_HEADS =
  '汽车|科技|药业|制药|新材料|新能源|电子|智能|化工|机械|材料|实业|能源|电力|食品|建材|钢铁|钢构|水泥|铝业|纺织|服饰|生物|光电|电气|重工|矿业|酒业|乳业|茶业|塑业|陶瓷|玻璃|环保|包装|锂电|股份|集团';
const FIRM_HEAD = new RegExp(`^(?:${FIRM_HEADS}|${TRADE})$`);

/**
 * 甲乙方便面、饮料: a brand followed by its products — the item's last word is a common noun and the item after it is
 * one common noun too (a product, no firm): that last word is a product, not part of the name. Its length, or 0.
 */
export function productTail(
  doc: Doc,
  f: { start: number; end: number },
  next?: { start: number; end: number },
): number {
  if (!next) return 0;
  const after = tag(doc.match.slice(next.start, next.end));
  if (after.length !== 1 || after[0]?.tag !== 'n') return 0;
  const words = tag(doc.match.slice(f.start, f.end));
  const last = words.at(-1);
  // A trade word (甲乙食品、饮料) is the firm's own name.
  if (words.length < 2 || last?.tag !== 'n' || last.word.length < 2 || FIRM_HEAD.test(last.word)) return 0;
  return brandLed(doc.match.slice(f.start, f.end - last.word.length)) ? last.word.length : 0;
}

/** Where a run of two names of a place and a brand each (甲市乙丙甲市丁戊) splits, or 0. */
export function twoPlaceBrands(run: string): number {
  for (let k = 4; k <= run.length - 4; k++)
    if (placeBrand(run.slice(0, k)) && placeBrand(run.slice(k)) && !isPlace(run.slice(k - 2, k))) return k;
  return 0;
}

/**
 * One firm alone before 等…企业 (甲乙环保科技等年营收超亿元的骨干企业, 丙丁换热科技等创新型中小企业): read only in a
 * firm's full shape — a place (optional), then a brand opening with a name or a character read alone that the
 * dictionary knows little, at most two words of what it does, and the head word of a trade (科技, 化工, 某业) last. A
 * list of two or more is read by its peers; one item has none, so its own shape must say it.
 */
export function oneFirm(name: string): boolean {
  // A brand, its place in brackets and its trade (甲乙丙丁(某市)纸业): how a firm's branch is registered.
  const branch =
    /^(\p{Script=Han}{2,4})[（(](\p{Script=Han}{2,4})[）)](\p{Script=Han}{0,4}?)(\p{Script=Han}{2})$/u.exec(
      name,
    );
  if (branch && isPlace(branch[2] ?? '') && !isPlace(branch[1] ?? '') && !NOT_FIRM.test(branch[1] ?? ''))
    return new RegExp(`^(?:${FIRM_HEADS}|${TRADE}|\\p{Script=Han}业)$`, 'u').test(branch[4] ?? '');
  if (name.length < 4 || name.length > 12 || NOT_FIRM.test(name) || isPlace(name)) return false;
  const lead = [3, 2].find((n) => isPlace(name.slice(0, n)) && name.length - n >= 4) ?? 0;
  const tokens = tag(name.slice(lead));
  const [head, last] = [tokens[0], tokens.at(-1)];
  if (!head || !last || tokens.length < 3 || tokens.length > 5) return false;
  if (!new RegExp(`^(?:${FIRM_HEADS}|${TRADE}|\\p{Script=Han}业)$`, 'u').test(last.word)) return false;
  return head.word.length === 1
    ? isBrandToken(head)
    : (isBrandToken(head) || /^n[rstz]$/.test(head.tag)) && wordCount(head.word) < 200;
}

/** The items of a list run starting at `at`: split at 、 and at a last 和/及/与 not ending a place's name (民和). */
export function items(run: string, at: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = at;
  const parts = run.split('、');
  for (const [i, part] of parts.entries()) {
    const and = i === parts.length - 1 || parts.length === 1 ? /^(.{2,}?)[和及与](.{2,})$/u.exec(part) : null;
    if (and && !isPlace(part.slice(Math.max(0, (and[1]?.length ?? 0) - 1), (and[1]?.length ?? 0) + 1))) {
      out.push({ start: from, end: from + (and[1]?.length ?? 0) });
      out.push({ start: from + (and[1]?.length ?? 0) + 1, end: from + part.length });
    } else out.push({ start: from, end: from + part.length });
    from += part.length + 1;
  }
  return out;
}

/**
 * 甲乙、丙丁、戊己、汇通等…企业: a peer of brands in a list of short names, one word the dictionary tags as a name or
 * seldom uses (汇通, 金工), though a place's name be the same — the items of one list are of one kind.
 */
export function listPeer(n: string): boolean {
  const words = tag(n);
  return (
    words.length === 1 &&
    (['nr', 'nz', 'nt', 'j', 'ns'].includes(words[0]?.tag ?? '') || wordCount(n) < 200) &&
    !/[省市县区镇乡村]$/.test(n) &&
    !NOT_FIRM.test(n)
  );
}

/** A two-character peer: as listPeer, or two characters the dictionary reads apart (a town's name, 甲原). */
export function twoCharPeer(n: string): boolean {
  const apart = tag(n).every((t) => t.word.length === 1);
  return n.length === 2 && (listPeer(n) || (apart && !/[省市县区镇乡村]$/.test(n) && !NOT_FIRM.test(n)));
}

/** A firm read at [start, end) of a list, a line or a clause: its name as the plan writes it, and its sentence. */
export function listedFirm(doc: Doc, start: number, end: number): EnterpriseMention {
  return {
    name: normaliseName(doc.text.slice(start, end)),
    via: 'listed',
    quote: sentenceAt(doc, start, end),
    start,
    end,
  };
}
