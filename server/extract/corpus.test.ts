/**
 * The measured bar on real sentences (tests/fixtures/extraction/corpus/): asserted on the development part only.
 * The held-out part is printed by `npm run extract:eval` and never asserted, so nobody tunes the rules to it.
 * The bar is what the development part measures today (docs/EXTRACTION.md, 2026-11-28: precision 0.742, recall
 * 0.939, 93/122 look-alikes kept out), a little below it so that any regression fails; the targets
 * (0.95 / 0.90 / 0.95) are not met on real sentences yet and are reported, not pretended.
 */
const BAR = { precision: 0.72, recall: 0.92, keptOut: 0.75 };

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CorpusDocument, evaluate, split } from './corpus.ts';

const file = join(import.meta.dirname, '../../tests/fixtures/extraction/corpus/documents.json');
const { documents } = JSON.parse(readFileSync(file, 'utf8')) as { documents: CorpusDocument[] };

describe('chain extraction on the development part of the corpus', () => {
  it(`holds the measured bar: precision ≥ ${BAR.precision}, recall ≥ ${BAR.recall}, look-alikes kept out ≥ ${BAR.keptOut}`, () => {
    const f = evaluate(split(documents).development);
    console.info(
      `development: precision ${f.precision.toFixed(3)} recall ${f.recall.toFixed(3)} kept out ${f.keptOut}/${f.lookalikes}`,
    );
    expect(f.gold).toBeGreaterThanOrEqual(90);
    expect(f.lookalikes).toBeGreaterThanOrEqual(100);
    expect(f.precision).toBeGreaterThanOrEqual(BAR.precision);
    expect(f.recall).toBeGreaterThanOrEqual(BAR.recall);
    expect(f.keptOutRate).toBeGreaterThanOrEqual(BAR.keptOut);
  });

  it('splits by document, deterministically, with at least 40 % held out', () => {
    const { heldout } = split(documents);
    expect(heldout.length / documents.length).toBeGreaterThanOrEqual(0.4);
    expect(split(documents).heldout.map((d) => d.address)).toEqual(heldout.map((d) => d.address));
  });
});
