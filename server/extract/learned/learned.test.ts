/**
 * The learned decision's parts (docs/EXTRACTION.md, eighteenth chain round): features read from made-up sentences,
 * the decider hook leaving the hand rules' output unchanged, and training that gives the same model twice.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../../vocab/extractReasons.ts';
import type { CandidateView } from '../decider.ts';
import { extract } from '../index.ts';
import { handDecider } from './dataset.ts';
import { learnedDecider, MODEL_REJECT } from './decide.ts';
import { FEATURES, type Feature, featureValues, featureVector } from './features.ts';
import { predict, train } from './logistic.ts';
import { predictStumps, trainStumps } from './stumps.ts';

function views(text: string): CandidateView[] {
  const out: CandidateView[] = [];
  extract(text, '', {
    decide: (c) => {
      out.push(c);
      return handDecider(c);
    },
  });
  return out;
}

function only(text: string): Record<Feature, number> {
  const vs = views(text);
  expect(vs).toHaveLength(1);
  return featureValues(vs[0] as CandidateView);
}

describe('candidate features', () => {
  it('read a quoted chain of four stages named a chain', () => {
    const f = only('着力构建“硅料—硅片—电池片—组件”产业链。');
    expect(f).toMatchObject({ handReject: 0, quoted: 1, stages4plus: 1, stages2: 0, emDash: 1, arrow: 0 });
    expect(f.chainWordAfter).toBe(1);
    expect(f.productEndLinks).toBeGreaterThan(0);
    expect(f.digitLinks).toBe(0);
  });

  it('read Latin letters, arrows and a chain noun nearby', () => {
    const f = only('延伸原油→PX→PTA→聚酯纤维产业链条。');
    expect(f.arrow).toBe(1);
    expect(f.latinLinks).toBeCloseTo(0.5);
    expect(f.chainNounNear).toBe(1);
  });

  it('carry the hand rules verdict and its family for a place pair', () => {
    const f = only('加快建设成渝—贵阳通道。');
    expect(f.handReject).toBe(1);
    expect(f.reasonPlace).toBe(1);
    expect(f.gazetteerLinks).toBeGreaterThan(0);
  });

  it('are numbers in [0, 1], one per named feature', () => {
    for (const v of views('发展种植—加工—销售全产业链，推进 A-B 与成渝—贵阳通道。')) {
      const x = featureVector(v);
      expect(x).toHaveLength(FEATURES.length);
      for (const value of x) expect(value >= 0 && value <= 1, String(value)).toBe(true);
    }
  });
});

describe('the decider hook', () => {
  it('leaves the extraction as it was when it passes the hand verdict through', () => {
    const text =
      '构建“煤—电—铝—材”一体化产业链，打造铸锭—拉晶—切片—电池片—组件，共建关坝—扶欢循环经济产业园。';
    const plain = extract(text);
    const hooked = extract(text, '', { decide: handDecider });
    expect(hooked.chains).toEqual(plain.chains);
    expect(hooked.rejected).toEqual(plain.rejected);
    expect(plain.chains.length).toBeGreaterThan(0);
  });

  it('lets a veto only take chains away, never add one the hand rules turn down', () => {
    const text = '打造铸锭—拉晶—切片—电池片—组件，共建关坝—扶欢循环经济产业园。';
    const all1 = {
      kind: 'logistic' as const,
      model: { features: [], bias: 10, weights: [], means: [], scales: [] },
    };
    const none = { ...all1, model: { ...all1.model, bias: -10 } };
    const hand = extract(text).chains.length;
    expect(extract(text, '', { decide: learnedDecider(all1, 'veto') }).chains).toHaveLength(hand);
    const vetoed = extract(text, '', { decide: learnedDecider(none, 'veto') });
    expect(vetoed.chains).toHaveLength(0);
    expect(vetoed.rejected.map((r) => r.reason)).toContain(MODEL_REJECT);
    expect(vetoed.rejected.map((r) => r.reason)).toContain(REJECT_REASON.parkName);
    // The model alone, sure of everything, takes the park name too.
    expect(extract(text, '', { decide: learnedDecider(all1, 'model') }).chains.length).toBeGreaterThan(hand);
  });
});

describe('training', () => {
  // A made-up problem: the label is x0 > 0.5 unless x2 is set; x1 is noise.
  const x = Array.from({ length: 60 }, (_, i) => [(i % 10) / 9, ((i * 7) % 11) / 10, i % 6 === 0 ? 1 : 0]);
  const y = x.map((r) => ((r[0] ?? 0) > 0.5 && r[2] === 0 ? 1 : 0));
  const names = ['x0', 'x1', 'x2'];

  it('gives the same logistic model twice, and one that separates the rows', () => {
    const a = train(names, x, y);
    expect(train(names, x, y)).toEqual(a);
    const right = x.filter((r, i) => predict(a, r) >= 0.5 === (y[i] === 1)).length;
    expect(right / x.length).toBeGreaterThan(0.9);
    expect(a.weights[0]).toBeGreaterThan(0);
    expect(a.weights[2]).toBeLessThan(0);
    expect(Math.abs(a.weights[1] ?? 0)).toBeLessThan(Math.abs(a.weights[0] ?? 0));
  });

  it('gives the same stumps twice, and ones that separate the rows', () => {
    const a = trainStumps(names, x, y);
    expect(trainStumps(names, x, y)).toEqual(a);
    const right = x.filter((r, i) => predictStumps(a, r) >= 0.5 === (y[i] === 1)).length;
    expect(right / x.length).toBeGreaterThan(0.9);
  });
});
