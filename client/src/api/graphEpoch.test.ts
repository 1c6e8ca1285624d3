import { describe, expect, it } from 'vitest';
import { currentGraphEpoch, graphChanged } from './graphEpoch.ts';

describe('the graph epoch', () => {
  it('moves on every write that may change the whole graph', () => {
    const before = currentGraphEpoch();
    graphChanged();
    graphChanged();
    expect(currentGraphEpoch()).toBe(before + 2);
  });
});
