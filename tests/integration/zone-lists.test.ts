import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildGraph, buildZone } from '../builders.ts';
import { clearDb, graphqlClient, TEST_ACTOR, testDb } from '../helpers.ts';

/**
 * Issue #20 at national scale: lists of zones answer what a page shows, not every zone. A district (南川区) with
 * more zones than Zone.descendants answers at most (500): a park holding 520 zones and two zones beside it. The
 * 区域 page without a zone lists the scope tree as it opens (ScopeTree without a zone), not the 523 zones.
 */
let db: Db;
let gql: ReturnType<typeof graphqlClient>;
const INSIDE_PARK = 520;
const pad = (i: number) => String(i).padStart(3, '0');

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await clearDb(db);
  await db.applySchema();
  await writeSeed(
    db,
    buildGraph({
      key: 'nanchuan',
      district: '重庆市南川区',
      stages: [['废铝'], ['再生铝']],
      zones: [
        buildZone({ id: 'zone-nc-park', name: '南川工业园', kind: '园区' }),
        buildZone({ id: 'zone-nc-a', name: '南川甲组团' }),
        buildZone({ id: 'zone-nc-b', name: '南川乙组团' }),
        ...Array.from({ length: INSIDE_PARK }, (_, i) =>
          buildZone({ id: `zone-nc-p${pad(i)}`, name: `南川工业园${pad(i)}号片区`, parent: 'zone-nc-park' }),
        ),
      ],
    }),
    { actor: TEST_ACTOR },
  );
}, 300_000);
afterAll(async () => db?.close());

interface Z {
  id: string;
  parent: { id: string } | null;
}
const descendants = (zone: string, first?: number) =>
  first === undefined
    ? gql<{ zone: { descendants: Z[] } }>(
        'query ($z: ID!) { zone(id: $z) { descendants { id parent { id } } } }',
        { z: zone },
      )
    : gql<{ zone: { descendants: Z[] } }>(
        'query ($z: ID!, $n: Int) { zone(id: $z) { descendants(first: $n) { id parent { id } } } }',
        { z: zone, n: first },
      );

describe('Zone.descendants: at most `first`, level by level', () => {
  it('answers 100 by default: the district’s own zones first, then the park’s by id', async () => {
    const r = await descendants('region-500119');
    expect(r.errors).toBeUndefined();
    const ids = r.data?.zone.descendants.map((z) => z.id) ?? [];
    expect(ids).toHaveLength(100);
    expect(ids.slice(0, 3)).toEqual(['zone-nc-a', 'zone-nc-b', 'zone-nc-park']);
    expect(ids.slice(3)).toEqual(Array.from({ length: 97 }, (_, i) => `zone-nc-p${pad(i)}`));
    // Every zone listed has its parent listed, or is a child of the district: the form can nest what it gets.
    const listed = new Set([...ids, 'region-500119']);
    for (const z of r.data?.zone.descendants ?? []) expect(listed.has(z.parent?.id ?? '')).toBe(true);
  });

  it('answers up to 500 when asked, never more, and rejects a `first` outside 1–500', async () => {
    const most = await descendants('region-500119', 500);
    expect(most.errors).toBeUndefined();
    expect(most.data?.zone.descendants).toHaveLength(500);
    expect(new Set(most.data?.zone.descendants.map((z) => z.id)).size).toBe(500);
    for (const n of [501, 0, -1]) {
      const bad = await descendants('region-500119', n);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.data).toBeNull();
    }
  });

  it('walks a province level by level too, and a park answers only what is inside it', async () => {
    const province = await descendants('region-500000', 4);
    expect(province.data?.zone.descendants.map((z) => z.id)).toEqual([
      'region-500119',
      'zone-nc-a',
      'zone-nc-b',
      'zone-nc-park',
    ]);
    const park = await descendants('zone-nc-park', 3);
    expect(park.data?.zone.descendants.map((z) => z.id)).toEqual([
      'zone-nc-p000',
      'zone-nc-p001',
      'zone-nc-p002',
    ]);
    const leaf = await descendants('zone-nc-p000');
    expect(leaf.data?.zone.descendants).toEqual([]);
  });

  it('gives the lead form the district in view with the zones it shows (LeadZones’ shape)', async () => {
    const q = `query ($z: ID, $n: Int!) { scope(zone: $z) { district { id descendants(first: $n) { id } } } }`;
    const r = await gql<{ scope: { district: { id: string; descendants: { id: string }[] } } }>(q, {
      z: 'zone-nc-p300',
      n: 200,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.scope.district.id).toBe('region-500119');
    expect(r.data?.scope.district.descendants).toHaveLength(200);
  });
});

describe('the 区域 page without a zone: the scope tree as it opens, then a search', () => {
  it('lists the top level down to the only district and its own zones, not the 520 inside the park', async () => {
    const all = await gql<{ zones: { id: string }[] }>('{ zones { id } }');
    expect(all.data?.zones.length).toBe(INSIDE_PARK + 5);
    const q = 'query { scopeTree { id kind childCount parent { id } } }';
    const r = await gql<{ scopeTree: { id: string; kind: string; childCount: number }[] }>(q);
    expect(r.errors).toBeUndefined();
    expect(r.data?.scopeTree.map((z) => z.id)).toEqual([
      'region-500000',
      'region-500119',
      'zone-nc-a',
      'zone-nc-b',
      'zone-nc-park',
    ]);
    expect(r.data?.scopeTree.find((z) => z.id === 'zone-nc-park')?.childCount).toBe(INSIDE_PARK);
  });

  it('finds a zone inside the park by name, with the zones above it', async () => {
    const q = `query { zoneSearch(query: "工业园417", first: 20) { matches { id } ancestors { id } truncated } }`;
    const r = await gql<{ zoneSearch: { matches: { id: string }[]; ancestors: { id: string }[] } }>(q);
    expect(r.data?.zoneSearch.matches.map((m) => m.id)).toEqual(['zone-nc-p417']);
    expect(r.data?.zoneSearch.ancestors.map((a) => a.id).sort()).toEqual([
      'region-500000',
      'region-500119',
      'zone-nc-park',
    ]);
  });
});
