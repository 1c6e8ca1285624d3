/**
 * The twenty-fourth round's pre-registered fit is reproducible: refitting on the development documents (preregFit.ts)
 * gives the committed prereg24.json. A change to the extractor's candidates or features, to the corpus's development
 * part or to the training code shows here first; refit with `npm run extract:prereg -- --write` and say why.
 */
import { describe, expect, it } from 'vitest';
import { PREREG_FIT } from './prereg.ts';
import { fitPrereg } from './preregFit.ts';

describe('the pre-registered learned decision (round 24)', () => {
  it('refits to the committed weights and threshold', { timeout: 180_000 }, () => {
    const fit = fitPrereg();
    expect(fit.threshold).toBe(PREREG_FIT.threshold);
    expect(fit.trainedOn).toEqual(PREREG_FIT.trainedOn);
    expect(fit.model.features).toEqual(PREREG_FIT.model.features);
    expect(fit.model.bias).toBeCloseTo(PREREG_FIT.model.bias, 12);
    for (const key of ['weights', 'means', 'scales'] as const) {
      expect(fit.model[key]).toHaveLength(PREREG_FIT.model[key].length);
      fit.model[key].forEach((v, j) => {
        expect(v).toBeCloseTo(PREREG_FIT.model[key][j] ?? Number.NaN, 12);
      });
    }
  });

  it('is fitted on development documents only, as pre-registered', () => {
    expect(PREREG_FIT.l2).toBe(0.1);
    expect(PREREG_FIT.variant).toBe('lowConfidence');
    expect(PREREG_FIT.trainedOn.sets).not.toContain('fresh13.json');
    expect(PREREG_FIT.trainedOn.sets).toContain('fresh12.json');
  });
});
