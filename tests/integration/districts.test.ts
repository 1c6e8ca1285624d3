import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildEnterprise, buildGraph, buildZone } from '../builders.ts';
import { clearDb, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

/**
 * Three districts side by side: 綦江区 (the seed), 南川区 (same province, 重庆市, a municipality) and 自流井区
 * (四川省自贡市). Both small plans hold the 再生铝 chain's links 废铝 → 再生铝 → 铝锭 → 压铸件; 南川区 has two firms
 * making MISSING_LINK (a link missing in 綦江区), 自流井区 one.
 */
const CHAIN = 'chain-scrap-aluminium-recycling';
let db: Db;
let gql: ReturnType<typeof graphqlClient>;
let missing: { id: string; name: string };
/** The chain's last link: upstream of it lies `missing`. */
let end: string;

interface LinkRow {
  product: { id: string; name: string };
  status: string;
}

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await clearDb(db);
  await resetAndSeed(db);
  const res = await gql<{ chain: { links: LinkRow[] } }>(
    `{ chain(id: "${CHAIN}") { links { product { id name } status } } }`,
  );
  end = res.data?.chain.links.at(-1)?.product.id ?? '';
  const gap = res.data?.chain.links.find(
    (l) => l.status === 'MISSING' && !['废铝', '再生铝'].includes(l.product.name),
  );
  if (!gap) throw new Error(`${CHAIN} has no missing link in 綦江区`);
  missing = gap.product;
  const stages = [['废铝'], ['再生铝'], [missing.name]];
  await writeSeed(
    db,
    buildGraph({
      key: 'nanchuan',
      district: '重庆市南川区',
      stages,
      zones: [buildZone({ id: 'zone-nc-park', name: '南川工业园' })],
      enterprises: [
        buildEnterprise({
          id: 'ent-nc-1',
          name: '南川甲',
          zone: 'zone-nc-park',
          produces: [missing.name, '再生铝'],
        }),
        buildEnterprise({ id: 'ent-nc-2', name: '南川乙', zone: 'zone-nc-park', produces: [missing.name] }),
        // Placed in no zone: LOCATED_IN the district itself.
        buildEnterprise({ id: 'ent-nc-3', name: '南川丙', produces: ['废铝'] }),
      ],
    }),
    { actor: TEST_ACTOR },
  );
  await writeSeed(
    db,
    buildGraph({
      key: 'ziliujing',
      district: '四川省自贡市自流井区',
      stages,
      zones: [buildZone({ id: 'zone-zlj-park', name: '自流井园区' })],
      enterprises: [
        buildEnterprise({ id: 'ent-zlj-1', name: '自贡甲', zone: 'zone-zlj-park', produces: [missing.name] }),
      ],
    }),
    { actor: TEST_ACTOR },
  );
});

afterAll(async () => db?.close());

describe('a graph of three districts', () => {
  it('labels the whole graph 全部地区 and puts each district under its city and province', async () => {
    const res = await gql<{
      scope: { label: string };
      zones: { id: string; kind: string; parent: { id: string } }[];
    }>('{ scope { label } zones { id kind parent { id } } }');
    expect(res.data?.scope.label).toBe('全部地区');
    const parent = new Map(res.data?.zones.map((z) => [z.id, z.parent?.id]));
    expect(parent.get('region-500119')).toBe('region-500000'); // 南川区 → 重庆市
    expect(parent.get('region-510302')).toBe('region-510300'); // 自流井区 → 自贡市
    expect(parent.get('region-510300')).toBe('region-510000'); // 自贡市 → 四川省
    expect(parent.get('zone-nc-park')).toBe('region-500119');
  });

  it('a region scope lists the chains of the plans of its districts; a zone scope those of its district', async () => {
    const ids = async (zone: string) =>
      (
        await gql<{ chains: { id: string }[] }>('query ($z: ID) { chains(zone: $z) { id } }', { z: zone })
      ).data?.chains.map((c) => c.id) ?? [];
    const chongqing = await ids('region-500000');
    expect(chongqing).toContain(CHAIN);
    expect(chongqing).toContain('chain-t-nanchuan');
    expect(chongqing).not.toContain('chain-t-ziliujing');
    expect(await ids('region-510000')).toEqual(['chain-t-ziliujing']);
    expect(await ids('zone-nc-park')).toEqual(['chain-t-nanchuan']);
    expect(await ids('zone-beidu')).toHaveLength(30);
  });

  it('the city/province overview shows per chain which district holds which link, and strong neighbours', async () => {
    const res = await gql<{
      chain: {
        districts: {
          district: { id: string; name: string };
          inPlan: boolean;
          counts: { strong: number; total: number };
          links: {
            productId: string;
            status: string;
            producerCount: number;
            strongIn: string[];
          }[];
        }[];
      };
    }>(
      `{ chain(id: "${CHAIN}", zone: "region-500000") { districts { district { id name } inPlan counts { strong total }
         links { productId status producerCount strongIn } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const ds = res.data?.chain.districts ?? [];
    expect(ds.map((d) => [d.district.name, d.inPlan])).toEqual([
      ['綦江区', true],
      ['南川区', false],
    ]);
    const at = (i: number) => new Map(ds[i]?.links.map((l) => [l.productId, l]));
    // Missing in 綦江区, strong in its neighbour 南川区: shown as such.
    expect(at(0).get(missing.id)).toMatchObject({ status: 'MISSING', strongIn: ['南川区'] });
    expect(at(1).get(missing.id)).toMatchObject({ status: 'STRONG', producerCount: 2, strongIn: [] });
    // The district counts its firms placed in no zone (南川丙 → 废铝).
    expect(at(1).get('p-废铝')).toMatchObject({ status: 'WEAK', producerCount: 1 });
    expect(ds[0]?.counts.total).toBe(at(0).size);
    // Outside a 省/市 scope there is nothing to compare.
    for (const zone of [null, 'region-500110', 'zone-beidu']) {
      const r = await gql<{ chain: { districts: unknown[] } }>(
        `query ($z: ID) { chain(id: "${CHAIN}", zone: $z) { districts { inPlan } } }`,
        { z: zone },
      );
      expect(r.data?.chain.districts).toEqual([]);
    }
  });

  it('lists firms of other districts as 外区企业 candidates, nearest region first, after the other kinds', async () => {
    const res = await gql<{
      upstreamGaps: {
        gaps: {
          product: { id: string };
          candidates: {
            kind: string;
            fit: number;
            folded: boolean;
            reason: string;
            enterprise: { name: string } | null;
            district: { name: string } | null;
            place: { province: string | null; label: string } | null;
          }[];
        }[];
      };
    }>(
      `query ($p: ID!) { upstreamGaps(product: $p, zone: "region-500110") { gaps { product { id }
         candidates { kind fit folded reason enterprise { name } district { name } place { province label } } } } }`,
      { p: end },
    );
    expect(res.errors).toBeUndefined();
    const gap = res.data?.upstreamGaps.gaps.find((g) => g.product.id === missing.id);
    const others = gap?.candidates.filter((c) => c.kind === 'OTHER_DISTRICT') ?? [];
    expect(others.map((c) => [c.enterprise?.name, c.district?.name])).toEqual([
      ['南川乙', '南川区'],
      ['南川甲', '南川区'],
      ['自贡甲', '自流井区'],
    ]);
    expect(others[0]?.place).toEqual({ province: '重庆市', label: '重庆市南川区南川工业园' });
    // 重庆市 is a 直辖市: 南川区 is in the same city as 綦江区, not “同省”.
    expect(others[0]?.reason).toContain('同市其他区县');
    expect(others[2]?.reason).toContain('外省');
    // Ranked below every other kind: the last candidates listed, fits below every listed pool firm's.
    const kinds = (gap?.candidates ?? []).filter((c) => !c.folded).map((c) => c.kind);
    expect(kinds.slice(kinds.indexOf('OTHER_DISTRICT'))).toEqual([
      'OTHER_DISTRICT',
      'OTHER_DISTRICT',
      'OTHER_DISTRICT',
    ]);
    expect(others.map((c) => c.fit)).toEqual([0.04, 0.04, 0.03]);
  });

  it("names another district's plan targets as that district's, folded, and counts only the scope's own", async () => {
    // Found by the multi-district audit: 南山铝业, a target the Qijiang plan names for 再生铝, read “规划点名的「再生铝」
    // 招引对象” in another district's scope, as if that district's plan named it.
    const q = `query ($p: ID!, $z: ID) { product(id: $p, zone: $z) { candidates { kind folded reason enterprise { name } } } }`;
    const target = async (product: string, firm: string, zone: string | null) => {
      const r = await gql<{
        product: {
          candidates: {
            kind: string;
            folded: boolean;
            reason: string;
            enterprise: { name: string } | null;
          }[];
        };
      }>(q, { p: product, z: zone });
      expect(r.errors).toBeUndefined();
      return r.data?.product.candidates.find((c) => c.enterprise?.name === firm);
    };
    // 再生铝 is weak in 南川区 (南川甲) and in 北渡组团, a zone of 綦江区.
    expect(await target('p-再生铝', '南山铝业', 'region-500119')).toMatchObject({
      kind: 'PLAN_TARGET',
      folded: true,
      reason: '綦江区规划点名的「再生铝」招引对象',
    });
    expect(await target('p-再生铝', '南山铝业', 'zone-beidu')).toMatchObject({
      folded: false,
      reason: '规划点名的「再生铝」招引对象',
    });
    // 玻璃纤维 is missing everywhere: in 綦江区, in 重庆市 (which holds it) and in the whole graph the target is the
    // plan's own; in 南川区 it is 綦江区's.
    for (const zone of ['region-500110', 'region-500000', null])
      expect([zone, await target('p-玻璃纤维', '泰山玻纤', zone)]).toMatchObject([
        zone,
        { folded: false, reason: '规划点名的「玻璃纤维」招引对象' },
      ]);
    expect(await target('p-玻璃纤维', '泰山玻纤', 'region-500119')).toMatchObject({
      folded: true,
      reason: '綦江区规划点名的「玻璃纤维」招引对象',
    });
  });

  it("counts in a district's gap reach only its own chains: not a neighbour's downstream or industry target", async () => {
    // Found by the multi-district audit: a gap of 秀山 read “所属产业 2025 年产值目标 500 亿元”, 綦江区's industry's.
    const q = `query ($p: ID!, $z: ID) { product(id: $p, zone: $z) { priority { parts { part text } } } }`;
    const reach = async (zone: string) => {
      const r = await gql<{ product: { priority: { parts: { part: string; text: string }[] } | null } }>(q, {
        p: 'p-再生铝',
        z: zone,
      });
      expect(r.errors).toBeUndefined();
      return r.data?.product.priority?.parts.find((p) => p.part === 'REACH')?.text ?? '';
    };
    // 再生铝 is weak in 北渡组团 (a zone of 綦江区: its district's chains and their industry's target count) and in 南川区.
    expect(await reach('zone-beidu')).toMatch(/、\d+ 条产业链（.+），所属产业 2025 年产值目标 \d+ 亿元$/);
    // In 南川区 the link belongs to its own plan's chain only, which states no 2025 output target.
    expect(await reach('region-500119')).toMatch(/^下游 \d+ 个环节、1 条产业链（[^、]+）$/);
  });

  it('in a zone scope, firms of the same district in other zones come first; the whole graph has none', async () => {
    const q = `query ($p: ID!, $z: ID) { product(id: $p, zone: $z) { status candidates { kind enterprise { name } reason } } }`;
    const inPark = await gql<{
      product: {
        status: string;
        candidates: { kind: string; enterprise: { name: string } | null; reason: string }[];
      };
    }>(q, { p: missing.id, z: 'zone-zlj-park' });
    expect(inPark.errors).toBeUndefined();
    // 自流井园区 has 自贡甲 (WEAK); the candidates elsewhere: 南川 (another province) — no firm elsewhere in 自流井区.
    const names = inPark.data?.product.candidates
      .filter((c) => c.kind === 'OTHER_DISTRICT')
      .map((c) => c.enterprise?.name);
    expect(names).toEqual(['南川乙', '南川甲']);
    // 南川丙 makes 废铝 in 南川区 itself (no zone): from the park, it is in the same district.
    const scrap = await gql<{
      product: { candidates: { kind: string; enterprise: { name: string } | null; reason: string }[] };
    }>(q, { p: 'p-废铝', z: 'zone-nc-park' });
    const first = scrap.data?.product.candidates.find((c) => c.kind === 'OTHER_DISTRICT');
    expect(first?.enterprise?.name).toBe('南川丙');
    expect(first?.reason).toContain('同区县其他区域');
    const all = await gql<{ product: { candidates: { kind: string }[] } }>(q, { p: missing.id, z: null });
    expect(all.data?.product.candidates.filter((c) => c.kind === 'OTHER_DISTRICT')).toEqual([]);
  });

  it('counts the 外区企业 of each gap; a list read without them has the same order and priorities', async () => {
    interface G {
      product: { id: string };
      priority: { score: number; parts: { part: string; text: string }[] };
      candidates: { kind: string; enterprise: { name: string } | null; folded: boolean }[];
      otherDistrictCount: number | null;
    }
    const q = `query ($p: ID!, $z: ID, $list: Boolean) { upstreamGaps(product: $p, zone: $z, listOtherDistricts: $list) {
      gaps { product { id } priority { score parts { part text } } candidates { kind enterprise { name } folded }
        otherDistrictCount } } }`;
    const read = async (z: string | null, list: boolean) => {
      const r = await gql<{ upstreamGaps: { gaps: G[] } }>(q, { p: end, z, list });
      expect(r.errors).toBeUndefined();
      return r.data?.upstreamGaps.gaps ?? [];
    };
    for (const z of ['region-500110', 'zone-zlj-park', 'zone-nc-park', 'region-500000']) {
      const [full, counted] = await Promise.all([read(z, true), read(z, false)]);
      expect(counted.map((g) => g.product.id)).toEqual(full.map((g) => g.product.id));
      expect(counted.map((g) => g.priority)).toEqual(full.map((g) => g.priority));
      for (const [i, g] of full.entries()) {
        const c = counted[i] as G;
        expect(c.candidates).toEqual(g.candidates.filter((x) => x.kind !== 'OTHER_DISTRICT'));
        // The count agrees with the firms listed (fewer than the 20 read here); listed lists carry no count.
        expect(c.otherDistrictCount).toBe(g.candidates.filter((x) => x.kind === 'OTHER_DISTRICT').length);
        expect(g.otherDistrictCount).toBeNull();
      }
    }
    const [gap] = (await read('region-500110', false)).filter((g) => g.product.id === missing.id);
    // 南川乙 and 南川甲 (重庆市), 自贡甲 (四川省).
    expect(gap?.otherDistrictCount).toBe(3);
    expect(gap?.priority.parts.find((p) => p.part === 'CANDIDATES')?.text).toContain('外区企业 3');
    const [inPark] = (await read('zone-zlj-park', false)).filter((g) => g.product.id === missing.id);
    // From 自流井园区: 南川's two firms; 自贡甲 is in the scope itself.
    expect(inPark?.otherDistrictCount).toBe(2);
    const national = await read(null, false);
    expect(national.every((g) => g.otherDistrictCount === null)).toBe(true);
  });
});
