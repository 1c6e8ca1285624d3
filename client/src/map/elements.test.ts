import { describe, expect, it } from 'vitest';
import { chainElements, changedData, type MapLink, structureKey, withNeighbours } from './elements.ts';

const link = (id: string, stage: number, over: Partial<MapLink> = {}): MapLink => ({
  stage,
  status: 'MISSING',
  product: { id, name: id.replace('p-', '') },
  sharedWith: [],
  ...over,
});

describe('chain elements', () => {
  it('makes one node per link with its stage and status, and one edge per FEEDS', () => {
    const els = chainElements(
      [
        link('p-废铝', 0),
        link('p-再生铝', 1, { status: 'STRONG' }),
        link('p-铝锭', 2, { sharedWith: [{ id: 'c2', name: '铝' }] }),
      ],
      [
        { from: 'p-废铝', to: 'p-再生铝' },
        { from: 'p-再生铝', to: 'p-铝锭' },
      ],
    );
    const nodes = els.filter((e) => e.group === 'nodes').map((e) => e.data);
    expect(nodes).toEqual([
      { id: 'p-废铝', label: '废铝', name: '废铝', stage: 0, status: 'MISSING', shared: false },
      { id: 'p-再生铝', label: '再生铝', name: '再生铝', stage: 1, status: 'STRONG', shared: false },
      { id: 'p-铝锭', label: '铝锭 ⇄', name: '铝锭', stage: 2, status: 'MISSING', shared: true },
    ]);
    expect(els.filter((e) => e.group === 'edges').map((e) => [e.data.source, e.data.target])).toEqual([
      ['p-废铝', 'p-再生铝'],
      ['p-再生铝', 'p-铝锭'],
    ]);
  });
  it('drops edges whose ends are not on the map', () => {
    expect(chainElements([link('p-a', 0)], [{ from: 'p-a', to: 'p-b' }]).length).toBe(1);
  });
});

describe('neighbouring chains', () => {
  it('adds the links of an expanded chain once, marked as neighbours, with their edges', () => {
    const own = [link('p-铝锭', 0, { sharedWith: [{ id: 'c2', name: '铝精深加工' }] }), link('p-压铸件', 1)];
    const els = withNeighbours(
      own,
      [{ from: 'p-铝锭', to: 'p-压铸件' }],
      [{ links: [link('p-铝液', 0), link('p-铝锭', 1)], feeds: [{ from: 'p-铝液', to: 'p-铝锭' }] }],
    );
    const nodes = els.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.neighbour ?? false]);
    expect(nodes).toEqual([
      ['p-铝锭', false],
      ['p-压铸件', false],
      ['p-铝液', true],
    ]);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(2);
  });
});

describe('map structure and data', () => {
  const links = [link('p-废铝', 0), link('p-再生铝', 1, { status: 'STRONG' })];
  const feeds = [{ from: 'p-废铝', to: 'p-再生铝' }];

  it('a lead line that arrives later changes the data, not the structure', () => {
    const first = chainElements(links, feeds);
    const withLeads = chainElements(
      links.map((l) => (l.product.id === 'p-再生铝' ? { ...l, leads: '线索2' } : l)),
      feeds,
    );
    expect(structureKey(withLeads)).toBe(structureKey(first));
    const held = new Map(first.map((e) => [String(e.data.id), e.data as Record<string, unknown>]));
    const changed = changedData(withLeads, (id) => held.get(id));
    expect(changed.map((d) => [d.id, d.label])).toEqual([['p-再生铝', '再生铝\n线索2']]);
  });

  it('a neighbouring chain expanded changes the structure', () => {
    const more = withNeighbours(links, feeds, [{ links: [link('p-铝锭', 2)], feeds: [] }]);
    expect(structureKey(more)).not.toBe(structureKey(chainElements(links, feeds)));
  });

  it('nothing changed, nothing to write', () => {
    const els = chainElements(links, feeds);
    const held = new Map(els.map((e) => [String(e.data.id), { ...(e.data as Record<string, unknown>) }]));
    expect(changedData(els, (id) => held.get(id))).toEqual([]);
  });
});
