import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLDS, confidenceLevel, formatConfidence, reviewOrder } from './review.ts';

const chain = (name: string, confidence: number, start: number) => ({ name, confidence, start });

describe('the order of candidate chains in the review screen', () => {
  it('lists the least confident first and keeps each chain’s original index', () => {
    const chains = [chain('铝', 0.99, 18), chain('锂', 0.4, 145), chain('硅', 0.5, 122)];
    expect(reviewOrder(chains).map((x) => [x.chain.name, x.index])).toEqual([
      ['锂', 1],
      ['硅', 2],
      ['铝', 0],
    ]);
  });
  it('breaks ties by position in the text, not by position in the list', () => {
    const chains = [chain('后', 0.7, 300), chain('高', 0.9, 0), chain('前', 0.7, 10)];
    expect(reviewOrder(chains).map((x) => [x.chain.name, x.index])).toEqual([
      ['前', 2],
      ['后', 0],
      ['高', 1],
    ]);
  });
  it('leaves the extraction untouched and handles an empty one', () => {
    const chains = [chain('甲', 0.9, 0), chain('乙', 0.1, 5)];
    const copy = structuredClone(chains);
    reviewOrder(chains);
    expect(chains).toEqual(copy);
    expect(reviewOrder([])).toEqual([]);
  });
  it('labels confidence low, medium or high at the shared thresholds', () => {
    expect(confidenceLevel(0.4)).toBe('low');
    expect(confidenceLevel(CONFIDENCE_THRESHOLDS.low - 0.01)).toBe('low');
    expect(confidenceLevel(CONFIDENCE_THRESHOLDS.low)).toBe('medium');
    expect(confidenceLevel(CONFIDENCE_THRESHOLDS.high - 0.01)).toBe('medium');
    expect(confidenceLevel(CONFIDENCE_THRESHOLDS.high)).toBe('high');
    expect(formatConfidence(0.4)).toBe('0.40');
  });
});
