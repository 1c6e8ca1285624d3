/**
 * What follows the last link of an unquoted chain and is no part of it, read after the trailing chain nouns
 * (chains.ts TRAIL) and the part-of-speech cut (lexicon.ts tailLength); twenty-third chain round:
 * - a bracket of a code identifier set off by a space (`测试 (SUPPLIES_TO)`): an edge label or field name of the
 *   data the chain is written in, not a gloss of the name (`电解沉积(RLE法)` stays);
 * - 产业 closing the last link after a name of two characters or more (`发展煤—电—铝—铝加工及资源综合利用产业`): the
 *   text names the sequence an industry, as …产业链 names it a chain. A first link keeps it (`铜产业→铜缆`).
 */
import { tag } from './lexicon.ts';

const CODE_BRACKET = /\s+[（(]\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*[）)]\s*$/;
const INDUSTRY = /(?<=[\p{Script=Han}A-Za-z]{2})产业$/u;

/** The end of the last stage [from, end) of `m` once the words after its last link are cut off. */
export function lastLinkEnd(m: string, from: number, end: number): number {
  let stage = m.slice(from, end);
  stage = stage.slice(0, CODE_BRACKET.exec(stage)?.index ?? stage.length);
  stage = stage.slice(0, INDUSTRY.exec(stage)?.index ?? stage.length);
  return from + stage.length;
}

/**
 * Where a bracket of examples starts when the trailing 等 that ends the chain stands inside it (`合金化与熔铸（中国宏桥、
 * 中国铝业、俄铝等）`): the bracket lists examples of the link (firms, products), a note, so the chain ends before it
 * instead of inside it (which left the bracket open, a fragment). `end` when no bracket is open in [from, end).
 */
export function beforeExamples(m: string, from: number, end: number): number {
  const open: number[] = [];
  for (let i = from; i < end; i++) {
    if ('（('.includes(m[i] ?? '')) open.push(i);
    else if ('）)'.includes(m[i] ?? '')) open.pop();
  }
  const at = open[0];
  return at !== undefined && m.slice(from, at).trim().length > 0 ? at : end;
}

/**
 * Where the chain noun that ends the cluster starts when its 链 at `at` closes a word of the segmenter (电池供应链:
 * 供应链/n, 组件价值链: 价值链/n): the whole word names the chain, not 链 alone (which left 电池供应, 组件价值). `at`
 * otherwise (家具加工链: 加工/vn 链/n).
 */
export function chainWordStart(m: string, from: number, at: number): number {
  const word = tag(m.slice(from, at + 1)).at(-1)?.word ?? '';
  const start = at + 1 - word.length;
  return word.length > 1 && word.endsWith('链') && m.slice(from, start).trim().length > 0 ? start : at;
}
