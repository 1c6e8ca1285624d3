/**
 * What a product lexicon (products.ts) changes in the chains the shape rules found. Only run when the caller
 * passes a lexicon; every rule was chosen on the development part of the corpus (docs/EXTRACTION.md, the
 * lexicon round).
 *
 * - **Trailing words** (`trimLastLink`): an unquoted chain's last link that is not a product but starts with one
 *   (聚酯行业景气 → 聚酯) ends with that product when what follows is no product either — no known name, no known
 *   suffix — and opens with a noun, not a verb (数据中心互联, 钢材加工, AI服务器 stay); the cut falls between two of the
 *   segmenter's words (合金化与熔铸 stays; twenty-third chain round).
 * - **Confidence** (`rescore`): up when the pool joins neighbouring stages (a product and its upstream material)
 *   or knows every link; down when it knows fewer than half, and much further down for a chain with no product
 *   word — no link a known product, ending in one or naming an industry activity — and no chain word (产业链,
 *   上下游, 一体化 …) near it (验证→放量→定价权). Tried as a rejection first: it lost held-out chains, so it only
 *   orders the review.
 */
import { LEXICON_REASON } from '../../vocab/extractReasons.ts';
import type { ChainCandidate } from '../../vocab/imports.ts';
import { endsWithActivity, tag } from './lexicon.ts';
import { feeds, normalName, type ProductLexicon, productHead, productPrefix } from './products.ts';
import { type Doc, sentenceAt } from './text.ts';

/** Offsets where a word of the segmenter ends in the link. */
function wordEnds(link: string): Set<number> {
  let at = 0;
  return new Set(tag(link).map((t) => (at += t.word.length)));
}

/** The last link cut to its product prefix, or undefined when the rule does not apply. */
export function trimmedLast(lex: ProductLexicon, link: string): string | undefined {
  const l = normalName(link);
  if (l !== link.toUpperCase() || lex.names.has(l)) return undefined;
  const p = productPrefix(lex, l);
  if (!p) return undefined;
  const rest = l.slice(p.length);
  if (rest.length < 2 || lex.names.has(rest) || productHead(lex, rest)) return undefined;
  const first = tag(link.slice(p.length))[0];
  if (!first || !/^n/.test(first.tag)) return undefined;
  // The cut falls between two words of the link, never inside one (合金化与熔铸 is not 合金 + 化与熔铸).
  if (!wordEnds(link).has(p.length)) return undefined;
  return link.slice(0, p.length);
}

function trimLastLink(doc: Doc, lex: ProductLexicon, c: ChainCandidate): void {
  const lastStage = c.stages[c.stages.length - 1];
  const link = lastStage?.[lastStage.length - 1];
  if (c.quoted || !lastStage || !link || !doc.text.slice(c.start, c.end).endsWith(link)) return;
  const kept = trimmedLast(lex, doc.match.slice(c.end - link.length, c.end));
  if (!kept) return;
  const end = c.end - link.length + kept.length;
  const shown = doc.text.slice(end - kept.length, end);
  lastStage[lastStage.length - 1] = shown;
  c.end = end;
  c.expression = doc.text.slice(c.start, end);
  c.quote = sentenceAt(doc, c.start, end);
  c.reasons.push(LEXICON_REASON.cut(lex.source, shown));
}

/**
 * Whether any link is a known product or ends in one, or names an industry activity (种植—加工—销售 is a chain of
 * activities); one-character links cannot be judged by names (发-输-配-售-用), so such a chain counts as having one.
 */
export function hasProduct(lex: ProductLexicon, stages: string[][]): boolean {
  const links = stages.flat().map(normalName);
  if (links.every((l) => l.length === 1)) return true;
  return links.some((l) => lex.names.has(l) || !!productHead(lex, l) || endsWithActivity(l));
}

/** A chain word within a few characters of the chain (the sentence names what the sequence is). */
const CHAIN_WORD = /产业链|产品链|供应链|价值链|链条|全链|上下游|上游|下游|一体化|产业|环节/;
const NEAR = 12;

function chainWordNear(doc: Doc, c: ChainCandidate): boolean {
  return (
    CHAIN_WORD.test(doc.match.slice(Math.max(0, c.start - NEAR), c.start)) ||
    CHAIN_WORD.test(doc.match.slice(c.end, c.end + NEAR))
  );
}

/** Confidence steps, set before measuring (development AUC 0.447 → 0.486; not fitted: too few wrong chains). */
const JOINED = 0.1;
const NO_PRODUCT = -0.3;
const ALL_KNOWN = 0.05;
const FEW_KNOWN = -0.1;

/** The lexicon's say in the confidence, with its reasons for the reviewer. */
function rescore(doc: Doc, lex: ProductLexicon, c: ChainCandidate): void {
  const adjust = (delta: number, why: string) => {
    c.confidence = Math.round(Math.min(0.99, Math.max(0.05, c.confidence + delta)) * 100) / 100;
    c.reasons.push(why);
  };
  const joined = c.stages
    .slice(1)
    .filter((st, i) => st.some((b) => c.stages[i]?.some((a) => feeds(lex, a, b))));
  if (joined.length > 0) adjust(JOINED, LEXICON_REASON.joined(lex.source));
  if (!hasProduct(lex, c.stages) && !chainWordNear(doc, c))
    adjust(NO_PRODUCT, LEXICON_REASON.noProduct(lex.source));
  const links = c.stages.flat();
  const known =
    links.filter((l) => lex.names.has(normalName(l)) || productHead(lex, l)).length / links.length;
  if (known === 1) adjust(ALL_KNOWN, LEXICON_REASON.allKnown(lex.source));
  else if (known < 0.5) adjust(FEW_KNOWN, LEXICON_REASON.fewKnown(lex.source));
}

/** Applies the lexicon to the chains found (in place). */
export function applyLexicon(doc: Doc, lex: ProductLexicon, chains: ChainCandidate[]): void {
  for (const c of chains) {
    trimLastLink(doc, lex, c);
    rescore(doc, lex, c);
  }
}
