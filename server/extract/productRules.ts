/**
 * What a product lexicon (products.ts) changes in the chains the shape rules found. Only run when the caller
 * passes a lexicon; every rule was chosen on the development part of the corpus (docs/EXTRACTION.md, the
 * lexicon round).
 *
 * - **Trailing words** (`trimLastLink`): an unquoted chain's last link that is not a product but starts with one
 *   (聚酯行业景气 → 聚酯) ends with that product when what follows is no product either — no known name, no known
 *   suffix — and opens with a noun, not a verb (数据中心互联, 钢材加工, AI服务器 stay).
 */
import type { ChainCandidate, Rejected } from '../../vocab/imports.ts';
import { tag } from './lexicon.ts';
import { normalName, type ProductLexicon, productHead, productPrefix } from './products.ts';
import { type Doc, sentenceAt } from './text.ts';

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
  return link.slice(0, p.length);
}

function trimLastLink(doc: Doc, lex: ProductLexicon, c: ChainCandidate): void {
  const lastStage = c.stages[c.stages.length - 1];
  const link = lastStage?.[lastStage.length - 1];
  if (c.quoted || !lastStage || !link || !doc.text.slice(c.start, c.end).endsWith(link)) return;
  const kept = trimmedLast(lex, doc.match.slice(c.end - link.length, c.end));
  if (!kept) return;
  const end = c.end - link.length + kept.length;
  lastStage[lastStage.length - 1] = doc.text.slice(end - kept.length, end);
  c.end = end;
  c.expression = doc.text.slice(c.start, end);
  c.quote = sentenceAt(doc, c.start, end);
  c.reasons.push(`末环节按产品库截至“${lastStage[lastStage.length - 1]}”，其后文字删去`);
}

/** Applies the lexicon to the chains found (in place); a chain it rules out moves to `rejected`. */
export function applyLexicon(
  doc: Doc,
  lex: ProductLexicon,
  chains: ChainCandidate[],
  rejected: Rejected[],
): void {
  void rejected;
  for (const c of chains) trimLastLink(doc, lex, c);
}
