/**
 * Pieces of findEnterprises (firmMentions.ts): production lines listed and completed together and their owners, the
 * firms heading a list's items, lists of trades that name no firm, and a name that opens with 和/与/及.
 */
import type { EnterpriseMention } from '../../vocab/imports.ts';
import { brandLed, NOT_FIRM, TRADE_NAME } from './firmBrands.ts';
import { listedFirm } from './firmItems.ts';
import { tag, wordCount } from './lexicon.ts';
import { CUT } from './names.ts';
import { isPlace } from './places.ts';
import { type Doc, normaliseName, sentenceAt } from './text.ts';

/** Names by part of speech, or a word the dictionary counts rarely (联成: under 200 times), not a place. */
export const rareOrBrand = (w: string) => brandLed(w) || (wordCount(w) < 200 && !isPlace(w) && !CUT.test(w));

/**
 * Production lines listed and completed together (甲乙科技报废汽车拆解生产线、丙丁铝材铝合金型材生产线竣工投产): each
 * line opens with its owner, a brand with its trade word (TRADE_NAME), or a brand before the products the line makes.
 */
const LINES_BODY =
  /((?:[\p{Script=Han}]{4,16}?生产线、)+[\p{Script=Han}]{4,16}?生产线)(?=竣工|建成|投产|开工|试产|达产|试运行)/u;
const LINES_DONE = new RegExp(`(?<=^|[，。；：,;:\\s])${LINES_BODY.source}`, 'gu');
/** Those lists, after a clause's punctuation or at a line's start (a title's or a paragraph's end before it). */
export function linesDone(doc: Doc): RegExpExecArray[] {
  const found = [...doc.match.matchAll(LINES_DONE)];
  for (const at of [...(doc.titleEnds ?? []), ...(doc.paraEnds ?? [])]) {
    const sticky = new RegExp(LINES_BODY.source, 'uy');
    sticky.lastIndex = at;
    const m = sticky.exec(doc.match);
    if (m && !found.some((f) => f.index === m.index)) found.push(m);
  }
  return found;
}
/**
 * The owner at a line's head: a brand and its trade word; else the head less the product words it ends with (nouns
 * and verbs of two characters or more, by part of speech), kept with the first product noun when more follow (丙丁
 * 铝材 of 丙丁铝材铝合金型材) — a brand the dictionary knows little (under 200 uses), not a place. '' when none.
 */
export function lineOwner(head: string): string {
  const trade = TRADE_NAME.exec(head);
  if (trade && rareOrBrand(trade[1] ?? '')) return trade[0];
  const tokens = [...tag(head)];
  const products: string[] = [];
  while (tokens.length > 1) {
    const last = tokens.at(-1);
    if (!last || last.word.length < 2 || !['n', 'vn', 'v'].includes(last.tag)) break;
    products.unshift(last.word);
    tokens.pop();
  }
  const brand = tokens.map((t) => t.word).join('');
  if (!products.length || brand.length < 2 || brand.length > 4 || !rareOrBrand(brand) || NOT_FIRM.test(brand))
    return '';
  const first = tag(products[0] ?? '')[0];
  return products.length >= 2 && first?.tag === 'n' ? brand + products[0] : brand;
}
/**
 * The firm heading each item of a list read from `at`: `heads[i]` opens `items[i]`, the items `gap` characters apart
 * (the separator, and any word the items were read without).
 */
export function pushHeads(
  doc: Doc,
  out: EnterpriseMention[],
  at: number,
  items: string[],
  heads: string[],
  gap: number,
) {
  for (const [i, item] of items.entries()) {
    const end = at + (heads[i]?.length ?? 0);
    out.push(listedFirm(doc, at, end));
    at += item.length + gap;
  }
}

/** Words of two characters or more that the dictionary knows well (200 uses or more), and no name among them. */
export function tradeOnly(item: string): boolean {
  const words = tag(item.replace(/等$/, ''));
  return (
    words.length > 0 &&
    words.every(
      (w) =>
        w.word.length >= 2 && ['n', 'v', 'vn', 'a', 'an', 'b'].includes(w.tag) && wordCount(w.word) >= 200,
    )
  );
}

/**
 * A list item read after a conjunction (包括和丙丁光电) whose name the text writes with it elsewhere (戊省和丙丁光电
 * 有限公司): the 和/与/及 is the name's first character, not the list's.
 */
export function withConjunction(doc: Doc, m: EnterpriseMention, all: EnterpriseMention[]): void {
  if (m.via !== 'listed' || !/[和与及]/.test(doc.match[m.start - 1] ?? '')) return;
  const longer = doc.match.slice(m.start - 1, m.end);
  if (!all.some((o) => o !== m && o.via === 'suffix' && o.name.includes(longer))) return;
  m.start -= 1;
  m.name = normaliseName(doc.text.slice(m.start, m.end));
  m.quote = sentenceAt(doc, m.start, m.end);
}
