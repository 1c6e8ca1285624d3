import { describe, expect, it } from 'vitest';
import {
  buildTree,
  kindsByLevel,
  mergeZones,
  parentsIn,
  pathTo,
  type ScopeZone,
  visibleRows,
} from './scopeTree.ts';

const z = (id: string, name: string, kind: string, parent?: string, code?: string): ScopeZone => ({
  id,
  name,
  kind,
  code: code ?? null,
  parent: parent ? { id: parent } : null,
});

const ZONES: ScopeZone[] = [
  z('zone-beidu', '北渡组团', '组团', 'zone-hitech'),
  z('zone-hitech', '綦江高新区', '高新区', 'region-500110'),
  z('zone-sanjiang', '三江街道', '镇街', 'region-500110'),
  z('region-500110', '綦江区', '区县', 'region-500000', '500110'),
  z('region-500119', '南川区', '区县', 'region-500000', '500119'),
  z('region-500000', '重庆市', '省', undefined, '500000'),
  z('zone-park', '北渡铝产业园', '园区', 'zone-beidu'),
];

const BY_ID = new Map(ZONES.map((x) => [x.id, x]));

describe('the scope tree', () => {
  it('hangs zones under their parents, regions first by code', () => {
    const [root] = buildTree(ZONES);
    expect(root?.zone.name).toBe('重庆市');
    expect(root?.children.map((c) => c.zone.name)).toEqual(['綦江区', '南川区']);
    expect(root?.children[0]?.children.map((c) => c.zone.name)).toEqual(['綦江高新区', '三江街道']);
  });

  it('gives the breadcrumbs of a zone, root first', () => {
    expect(pathTo(BY_ID, 'zone-beidu').map((p) => p.name)).toEqual([
      '重庆市',
      '綦江区',
      '綦江高新区',
      '北渡组团',
    ]);
    expect(pathTo(BY_ID, null)).toEqual([]);
    expect(pathTo(BY_ID, 'zone-gone')).toEqual([]);
  });

  it('opens what an answer holds the children of; collapsed nodes hide their children', () => {
    const roots = buildTree(ZONES);
    const open = new Set(parentsIn(ZONES));
    expect([...open].sort()).toEqual(['region-500000', 'region-500110', 'zone-beidu', 'zone-hitech']);
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

  it('offers to expand a zone whose children are not loaded yet (childCount), not one without any', () => {
    const loaded = mergeZones(new Map(), [
      z('region-500000', '重庆市', '省', undefined, '500000'),
      { ...z('region-500110', '綦江区', '区县', 'region-500000', '500110'), childCount: 3 },
      { ...z('region-500119', '南川区', '区县', 'region-500000', '500119'), childCount: 0 },
    ]);
    const rows = visibleRows(buildTree(loaded.values()), new Set(['region-500000', 'region-500110']));
    expect(rows.map((r) => [r.zone.name, r.hasChildren, r.expanded])).toEqual([
      ['重庆市', true, true],
      ['綦江区', true, true],
      ['南川区', false, false],
    ]);
    // A later answer's copy of a zone replaces the earlier one; the others stay.
    const more = mergeZones(loaded, [
      { ...z('region-500119', '南川区', '区县', 'region-500000'), childCount: 2 },
    ]);
    expect(more.size).toBe(3);
    expect(more.get('region-500119')?.childCount).toBe(2);
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

  it('orders kinds by the level of their highest zone, and on one level from 高新区 down to 镇街', () => {
    const seedLike = [
      ...ZONES,
      z('zone-anwen', '安稳组团', '组团', 'region-500110'),
      z('zone-xibu', '西部信息安全谷', '其他', 'region-500110'),
      z('zone-a-park', '某产业园', '园区', 'region-500110'),
    ];
    expect(kindsByLevel(seedLike)).toEqual(['省', '区县', '高新区', '组团', '园区', '镇街', '其他']);
    // A kind no list knows comes after the known ones of its level.
    expect(kindsByLevel([...seedLike, z('zone-x', '某片区', '片区', 'region-500110')]).at(-1)).toBe('片区');
  });
});
