/**
 * The measured bar on real sentences (tests/fixtures/extraction/corpus/): asserted on the development part only.
 * The held-out part is printed by `npm run extract:eval` and never asserted, so nobody tunes the rules to it. The
 * fresh sets (fresh.json … fresh12.json) are development from the twenty-first chain round on; they are printed
 * there too and not asserted either (docs/EXTRACTION.md, twenty-first chain round). This runs without a product lexicon (the chainkg pool
 * never enters a test); with the pool's lexicon the development figures are the same (docs/EXTRACTION.md, fifth
 * chain round), so the bar stays. The bar is what the development part measures today
 * (docs/EXTRACTION.md, thirteenth chain round, 2026-12-06: precision 0.858, recall 0.982, 275/292 look-alikes kept
 * out, with the 2 development documents of that round, which read 0.820 / 0.982 / 269 of 292 before its place rules),
 * a little below it so that any regression fails. Recall is above the target (0.90); precision and look-alikes kept out are
 * not at the 0.95 — the remaining errors are semantic (lists of sectors, rally paths, structures) and are
 * reported, not pretended.
 */
const BAR = { precision: 0.84, recall: 0.97, keptOut: 0.92 };
const TARGET = { precision: 0.95, recall: 0.9, keptOut: 0.95 };

import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus, split } from './corpus.ts';

const documents = loadCorpus('documents.json');

describe('chain extraction on the development part of the corpus', () => {
  it(`holds the measured bar: precision ≥ ${BAR.precision}, recall ≥ ${BAR.recall}, look-alikes kept out ≥ ${BAR.keptOut}`, () => {
    const f = evaluate(split(documents).development);
    console.info(
      `development: precision ${f.precision.toFixed(3)} recall ${f.recall.toFixed(3)} kept out ${f.keptOut}/${f.lookalikes}` +
        ` (issue targets ${TARGET.precision} / ${TARGET.recall} / ${TARGET.keptOut})`,
    );
    expect(f.gold).toBeGreaterThanOrEqual(90);
    expect(f.lookalikes).toBeGreaterThanOrEqual(100);
    expect(f.precision).toBeGreaterThanOrEqual(BAR.precision);
    expect(f.recall).toBeGreaterThanOrEqual(Math.max(BAR.recall, TARGET.recall));
    expect(f.keptOutRate).toBeGreaterThanOrEqual(BAR.keptOut);
  });

  it('splits by document, deterministically, with at least 40 % held out', () => {
    const { heldout } = split(documents);
    expect(heldout.length / documents.length).toBeGreaterThanOrEqual(0.4);
    expect(split(documents).heldout.map((d) => d.address)).toEqual(heldout.map((d) => d.address));
  });
});
