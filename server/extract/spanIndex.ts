/**
 * Does any of many spans overlap [start, end)? Answered in O(log n): the spans sorted by start, with the largest end
 * among each prefix. For the firm rules, which ask it once per list item over every firm found — on a 2 MB plan
 * thousands of each, a linear scan per item was the extraction's largest cost.
 */
export interface SpanLike {
  start: number;
  end: number;
}

export class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: readonly SpanLike[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let max = Number.NEGATIVE_INFINITY;
    for (const s of sorted) {
      max = Math.max(max, s.end);
      this.maxEnd.push(max);
    }
  }

  /** Whether some span has start < end and its end > start (the same test as `a.start < b.end && a.end > b.start`). */
  overlaps(start: number, end: number): boolean {
    // The spans that start before `end` are a prefix; one of them overlaps when the largest end among them is past `start`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.maxEnd[lo - 1] as number) > start;
  }

  /** Whether some span holds all of [start, end): its start ≤ start and its end ≥ end. */
  contains(start: number, end: number): boolean {
    return this.overlaps(end - 1, start + 1);
  }
}
