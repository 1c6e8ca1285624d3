import { describe, expect, it } from 'vitest';
import { GRID, LARGE_NODE, LAYERED_TB, layeredFor, stageColumns, stageColumnsView } from './layout.ts';

describe('stage columns', () => {
  it('puts stages left to right and orders a column by its neighbours to avoid crossings', () => {
    // a→y and b→x cross when x is above y; the sweep swaps them.
    const pos = stageColumns(
      [
        { id: 'a', stage: 0 },
        { id: 'b', stage: 0 },
        { id: 'x', stage: 1 },
        { id: 'y', stage: 1 },
      ],
      [
        { source: 'a', target: 'y' },
        { source: 'b', target: 'x' },
      ],
      0.5,
    );
    const p = (id: string) => pos.get(id) ?? { x: Number.NaN, y: Number.NaN };
    expect(p('a').x).toBeLessThan(p('x').x);
    expect(p('a').y).toBeLessThan(p('b').y);
    expect(p('y').y).toBeLessThan(p('x').y);
  });

  it('wraps a crowded stage into sub-columns so a wide viewport is filled, and never overlaps nodes', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, stage: i < 20 ? 0 : 1 }));
    const pos = stageColumns(nodes, [], 1.6);
    const xs = new Set(nodes.filter((n) => n.stage === 1).map((n) => pos.get(n.id)?.x));
    expect(xs.size).toBeGreaterThan(1);
    const slots = new Set([...pos.values()].map((q) => `${q.x},${q.y}`));
    expect(slots.size).toBe(300);
    const stage0 = Math.max(...nodes.filter((n) => n.stage === 0).map((n) => pos.get(n.id)?.x ?? 0));
    const stage1 = Math.min(...nodes.filter((n) => n.stage === 1).map((n) => pos.get(n.id)?.x ?? 0));
    expect(stage1 - stage0).toBeGreaterThanOrEqual(GRID.column + GRID.stageGap);
  });

  it('fits the grid into the container without measuring anything', () => {
    const elements = [
      { group: 'nodes' as const, data: { id: 'a', stage: 0 } },
      { group: 'nodes' as const, data: { id: 'b', stage: 1 } },
      { group: 'edges' as const, data: { id: 'a→b', source: 'a', target: 'b' } },
    ];
    const view = stageColumnsView(
      elements,
      { width: 1000, height: 600 },
      { padding: 24, minZoom: 0.05, maxZoom: 3 },
    );
    const xs = view.elements
      .filter((e) => e.position)
      .map((e) => (e.position?.x ?? 0) * view.zoom + view.pan.x);
    // Both nodes (with their half widths) lie inside the container, centred.
    expect(Math.min(...xs) - (LARGE_NODE.width / 2) * view.zoom).toBeGreaterThanOrEqual(23);
    expect(Math.max(...xs) + (LARGE_NODE.width / 2) * view.zoom).toBeLessThanOrEqual(977);
    expect(view.elements[2]).toEqual(elements[2]);
  });
});

describe('the layered layout for a container', () => {
  it('runs top to bottom on a phone held upright and left to right otherwise', () => {
    expect(layeredFor({ width: 390, height: 500 }).id).toBe('layered-tb');
    expect(layeredFor({ width: 1000, height: 600 }).id).toBe('layered-lr');
    expect(layeredFor({ width: 500, height: 420 }).id).toBe('layered-lr');
    expect((LAYERED_TB.options as unknown as { rankDir: string }).rankDir).toBe('TB');
  });
});
