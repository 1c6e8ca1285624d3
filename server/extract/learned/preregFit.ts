/**
 * The twenty-fourth chain round's pre-registered fit (docs/EXTRACTION.md, fixed before the blind set fresh13.json was
 * collected): L2 logistic regression — L2 0.1, otherwise the eighteenth round's settings (2,000 full-batch steps from
 * zero, rate 0.5, all FEATURES, no product lexicon) — on the labelled candidates of all development documents as they
 * stood then (documents.json's development part and fresh.json … fresh12.json; never the held-out part, never
 * fresh13.json), variant `lowConfidence`, with the nested threshold an inner grouped cross-validation on the same rows
 * picks. Deterministic: the same extractor and corpus give the same fit (prereg.test.ts refits and compares with
 * prereg24.json, which `npm run extract:prereg -- --write` writes).
 */
import { type CorpusDocument, FRESH_SETS_TO_12, loadCorpus, split } from '../corpus.ts';
import { type LabelledCandidate, labelledCandidates } from './dataset.ts';
import type { Learned } from './decide.ts';
import { FEATURES } from './features.ts';
import { TRAIN_DEFAULTS, train } from './logistic.ts';
import type { PreregFit } from './prereg.ts';
import { nestedThreshold } from './threshold.ts';

export const PREREG_L2 = 0.1;
/** The development sets when the round was pre-registered (fresh13.json joined later and is not in the fit). */
export const PREREG_SETS = FRESH_SETS_TO_12;

/** documents.json's development part and the pre-registered fresh sets, in that order. */
export function preregDocuments(): CorpusDocument[] {
  return [...split(loadCorpus('documents.json')).development, ...PREREG_SETS.flatMap(loadCorpus)];
}

const fitRows = (rows: LabelledCandidate[]): Learned => ({
  kind: 'logistic',
  model: train(
    FEATURES,
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    { ...TRAIN_DEFAULTS, l2: PREREG_L2 },
  ),
});

/** Fits the pre-registered model and its nested threshold on the development documents. */
export function fitPrereg(documents: CorpusDocument[] = preregDocuments()): PreregFit {
  const rows = labelledCandidates(documents);
  const learned = fitRows(rows);
  if (learned.kind !== 'logistic') throw new Error('the pre-registered model is a logistic regression');
  return {
    round: 24,
    variant: 'lowConfidence',
    l2: PREREG_L2,
    threshold: nestedThreshold(rows, fitRows, 'lowConfidence'),
    trainedOn: {
      documents: documents.length,
      candidates: rows.length,
      chains: rows.filter((r) => r.y).length,
      sets: ['documents.json (development part)', ...PREREG_SETS],
    },
    model: learned.model,
  };
}
