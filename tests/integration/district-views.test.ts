import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildEnterprise, buildGraph, buildZone } from '../builders.ts';
import { clearDb, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { importQijiang15th, QIJIANG_14TH } from '../plansFixture.ts';

/**
 * Issue #20, what is left of "load what you show" with several districts: the lead form's zones (the district in
 * view and every zone inside it: Scope.district.descendants), the comparison page's district (Query.plan for a
 * URL's plan, zoneSearch(kind: 区县) for its picker) and the Plans answer naming its scope (a URL plan of another
 * district is dropped only on the answer of the scope in view). Three districts: 綦江区 (the seed's 十四五 and the
 * 十五五 written for the test), 南川区 (重庆市, a park with a zone inside it) and 自流井区 (四川省自贡市).
 */
let db: Db;
let gql: ReturnType<typeof graphqlClient>;
let qijiang15th: string;

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await clearDb(db);
  await resetAndSeed(db);
  qijiang15th = await importQijiang15th(db);
  await writeSeed(
    db,
    buildGraph({
      key: 'nanchuan',
      district: '重庆市南川区',
      stages: [['废铝'], ['再生铝']],
      zones: [
        buildZone({ id: 'zone-nc-park', name: '南川工业园', kind: '园区' }),
        buildZone({ id: 'zone-nc-east', name: '南川工业园东区', parent: 'zone-nc-park' }),
      ],
      enterprises: [
        buildEnterprise({ id: 'ent-nc', name: '南川企业', zone: 'zone-nc-east', produces: ['再生铝'] }),
      ],
    }),
    { actor: TEST_ACTOR },
  );
  await writeSeed(
    db,
    buildGraph({
      key: 'ziliujing',
      district: '四川省自贡市自流井区',
      stages: [['废铝'], ['再生铝']],
      zones: [buildZone({ id: 'zone-zlj-park', name: '自流井工业园' })],
    }),
    { actor: TEST_ACTOR },
  );
}, 300_000);
afterAll(async () => db?.close());

interface Z {
  id: string;
  name: string;
  parent: { id: string } | null;
}
const ZONE = 'id name parent { id }';
const LEAD_ZONES = `query ($z: ID) { scope(zone: $z) { zone { ${ZONE} } district { ${ZONE} descendants { ${ZONE} } } } }`;

const leadZones = async (zone: string | null) => {
  const r = await gql<{ scope: { zone: Z | null; district: (Z & { descendants: Z[] }) | null } }>(
    LEAD_ZONES,
    {
      z: zone,
    },
  );
  expect(r.errors).toBeUndefined();
  return r.data?.scope ?? { zone: null, district: null };
};

describe('the lead form’s zones: the district in view, not every zone', () => {
  it('offers a zone’s district and every zone inside it, at any depth, and no other district’s', async () => {
    const s = await leadZones('zone-nc-east');
    expect(s.zone?.id).toBe('zone-nc-east');
    expect(s.district?.name).toBe('南川区');
    expect(s.district?.descendants.map((z) => z.id).sort()).toEqual(['zone-nc-east', 'zone-nc-park']);
    // Each with its parent, so the form can indent it under its park.
    expect(s.district?.descendants.find((z) => z.id === 'zone-nc-east')?.parent?.id).toBe('zone-nc-park');
  });

  it('offers all of 綦江区’s zones from one of them, as every zone of the district was before', async () => {
    const s = await leadZones('zone-beidu');
    const all = await gql<{ zones: (Z & { kind: string })[] }>(`{ zones { ${ZONE} kind } }`);
    // Every zone under 綦江区 (the graph's zones, walked down by parent).
    const under = new Set(['region-500110']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const z of all.data?.zones ?? [])
        if (z.parent && under.has(z.parent.id) && !under.has(z.id)) {
          under.add(z.id);
          grew = true;
        }
    }
    under.delete('region-500110');
    expect(under.size).toBeGreaterThan(15);
    expect(new Set(s.district?.descendants.map((z) => z.id))).toEqual(under);
    expect(s.district?.descendants.map((z) => z.id)).not.toContain('zone-nc-park');
  });

  it('has no district to offer in a province of several or the whole graph: the form searches instead', async () => {
    const province = await leadZones('region-500000');
    expect(province.zone?.name).toBe('重庆市');
    expect(province.district).toBeNull();
    expect((await leadZones(null)).district).toBeNull();
    // 四川省 holds one district here: its zones are offered.
    const sichuan = await leadZones('region-510000');
    expect(sichuan.district?.name).toBe('自流井区');
    expect(sichuan.district?.descendants.map((z) => z.id)).toEqual(['zone-zlj-park']);
  });
});

describe('the comparison page’s district', () => {
  it('finds the district of a plan named in the URL, with which plan is current', async () => {
    const q = 'query ($p: ID!) { plan(id: $p) { id current district { id name } } }';
    const r = await gql<{ plan: { id: string; current: boolean; district: { id: string; name: string } } }>(
      q,
      {
        p: QIJIANG_14TH,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.plan).toEqual({
      id: QIJIANG_14TH,
      current: false,
      district: { id: 'region-500110', name: '綦江区' },
    });
    const later = await gql<{ plan: { current: boolean } }>(q, { p: qijiang15th });
    expect(later.data?.plan.current).toBe(true);
    const none = await gql(q, { p: 'doc-no-such-plan' });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('searches districts only when asked for kind 区县', async () => {
    const q = `query ($q: String!, $k: String) { zoneSearch(query: $q, kind: $k) { matches { id name kind } ancestors { name } } }`;
    const any = await gql<{ zoneSearch: { matches: { id: string; kind: string }[] } }>(q, { q: '南川' });
    expect(any.data?.zoneSearch.matches.map((m) => m.id)).toEqual(
      expect.arrayContaining(['region-500119', 'zone-nc-park']),
    );
    const districts = await gql<{
      zoneSearch: { matches: { id: string; kind: string }[]; ancestors: { name: string }[] };
    }>(q, { q: '区', k: '区县' });
    const kinds = new Set(districts.data?.zoneSearch.matches.map((m) => m.kind));
    expect([...kinds]).toEqual(['区县']);
    expect(districts.data?.zoneSearch.matches.map((m) => m.id).sort()).toEqual([
      'region-500110',
      'region-500119',
      'region-510302',
    ]);
    expect(districts.data?.zoneSearch.ancestors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['重庆市', '四川省', '自贡市']),
    );
  });

  it('searches the regions that can own a plan (省/市/区县) when asked for kinds, and refuses kind with kinds', async () => {
    const q = `query ($q: String!, $ks: [String!], $k: String) { zoneSearch(query: $q, kinds: $ks, kind: $k) { matches { id kind } } }`;
    const regions = await gql<{ zoneSearch: { matches: { id: string; kind: string }[] } }>(q, {
      q: '自',
      ks: ['省', '市', '区县'],
    });
    expect(regions.data?.zoneSearch.matches.map((m) => [m.id, m.kind])).toEqual([
      ['region-510300', '市'],
      ['region-510302', '区县'],
    ]);
    // 重庆市 is a province-level city (省): its districts sit directly under it, so 自贡市 is the one 市.
    const cities = await gql<{ zoneSearch: { matches: { id: string }[] } }>(q, { q: '市', ks: ['市'] });
    expect(cities.data?.zoneSearch.matches.map((m) => m.id)).toEqual(['region-510300']);
    const both = await gql(q, { q: '南川', ks: ['区县'], k: '区县' });
    expect(both.errors?.[0]?.message).toContain('give kind or kinds');
    const none = await gql(q, { q: '南川', ks: [] });
    expect(none.errors?.[0]?.message).toContain('at least one kind');
  });

  it('names the scope a Plans answer is of, so a stale answer cannot drop a URL plan', async () => {
    const q = 'query ($z: ID) { scope(zone: $z) { zone { id } district { plans { id } } } }';
    const nanchuan = await gql<{ scope: { zone: { id: string }; district: { plans: { id: string }[] } } }>(
      q,
      {
        z: 'region-500119',
      },
    );
    expect(nanchuan.data?.scope.zone.id).toBe('region-500119');
    // A plan of 綦江区 is not among 南川区's: the explorer drops it from the URL (client/src/views/plans.ts).
    expect(nanchuan.data?.scope.district.plans.map((p) => p.id)).toEqual(['doc-test-nanchuan']);
    const province = await gql<{ scope: { zone: { id: string }; district: null } }>(q, {
      z: 'region-500000',
    });
    expect(province.data?.scope).toEqual({ zone: { id: 'region-500000' }, district: null });
  });
});
