/**
 * The graph names links in simplified script, whatever script the plan is written in: a traditional plan's 鋁 is the
 * link 铝 that other plans, the target pool and search already know (its zones, firms and industries are stored in
 * simplified script too, extract/facts/). The chain's quote and expression stay as the plan writes them.
 */
import type { Extraction } from '../../vocab/imports.ts';
import { simplifiedIfTraditional, simplify } from '../extract/text.ts';

/** Whether the sentence stating a chain is written in traditional script. */
const traditional = (quote: string) => simplifiedIfTraditional(quote) !== quote;

/** A chain's stages as the graph stores them: simplified when its sentence is written in traditional script. */
export function graphStages(stages: readonly (readonly string[])[], quote: string): string[][] {
  const convert = traditional(quote);
  return stages.map((s) => s.map((l) => (convert ? simplify(l) : l)));
}

/** A review's link → existing link choices keyed as graphStages names the links. */
export function graphMapTo(mapTo: Readonly<Record<string, string>>, quote: string): Record<string, string> {
  if (!traditional(quote)) return { ...mapTo };
  return Object.fromEntries(Object.entries(mapTo).map(([k, v]) => [simplify(k), v]));
}

/** An extraction's chains with their links as the graph names them (the review, `npm run import`'s review). */
export function inGraphScript(x: Extraction): Extraction {
  return { ...x, chains: x.chains.map((c) => ({ ...c, stages: graphStages(c.stages, c.quote) })) };
}
