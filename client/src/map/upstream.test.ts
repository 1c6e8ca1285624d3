import { describe, expect, it } from 'vitest';
import { upstreamElements } from './upstream.ts';

describe('upstream elements', () => {
  it('adds upstream links from other chains, marks distances, and highlights only the target and its upstream', () => {
    const { elements, highlight } = upstreamElements(
      [
        { stage: 0, status: 'MISSING', product: { id: 'a', name: '废铝' }, sharedWith: [] },
        { stage: 1, status: 'STRONG', product: { id: 'b', name: '再生铝' }, sharedWith: [] },
        { stage: 2, status: 'WEAK', product: { id: 'c', name: '铝锭' }, sharedWith: [] },
        { stage: 3, status: 'MISSING', product: { id: 'd', name: '压铸件' }, sharedWith: [] },
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'd' },
      ],
      { id: 'c', name: '铝锭', status: 'WEAK' },
      [
        { product: { id: 'b', name: '再生铝' }, distance: 1, status: 'STRONG' },
        { product: { id: 'x', name: '铝液' }, distance: 1, status: 'MISSING' },
        { product: { id: 'a', name: '废铝' }, distance: 2, status: 'MISSING' },
      ],
      [{ from: 'x', to: 'c' }],
    );
    expect([...highlight].sort()).toEqual(['a', 'b', 'c', 'x']);
    const labels = Object.fromEntries(
      elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.label]),
    );
    expect(labels).toEqual({ a: '废铝\n↑2', b: '再生铝\n↑1', c: '铝锭', d: '压铸件', x: '铝液\n↑1' });
    expect(elements.some((e) => e.group === 'edges' && e.data.source === 'x' && e.data.target === 'c')).toBe(
      true,
    );
  });
});
