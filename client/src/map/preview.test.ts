import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { stageColumnsView } from './layout.ts';
import { previewScene } from './preview.ts';
import { LARGE_LIMITS } from './style.ts';

const elements: ElementDefinition[] = [
  { group: 'nodes', data: { id: 'a', stage: 0, status: 'STRONG' } },
  { group: 'nodes', data: { id: 'b', stage: 1, status: 'MISSING', shared: true } },
  { group: 'nodes', data: { id: 'c', stage: 2, status: 'WEAK' } },
  { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' } },
  { group: 'edges', data: { id: 'b-c', source: 'b', target: 'c' } },
  // An edge to a link that is not on the map is not drawn (Cytoscape would refuse it too).
  { group: 'edges', data: { id: 'c-x', source: 'c', target: 'x' } },
];

describe('a large map preview', () => {
  const view = stageColumnsView(elements, { width: 800, height: 400 }, LARGE_LIMITS);

  it('draws every placed node at its position with its status, and every edge between their centres', () => {
    const scene = previewScene(view.elements, view);
    const at = new Map(view.elements.filter((e) => e.position).map((e) => [e.data.id, e.position]));
    expect(scene.nodes).toEqual([
      { ...at.get('a'), status: 'STRONG', shared: false, dimmed: false },
      { ...at.get('b'), status: 'MISSING', shared: true, dimmed: false },
      { ...at.get('c'), status: 'WEAK', shared: false, dimmed: false },
    ]);
    expect(scene.edges).toEqual([
      { x1: at.get('a')?.x, y1: at.get('a')?.y, x2: at.get('b')?.x, y2: at.get('b')?.y, dimmed: false },
      { x1: at.get('b')?.x, y1: at.get('b')?.y, x2: at.get('c')?.x, y2: at.get('c')?.y, dimmed: false },
    ]);
    // The viewport is the one Cytoscape is given.
    expect({ zoom: scene.zoom, pan: scene.pan }).toEqual({ zoom: view.zoom, pan: view.pan });
  });

  it('dims what a highlight leaves out, as the map does: an edge stays bright only between two kept links', () => {
    const scene = previewScene(view.elements, view, new Set(['a', 'b']));
    expect(scene.nodes.map((n) => n.dimmed)).toEqual([false, false, true]);
    expect(scene.edges.map((e) => e.dimmed)).toEqual([false, true]);
  });

  it('draws an unknown status in neutral grey rather than guessing one', () => {
    const scene = previewScene(
      [{ group: 'nodes', data: { id: 'q', status: 'BOGUS' }, position: { x: 0, y: 0 } }],
      view,
    );
    expect(scene.nodes[0]?.status).toBeNull();
  });
});
