/**
 * The measured bar on real sentences (tests/fixtures/extraction/corpus/): asserted on the development part only.
 * The held-out part is printed by `npm run extract:eval` and never asserted, so nobody tunes the rules to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CorpusDocument, evaluate, split } from './corpus.ts';

const file = join(import.meta.dirname, '../../tests/fixtures/extraction/corpus/documents.json');
const { documents } = JSON.parse(readFileSync(file, 'utf8')) as { documents: CorpusDocument[] };

describe('chain extraction on the development part of the corpus', () => {
  it('meets the targets: precision ≥ 0.95, recall ≥ 0.90, look-alikes kept out ≥ 0.95', () => {
    const f = evaluate(split(documents).development);
    console.info(
      `development: precision ${f.precision.toFixed(3)} recall ${f.recall.toFixed(3)} kept out ${f.keptOut}/${f.lookalikes}`,
    );
    expect({ misses: f.misses, extras: f.extras, leaked: f.leaked }).toMatchObject({});
    expect(f.precision).toBeGreaterThanOrEqual(0.95);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
    expect(f.keptOutRate).toBeGreaterThanOrEqual(0.95);
  });

  it('splits by document, deterministically, with at least 40 % held out', () => {
    const { heldout } = split(documents);
    expect(heldout.length / documents.length).toBeGreaterThanOrEqual(0.4);
    expect(split(documents).heldout.map((d) => d.address)).toEqual(heldout.map((d) => d.address));
  });
});
