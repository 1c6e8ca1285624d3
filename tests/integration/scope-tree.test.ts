import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildEnterprise, buildGraph, buildZone } from '../builders.ts';
import { clearDb, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

/**
 * Issue #20: the scope selector loads what it shows (scopeTree, zoneChildren, zoneSearch with a limit) and the
 * plan switcher reads the viewed district's plans (Scope.district, Zone.plans, Plan.industryTargets). Three
 * districts: 綦江区 (the seed, its 十四五 plan), 南川区 (重庆市) and 自流井区 (四川省自贡市), each with its own plan.
 */
let db: Db;
let gql: ReturnType<typeof graphqlClient>;

interface TreeZone {
  id: string;
  name: string;
  kind: string;
  childCount: number;
  parent: { id: string } | null;
}
const ZONE = 'id name kind childCount parent { id }';

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await clearDb(db);
  await resetAndSeed(db);
  for (const [key, district, zone, name] of [
    ['nanchuan', '重庆市南川区', 'zone-nc-park', '南川工业园'],
    ['ziliujing', '四川省自贡市自流井区', 'zone-zlj-park', '自流井工业园'],
  ] as const) {
    await writeSeed(
      db,
      buildGraph({
        key,
        district,
        stages: [['废铝'], ['再生铝']],
        zones: [buildZone({ id: zone, name })],
        enterprises: [buildEnterprise({ id: `ent-${key}`, name: `${name}企业`, zone, produces: ['再生铝'] })],
      }),
      { actor: TEST_ACTOR },
    );
  }
});
afterAll(async () => db?.close());

const tree = async (zone: string | null) => {
  const r = await gql<{ scopeTree: TreeZone[] }>(`query ($z: ID) { scopeTree(zone: $z) { ${ZONE} } }`, {
    z: zone,
  });
  expect(r.errors).toBeUndefined();
  return r.data?.scopeTree ?? [];
};

describe('the scope tree, a level at a time', () => {
  it('opens on the top level only when it holds several provinces', async () => {
    const top = await tree(null);
    // By GB/T code: 重庆市 500000 before 四川省 510000.
    expect(top.map((z) => z.name)).toEqual(['重庆市', '四川省']);
    expect(top.every((z) => z.parent === null)).toBe(true);
    // 重庆市 › 綦江区 and 南川区, 四川省 › 自贡市: the toggle knows without loading them.
    expect(top.map((z) => z.childCount)).toEqual([2, 1]);
  });

  it('opens the way to the current zone, each level with all its zones, parents first', async () => {
    const zones = await tree('zone-beidu');
    const ids = zones.map((z) => z.id);
    // The top level, 重庆市's districts, 綦江区's top-level zones, the 高新区's 组团, and 北渡组团's park.
    expect(ids.slice(0, 4)).toEqual(['region-500000', 'region-510000', 'region-500110', 'region-500119']);
    for (const id of [
      'zone-qijiang-hitech',
      'zone-anwen',
      'zone-beidu',
      'zone-qiaohe',
      'zone-beidu-aluminium-park',
    ])
      expect(ids).toContain(id);
    // Not opened: 南川区's zones and 四川省's city.
    expect(ids).not.toContain('zone-nc-park');
    expect(ids).not.toContain('region-510300');
    const at = new Map(ids.map((id, i) => [id, i]));
    for (const z of zones) if (z.parent) expect(at.get(z.parent.id)).toBeLessThan(at.get(z.id) ?? -1);
    expect(new Set(ids).size).toBe(ids.length);
    // An unknown zone opens as the whole graph does.
    expect((await tree('zone-nope')).map((z) => z.id)).toEqual(['region-500000', 'region-510000']);
  });

  it('answers the children of a zone when it is expanded, and only them', async () => {
    const Q = `query ($p: ID) { zoneChildren(parent: $p) { ${ZONE} } }`;
    const r = await gql<{ zoneChildren: TreeZone[] }>(Q, { p: 'region-500000' });
    expect(r.data?.zoneChildren.map((z) => [z.name, z.kind, z.parent?.id])).toEqual([
      ['綦江区', '区县', 'region-500000'],
      ['南川区', '区县', 'region-500000'],
    ]);
    const hitech = await gql<{ zoneChildren: TreeZone[] }>(Q, { p: 'zone-qijiang-hitech' });
    expect(hitech.data?.zoneChildren.map((z) => z.name)).toEqual(['北渡组团', '桥河组团', '通惠组团']);
    expect(hitech.data?.zoneChildren.find((z) => z.name === '北渡组团')?.childCount).toBe(1);
    const top = await gql<{ zoneChildren: TreeZone[] }>(Q, {});
    expect(top.data?.zoneChildren.map((z) => z.name)).toEqual(['重庆市', '四川省']);
    const bad = await gql(Q, { p: 'zone-nope' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the scope tree search, answered by the server', () => {
  const Q = `query ($q: String!, $n: Int) { zoneSearch(query: $q, first: $n) {
    matches { ${ZONE} } ancestors { ${ZONE} } truncated } }`;
  type Answer = { zoneSearch: { matches: TreeZone[]; ancestors: TreeZone[]; truncated: boolean } };

  it('returns at most `first` matches, says there are more, and the way to each', async () => {
    const r = await gql<Answer>(Q, { q: '组团', n: 3 });
    expect(r.errors).toBeUndefined();
    const s = r.data?.zoneSearch;
    // Six 组团 in 綦江区: three shown, the shortest names first (then by id: 安稳, 北渡, 扶欢).
    expect(s?.matches).toHaveLength(3);
    expect(s?.truncated).toBe(true);
    expect(s?.matches.every((z) => z.name.includes('组团'))).toBe(true);
    expect(s?.matches.map((z) => z.name)).toEqual(['安稳组团', '北渡组团', '扶欢组团']);
    // Every match hangs under zones of the answer, up to the top.
    const all = new Map([...(s?.matches ?? []), ...(s?.ancestors ?? [])].map((z) => [z.id, z]));
    for (const m of s?.matches ?? []) {
      let z: TreeZone | undefined = m;
      while (z?.parent) z = all.get(z.parent.id);
      expect(z?.id).toBe('region-500000');
    }
    expect(s?.ancestors.some((z) => z.name.includes('组团'))).toBe(false);
    const everything = await gql<Answer>(Q, { q: '组团', n: 20 });
    expect(everything.data?.zoneSearch.matches).toHaveLength(6);
    expect(everything.data?.zoneSearch.truncated).toBe(false);
  });

  it('ignores whitespace, puts an exact name first, finds regions, refuses bad input', async () => {
    const beidu = await gql<Answer>(Q, { q: ' 北渡 组团 ' });
    expect(beidu.data?.zoneSearch.matches.map((z) => z.name)).toEqual(['北渡组团']);
    const district = await gql<Answer>(Q, { q: '南川' });
    expect(district.data?.zoneSearch.matches.map((z) => z.name)).toEqual(['南川区', '南川工业园']);
    expect(district.data?.zoneSearch.ancestors.map((z) => z.name)).toEqual(['重庆市']);
    const none = await gql<Answer>(Q, { q: '火星' });
    expect(none.data?.zoneSearch).toEqual({ matches: [], ancestors: [], truncated: false });
    for (const vars of [{ q: '  ' }, { q: '组团', n: 0 }, { q: '组团', n: 51 }]) {
      const bad = await gql(Q, vars);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe("plans of the viewed scope's district", () => {
  const Q = `query ($z: ID) { scope(zone: $z) { label district { id name plans { id current district { id }
    industryTargets { industry { id } year output valueAdded } } } } }`;
  type Answer = {
    scope: {
      label: string;
      district: {
        id: string;
        name: string;
        plans: {
          id: string;
          current: boolean;
          district: { id: string };
          industryTargets: { industry: { id: string }; year: number; output: number | null }[];
        }[];
      } | null;
    };
  };
  const districtOf = async (zone: string | null) => {
    const r = await gql<Answer>(Q, { z: zone });
    expect(r.errors).toBeUndefined();
    return r.data?.scope.district ?? null;
  };

  it("gives a zone its own district's plans only, with that plan's industry targets", async () => {
    const qijiang = await districtOf('zone-beidu');
    expect(qijiang?.name).toBe('綦江区');
    expect(qijiang?.plans.map((p) => [p.id, p.current, p.district.id])).toEqual([
      ['doc-qijiang-plan-2021-2025', true, 'region-500110'],
    ]);
    const targets = qijiang?.plans[0]?.industryTargets ?? [];
    expect(targets.find((t) => t.industry.id === 'ind-new-materials')).toMatchObject({
      year: 2025,
      output: 500,
    });
    const nanchuan = await districtOf('zone-nc-park');
    expect(nanchuan?.name).toBe('南川区');
    expect(nanchuan?.plans.map((p) => p.id)).toEqual(['doc-test-nanchuan']);
    // 南川区's plan states no figures: none, and none of 綦江区's.
    expect(nanchuan?.plans[0]?.industryTargets).toEqual([]);
    expect((await districtOf('region-500119'))?.id).toBe('region-500119');
  });

  it('has no district in a city or province of several, nor in the whole graph; one when it holds one', async () => {
    expect(await districtOf('region-500000')).toBeNull();
    expect(await districtOf(null)).toBeNull();
    // 四川省 holds one district here (自流井区): its plans are the ones viewed.
    expect((await districtOf('region-510000'))?.name).toBe('自流井区');
  });

  it('lists no plans on a zone that is not a district', async () => {
    const r = await gql<{ zone: { plans: unknown[] } }>('{ zone(id: "zone-beidu") { plans { id } } }');
    expect(r.data?.zone.plans).toEqual([]);
  });
});
