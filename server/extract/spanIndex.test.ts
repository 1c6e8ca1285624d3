import { describe, expect, it } from 'vitest';
import { SpanIndex } from './spanIndex.ts';

describe('SpanIndex', () => {
  it('answers as a scan of every span does, on random spans', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: rnd(40) }, () => {
        const start = rnd(200);
        return { start, end: start + rnd(15) };
      });
      const index = new SpanIndex(spans);
      for (let q = 0; q < 100; q++) {
        const start = rnd(220);
        const end = start + rnd(10);
        const scan = spans.some((f) => f.start < end && f.end > start);
        expect(index.overlaps(start, end), `${start}-${end} in ${JSON.stringify(spans)}`).toBe(scan);
        if (end > start) {
          const held = spans.some((f) => f.start <= start && end <= f.end);
          expect(index.contains(start, end), `${start}-${end} held in ${JSON.stringify(spans)}`).toBe(held);
        }
      }
    }
  });

  it('finds an overlap hidden behind a long span that starts early', () => {
    const index = new SpanIndex([
      { start: 0, end: 100 },
      { start: 10, end: 12 },
      { start: 50, end: 52 },
    ]);
    expect(index.overlaps(80, 81)).toBe(true);
    expect(index.overlaps(100, 120)).toBe(false);
    expect(new SpanIndex([]).overlaps(0, 5)).toBe(false);
  });
});
