/** Draft chain graph from plan text: chains, rejected look-alikes, zones, enterprises and projects. */

import { MIN_CHAIN_CONFIDENCE, REJECT_REASON } from '../../vocab/extractReasons.ts';
import type { Extraction } from '../../vocab/imports.ts';
import { findChains } from './chains.ts';
import { findEnterprises, findProjects, findZones } from './context.ts';
import type { Decider } from './decider.ts';
import { planFacts } from './facts/index.ts';
import { mapBack, withoutGlosses } from './glosses.ts';
import { applyLexicon } from './productRules.ts';
import type { ProductLexicon } from './products.ts';
import { type Doc, makeDoc } from './text.ts';

export interface ExtractOptions {
  /** Product names and upstream pairs (products.ts); without one the shape rules alone decide. */
  lexicon?: ProductLexicon;
  /** Decides chain or look-alike per candidate instead of the hand rules (learned/decide.ts); for measuring. */
  decide?: Decider;
}

/** Extracts from plain text (lines as in the source; spans point into the text with line breaks removed). */
export function extract(raw: string, title = '', options: ExtractOptions = {}): Extraction {
  return extractDoc(makeDoc(raw), title, options);
}

/** Extracts from a document already made (text.ts makeDoc), for a caller that also reads the document. */
export function extractDoc(doc: Doc, title = '', options: ExtractOptions = {}): Extraction {
  const reduced = withoutGlosses(doc);
  const { chains, rejected } = reduced
    ? mapBack(reduced, doc, findChains(reduced.doc, options.decide))
    : findChains(doc, options.decide);
  if (options.lexicon) applyLexicon(doc, options.lexicon, chains);
  // A graph's own products know only its district's industries: a chain outside them lacks product words without being
  // less of a chain (锂矿—碳酸锂 on the Qijiang graph), so its low score is no ground to set it aside.
  const cut = !options.decide && options.lexicon?.source !== 'graph';
  const sure = cut ? setAsideUnsure(chains, rejected) : chains;
  const found = {
    chains: sure,
    zones: findZones(doc),
    enterprises: findEnterprises(doc),
    projects: findProjects(doc),
  };
  return { ...found, rejected, facts: planFacts(doc, title, found, options.lexicon?.links) };
}

/**
 * Chains scored under MIN_CHAIN_CONFIDENCE join the rejected look-alikes (with their span, for the reviewer); the rest
 * are returned. Not with a decider (its verdicts are measured as they are, learned/) nor with a graph's lexicon (above).
 */
function setAsideUnsure(
  chains: Extraction['chains'],
  rejected: Extraction['rejected'],
): Extraction['chains'] {
  const unsure = chains.filter((c) => c.confidence < MIN_CHAIN_CONFIDENCE);
  if (unsure.length === 0) return chains;
  for (const c of unsure)
    rejected.push({ start: c.start, end: c.end, text: c.expression, reason: REJECT_REASON.lowConfidence });
  rejected.sort((a, b) => a.start - b.start);
  return chains.filter((c) => c.confidence >= MIN_CHAIN_CONFIDENCE);
}

/** A short plan's paragraph: a heading, a zone, a chain, firms with and without a suffix (warmUp). */
export const WARM_UP_PLAN =
  '一、产业布局\n重庆市綦江区工业园区重点发展钢铁—铝型材—汽车零部件产业链，引进甲乙科技有限公司、丙丁铝业等企业。';

/**
 * Reads WARM_UP_PLAN once to load what an extraction loads on first use — the segmenter and its dictionary, the
 * gazetteer, OpenCC, the rules' regular expressions — so that a job worker (server/jobs/worker.ts) pays it when it
 * starts, not on its first upload. Returns how many chains it read.
 */
export function warmUp(): number {
  return extract(WARM_UP_PLAN).chains.length;
}
