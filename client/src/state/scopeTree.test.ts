import { describe, expect, it } from 'vitest';
import { buildTree, initiallyExpanded, pathTo, type ScopeZone, visibleRows } from './scopeTree.ts';

const z = (id: string, name: string, kind: string, parent?: string, code?: string): ScopeZone => ({
  id,
  name,
  kind,
  code: code ?? null,
  parent: parent ? { id: parent } : null,
});

const ZONES = [
  z('zone-beidu', '北渡组团', '组团', 'zone-hitech'),
  z('zone-hitech', '綦江高新区', '高新区', 'region-500110'),
  z('zone-sanjiang', '三江街道', '镇街', 'region-500110'),
  z('region-500110', '綦江区', '区县', 'region-500000', '500110'),
  z('region-500119', '南川区', '区县', 'region-500000', '500119'),
  z('region-500000', '重庆市', '省', undefined, '500000'),
  z('zone-park', '北渡铝产业园', '园区', 'zone-beidu'),
];

describe('the scope tree', () => {
  it('hangs zones under their parents, regions first by code', () => {
    const [root] = buildTree(ZONES);
    expect(root?.zone.name).toBe('重庆市');
    expect(root?.children.map((c) => c.zone.name)).toEqual(['綦江区', '南川区']);
    expect(root?.children[0]?.children.map((c) => c.zone.name)).toEqual(['綦江高新区', '三江街道']);
  });

  it('gives the breadcrumbs of a zone, root first', () => {
    expect(pathTo(ZONES, 'zone-beidu').map((p) => p.name)).toEqual([
      '重庆市',
      '綦江区',
      '綦江高新区',
      '北渡组团',
    ]);
    expect(pathTo(ZONES, null)).toEqual([]);
    expect(pathTo(ZONES, 'zone-gone')).toEqual([]);
  });

  it('opens the regions and the path to the current zone; collapsed nodes hide their children', () => {
    const roots = buildTree(ZONES);
    const open = initiallyExpanded(ZONES, 'zone-beidu');
    const names = visibleRows(roots, open).map((r) => `${r.depth}${r.zone.name}`);
    expect(names).toEqual([
      '0重庆市',
      '1綦江区',
      '2綦江高新区',
      '3北渡组团',
      '4北渡铝产业园',
      '2三江街道',
      '1南川区',
    ]);
    open.delete('region-500110');
    expect(visibleRows(roots, open).map((r) => r.zone.name)).toEqual(['重庆市', '綦江区', '南川区']);
  });

  it('a search shows each match with its ancestors, whatever is collapsed', () => {
    const rows = visibleRows(buildTree(ZONES), new Set(), '铝');
    expect(rows.map((r) => r.zone.name)).toEqual([
      '重庆市',
      '綦江区',
      '綦江高新区',
      '北渡组团',
      '北渡铝产业园',
    ]);
    expect(visibleRows(buildTree(ZONES), new Set(), '火星')).toEqual([]);
  });
});
