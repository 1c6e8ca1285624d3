/**
 * Precision and recall of chain extraction against a hand-made gold list. A gold chain is one mention: its
 * `expression` as written (the k-th gold entry with a given expression is its k-th occurrence in the text).
 * An extracted chain is correct when its span overlaps that occurrence and its stages and links equal the
 * gold's after removing spaces (links within a stage compared as a set). A look-alike (`nonChains`, every
 * occurrence) is kept out when no extracted chain overlaps it, and recorded when a rejected entry does.
 */
import type { Extraction, Span } from '../../vocab/imports.ts';

export interface GoldChain {
  expression: string;
  stages: string[][];
}

export interface Gold {
  chains: GoldChain[];
  nonChains: { text: string }[];
}

export interface Figures {
  gold: number;
  extracted: number;
  found: number;
  precision: number;
  recall: number;
  /** Gold mentions not found (with what was extracted there, if anything). */
  misses: { expression: string; got?: string[][] }[];
  /** Extracted chains that match no gold mention. */
  extras: { expression: string; stages: string[][] }[];
  nonChains: number;
  nonChainsKeptOut: number;
  nonChainsRecorded: number;
  /** Look-alikes that came out as chains. */
  leaked: string[];
  /** Every extracted chain's confidence and whether it matched a gold mention (precision per confidence band). */
  scored: { confidence: number; correct: boolean }[];
}

const key = (stages: string[][]) =>
  JSON.stringify(stages.map((st) => st.map((l) => l.replace(/\s+/g, '')).sort()));
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    spans.push({ start: i, end: i + needle.length });
  return spans;
}

/** `text` is the normalised text the extraction's spans point into. */
export function measure(text: string, result: Extraction, gold: Gold): Figures {
  const seen = new Map<string, number>();
  const used = new Set<number>();
  const misses: Figures['misses'] = [];
  for (const g of gold.chains) {
    const k = seen.get(g.expression) ?? 0;
    seen.set(g.expression, k + 1);
    const at = occurrences(text, g.expression)[k];
    if (!at) throw new Error(`gold expression not in the text (occurrence ${k + 1}): ${g.expression}`);
    const hit = result.chains.findIndex(
      (c, i) => !used.has(i) && overlaps(c, at) && key(c.stages) === key(g.stages),
    );
    if (hit >= 0) used.add(hit);
    else misses.push({ expression: g.expression, got: result.chains.find((c) => overlaps(c, at))?.stages });
  }
  const extras = result.chains
    .filter((_, i) => !used.has(i))
    .map((c) => ({ expression: c.expression, stages: c.stages }));
  const looks = gold.nonChains.flatMap((n) => occurrences(text, n.text).map((s) => ({ ...s, text: n.text })));
  const leaked = looks.filter((l) => result.chains.some((c) => overlaps(c, l)));
  const recorded = looks.filter((l) => result.rejected.some((r) => overlaps(r, l)));
  const found = used.size;
  return {
    gold: gold.chains.length,
    extracted: result.chains.length,
    found,
    precision: result.chains.length === 0 ? 1 : found / result.chains.length,
    recall: gold.chains.length === 0 ? 1 : found / gold.chains.length,
    misses,
    extras,
    nonChains: looks.length,
    nonChainsKeptOut: looks.length - leaked.length,
    nonChainsRecorded: recorded.length,
    leaked: leaked.map((l) => l.text),
    scored: result.chains.map((c, i) => ({ confidence: c.confidence, correct: used.has(i) })),
  };
}
