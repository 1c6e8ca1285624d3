import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildEnterprise, buildGraph, buildProject, buildZone } from '../builders.ts';
import { clearDb, graphqlClient, testDb } from '../helpers.ts';
import { TEST_ACTOR } from '../largeChain.ts';

let db: Db;
let gql: ReturnType<typeof graphqlClient>;

const CHAIN = `query ($zone: ID) { chain(id: "chain-t", zone: $zone) {
  scope { label zoneIds }
  counts { strong weak missing total }
  links { product { name } stage status reason { producerCount projectCount summary producers { name } projects { name } } }
} }`;

type Link = {
  product: { name: string };
  stage: number;
  status: string;
  reason: {
    producerCount: number;
    projectCount: number;
    summary: string;
    producers: { name: string }[];
    projects: { name: string }[];
  };
};
type ChainData = {
  chain: { scope: { label: string; zoneIds: string[] }; counts: Record<string, number>; links: Link[] };
};

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await clearDb(db);
  await db.applySchema();
  // 矿 ← two producers in 甲 (one in its child park); 锭 ← one producer in 乙; 板 ← a project in 乙; 箔 ← nothing.
  const graph = buildGraph({
    stages: [['矿'], ['锭'], ['板'], ['箔']],
    zones: [
      buildZone({ id: 'zone-jia', name: '甲组团' }),
      buildZone({ id: 'zone-jia-park', name: '甲园区', kind: '园区', parent: 'zone-jia' }),
      buildZone({ id: 'zone-yi', name: '乙组团' }),
    ],
    enterprises: [
      buildEnterprise({ id: 'ent-a', name: '甲一', zone: 'zone-jia', produces: ['矿'] }),
      buildEnterprise({ id: 'ent-b', name: '甲二', zone: 'zone-jia-park', produces: ['矿'] }),
      buildEnterprise({ id: 'ent-c', name: '乙一', zone: 'zone-yi', produces: ['锭'] }),
      buildEnterprise({ id: 'ent-out', name: '区外', local: false, produces: ['箔'] }),
    ],
    projects: [buildProject({ id: 'proj-plate', name: '板项目', zone: 'zone-yi', builds: ['板'] })],
  });
  // 甲二 is located both in 甲园区 and in its parent 甲组团: a firm in two zones of one scope.
  const src = graph.locatedIn[0]?.source as string;
  graph.locatedIn.push({ enterprise: 'ent-b', zone: 'zone-jia', source: src });
  await writeSeed(db, graph, { actor: TEST_ACTOR });
});
afterAll(async () => db.close());

const byName = (d: ChainData) => Object.fromEntries(d.chain.links.map((l) => [l.product.name, l]));

describe('link status with reasons', () => {
  it('in the district: STRONG with two producers, WEAK with one or with a project, MISSING with neither', async () => {
    const res = await gql<ChainData>(CHAIN);
    expect(res.errors).toBeUndefined();
    const links = byName(res.data as ChainData);
    expect(links.矿).toMatchObject({
      status: 'STRONG',
      reason: { producerCount: 2, producers: [{ name: '甲一' }, { name: '甲二' }] },
    });
    expect(links.锭).toMatchObject({ status: 'WEAK', reason: { producerCount: 1, projectCount: 0 } });
    expect(links.板).toMatchObject({
      status: 'WEAK',
      reason: { producerCount: 0, projectCount: 1, projects: [{ name: '板项目' }] },
    });
    // An outside firm never counts as a local producer.
    expect(links.箔).toMatchObject({ status: 'MISSING', reason: { producerCount: 0, projectCount: 0 } });
    expect(links.箔?.reason.summary).toBe('全部地区内无本地企业生产，也无在建或规划项目');
    expect(res.data?.chain.counts).toEqual({ strong: 1, weak: 2, missing: 1, total: 4 });
    expect(res.data?.chain.links.map((l) => l.stage)).toEqual([0, 1, 2, 3]);
  });

  it('in a zone scope counts the zone and its child zones only', async () => {
    const jia = byName((await gql<ChainData>(CHAIN, { zone: 'zone-jia' })).data as ChainData);
    expect(jia.矿?.status).toBe('STRONG'); // one producer in 甲组团, one in its child 甲园区
    expect(jia.锭?.status).toBe('MISSING');
    expect(jia.板?.status).toBe('MISSING');
    const park = await gql<ChainData>(CHAIN, { zone: 'zone-jia-park' });
    expect(byName(park.data as ChainData).矿).toMatchObject({
      status: 'WEAK',
      reason: { producers: [{ name: '甲二' }] },
    });
    expect(park.data?.chain.scope).toEqual({ label: '甲园区', zoneIds: ['zone-jia-park'] });
    const yi = byName((await gql<ChainData>(CHAIN, { zone: 'zone-yi' })).data as ChainData);
    expect(yi.锭?.reason.summary).toBe('乙组团内仅 1 家本地企业生产：乙一');
    expect(yi.板?.status).toBe('WEAK');
  });

  it('a firm located in two zones of the scope is one producer: counted once, listed once', async () => {
    const jia = byName((await gql<ChainData>(CHAIN, { zone: 'zone-jia' })).data as ChainData);
    expect(jia.矿?.reason).toMatchObject({
      producerCount: 2,
      producers: [{ name: '甲一' }, { name: '甲二' }],
    });
    const res = await gql<{ product: { reason: { producerCount: number; producers: { name: string }[] } } }>(
      `{ product(id: "p-矿", zone: "zone-jia") { reason { producerCount producers { name } } } }`,
    );
    expect(res.data?.product.reason).toEqual({
      producerCount: 2,
      producers: [{ name: '甲一' }, { name: '甲二' }],
    });
  });

  it('a map that asks no reason (projects counted, not listed) gives the same statuses in every scope', async () => {
    const MAP = `query ($zone: ID) { chain(id: "chain-t", zone: $zone) {
      counts { strong weak missing total } links { product { name } status } } }`;
    type MapData = {
      chain: { counts: Record<string, number>; links: { product: { name: string }; status: string }[] };
    };
    for (const zone of [null, 'zone-jia', 'zone-jia-park', 'zone-yi']) {
      const map = (await gql<MapData>(MAP, { zone })).data as MapData;
      const full = (await gql<ChainData>(CHAIN, { zone })).data as ChainData;
      expect(map.chain.links).toEqual(
        full.chain.links.map((l) => ({ product: l.product, status: l.status })),
      );
      expect(map.chain.counts).toEqual(full.chain.counts);
    }
    // 板 is WEAK through its project alone: the counted project decides it.
    const yi = (await gql<MapData>(MAP, { zone: 'zone-yi' })).data as MapData;
    expect(yi.chain.links.find((l) => l.product.name === '板')?.status).toBe('WEAK');
  });

  it('product() and upstreamGaps() agree with the chain view', async () => {
    const res = await gql<{
      product: { status: string; reason: { producerCount: number } };
      upstreamGaps: {
        nodes: { product: { name: string }; distance: number; status: string }[];
        gaps: { product: { name: string } }[];
      };
    }>(`{ product(id: "p-锭", zone: "zone-jia") { status reason { producerCount } }
         upstreamGaps(product: "p-箔", zone: "zone-jia", sort: DISTANCE) { nodes { product { name } distance status } gaps { product { name } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.product).toEqual({ status: 'MISSING', reason: { producerCount: 0 } });
    expect(res.data?.upstreamGaps.nodes).toEqual([
      { product: { name: '板' }, distance: 1, status: 'MISSING' },
      { product: { name: '锭' }, distance: 2, status: 'MISSING' },
      { product: { name: '矿' }, distance: 3, status: 'STRONG' },
    ]);
    expect(res.data?.upstreamGaps.gaps.map((g) => g.product.name)).toEqual(['板', '锭']);
  });

  it('honours maxDepth', async () => {
    const res = await gql<{ upstreamGaps: { nodes: { product: { name: string } }[] } }>(
      `{ upstreamGaps(product: "p-箔", maxDepth: 2) { nodes { product { name } } } }`,
    );
    expect(res.data?.upstreamGaps.nodes.map((n) => n.product.name)).toEqual(['板', '锭']);
  });

  it('reads the product itself only when more than its id and name is asked; an unknown product is NOT_FOUND', async () => {
    const light = await gql<{ upstreamGaps: { product: { id: string; name: string } } }>(
      `{ upstreamGaps(product: "p-箔") { product { id name } } }`,
    );
    expect(light.data?.upstreamGaps.product).toEqual({ id: 'p-箔', name: '箔' });
    const full = await gql<{ upstreamGaps: { product: { name: string; upstream: { name: string }[] } } }>(
      `{ upstreamGaps(product: "p-箔") { product { name upstream { name } } } }`,
    );
    expect(full.data?.upstreamGaps.product).toEqual({ name: '箔', upstream: [{ name: '板' }] });
    const unknown = await gql(`{ upstreamGaps(product: "p-无此环节") { product { id } } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
