import { describe, expect, it } from 'vitest';
import { type Step, walkUpstream } from './upstream.ts';

// a ← b ← d, a ← c ← d, d ← e ← f: FEEDS edges as "upstream of" lists.
const UP: Record<string, string[]> = { a: ['b', 'c'], b: ['d'], c: ['d'], d: ['e'], e: ['f'] };
const step: Step = async (frontier, seen, limit) =>
  [...new Set(frontier.flatMap((p) => UP[p] ?? []))]
    .filter((u) => !seen.includes(u))
    .sort()
    .slice(0, limit)
    .map((id) => ({ id, name: id }));

describe('walkUpstream', () => {
  it('finds each upstream link once, at its shortest distance, nearest first', async () => {
    const r = await walkUpstream('a', 6, step);
    expect(r).toEqual({
      links: [
        { id: 'b', name: 'b', distance: 1 },
        { id: 'c', name: 'c', distance: 1 },
        { id: 'd', name: 'd', distance: 2 },
        { id: 'e', name: 'e', distance: 3 },
        { id: 'f', name: 'f', distance: 4 },
      ],
      truncated: false,
    });
  });

  it('stops at maxDepth', async () => {
    const r = await walkUpstream('a', 2, step);
    expect(r.links.map((l) => l.id)).toEqual(['b', 'c', 'd']);
    expect(r.truncated).toBe(false);
  });

  it('stops at the limit and says so; exactly the limit is not truncated', async () => {
    const cut = await walkUpstream('a', 6, step, 3);
    expect(cut.links.map((l) => l.id)).toEqual(['b', 'c', 'd']);
    expect(cut.truncated).toBe(true);
    const exact = await walkUpstream('a', 6, step, 5);
    expect(exact.links).toHaveLength(5);
    expect(exact.truncated).toBe(false);
  });
});
