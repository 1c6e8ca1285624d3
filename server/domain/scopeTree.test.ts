import { describe, expect, it } from 'vitest';
import { openTree } from './scopeTree.ts';

/** A tree by parent id: '' is the top level. */
const reader = (tree: Record<string, string[]>) => {
  const asked: (string | null)[] = [];
  const childrenOf = async (parent: string | null) => {
    asked.push(parent);
    return (tree[parent ?? ''] ?? []).map((id) => ({ id }));
  };
  return { asked, childrenOf };
};

const NATIONAL = {
  '': ['11', '50'],
  '50': ['5001', '5002'],
  '5001': ['z-a', 'z-b'],
  'z-a': ['z-a1'],
};

describe('the scope tree as it opens', () => {
  it('opens the path to the current zone, and only it, on a graph of many provinces', async () => {
    const r = reader(NATIONAL);
    const ids = (await openTree(['50', '5001', 'z-a'], r.childrenOf)).map((z) => z.id);
    expect(ids).toEqual(['11', '50', '5001', '5002', 'z-a', 'z-b', 'z-a1']);
    // z-a1 is the only zone under the current one: opened too (it has nothing under it).
    expect(r.asked).toEqual([null, '50', '5001', 'z-a', 'z-a1']);
  });

  it('shows the top level closed without a current zone when it holds several zones', async () => {
    const r = reader(NATIONAL);
    expect((await openTree([], r.childrenOf)).map((z) => z.id)).toEqual(['11', '50']);
    expect(r.asked).toEqual([null]);
  });

  it('opens a lone zone of a level, down to the first level of several (one district: 重庆市 › 綦江区)', async () => {
    const r = reader({ '': ['500000'], '500000': ['500110'], '500110': ['hitech', 'sanjiang'] });
    expect((await openTree([], r.childrenOf)).map((z) => z.id)).toEqual([
      '500000',
      '500110',
      'hitech',
      'sanjiang',
    ]);
  });

  it('ignores a path that leaves the tree (an unknown or stale zone)', async () => {
    const r = reader(NATIONAL);
    expect((await openTree(['99', 'x'], r.childrenOf)).map((z) => z.id)).toEqual(['11', '50']);
  });
});
