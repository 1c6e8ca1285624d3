import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import { fetchBriefing } from '../../server/briefing/data.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildYoga } from '../../server/graphql/yoga.ts';
import { buildGraph } from '../builders.ts';
import { clearDb, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

// Links a district's plan names as ones to bring in (重点引进…, 补齐…): seeded from the Qijiang plan's industry
// files (`sought`) as (district)-[:SEEKS {sources}]->(link), and counted by the gap priority of that district's
// scopes only, with the plan's sentence.

const QIJIANG = 'region-500110';
let db: Db;

interface Part {
  part: string;
  points: number;
  text: string;
}
const gql = () => graphqlClient(db);

async function soughtPart(product: string, zone: string | null): Promise<Part | undefined | null> {
  const r = await gql()<{ product: { status: string; priority: { parts: Part[] } | null } | null }>(
    'query ($p: ID!, $z: ID) { product(id: $p, zone: $z) { status priority { parts { part points text } } } }',
    { p: product, z: zone },
  );
  expect(r.errors).toBeUndefined();
  const priority = r.data?.product?.priority;
  return priority === null || priority === undefined
    ? null
    : priority.parts.find((p) => p.part === 'PLAN_SOUGHT');
}

async function seeks(): Promise<{ name: string; quotes: string[] }[]> {
  const r = await db.driver.executeQuery(
    `MATCH (:Zone {id: $d})-[r:SEEKS]->(p:Product)
     RETURN p.name AS name, COLLECT {
       UNWIND range(0, size(r.sources) - 1) AS i MATCH (s:Source {id: r.sources[i]}) WITH s, i ORDER BY i RETURN s.quote
     } AS quotes ORDER BY name`,
    { d: QIJIANG },
  );
  return r.records.map((x) => ({ name: x.get('name'), quotes: x.get('quotes') }));
}

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
}, 180_000);

afterAll(async () => {
  await db.close();
});

describe('links a plan names as ones to bring in', () => {
  it('are seeded on the district with the sentences that say so, and seeding again adds nothing', async () => {
    const before = await seeks();
    expect(before.map((s) => s.name)).toContain('铝灰');
    expect(before.find((s) => s.name === '铝灰')?.quotes).toEqual([
      '引进有危险废物经营许可资质的相关企业，大力发展铝灰回收再利用产业',
    ]);
    expect(before.find((s) => s.name === '动力电池')?.quotes).toHaveLength(2);
    expect(before).toHaveLength(13);
    await resetAndSeed(db);
    expect(await seeks()).toEqual(before);
  }, 180_000);

  it("raise the district's gap by the plan's weight, quoted, in the district and the zones inside it", async () => {
    const inDistrict = await soughtPart('p-铝灰', QIJIANG);
    expect(inDistrict).toEqual({
      part: 'PLAN_SOUGHT',
      points: 10,
      text: '规划提出引进（綦江区：“引进有危险废物经营许可资质的相关企业，大力发展铝灰回收再利用产业”）',
    });
    // A park inside the district: the district's plan speaks for it too.
    const zones = await db.driver.executeQuery(
      `MATCH (z:Zone)-[:PART_OF*1..]->(:Zone {id: $d}) RETURN z.id AS id ORDER BY id LIMIT 1`,
      { d: QIJIANG },
    );
    const park = zones.records[0]?.get('id') as string;
    expect((await soughtPart('p-铝灰', park))?.points).toBe(10);
    // A gap the plan names nothing about.
    const notSought = await gql()<{
      upstreamGaps: { gaps: { product: { name: string }; priority: { parts: Part[] } }[] };
    }>(
      `query ($z: ID) { upstreamGaps(product: "p-压铸件", zone: $z) { gaps { product { name } priority { parts { part points text } } } } }`,
      { z: QIJIANG },
    );
    expect(notSought.errors).toBeUndefined();
    const gaps = notSought.data?.upstreamGaps.gaps ?? [];
    const names = new Set((await seeks()).map((s) => s.name));
    const plain = gaps.filter((g) => !names.has(g.product.name));
    expect(plain.length).toBeGreaterThan(0);
    for (const g of plain)
      expect(g.priority.parts.find((p) => p.part === 'PLAN_SOUGHT')).toEqual({
        part: 'PLAN_SOUGHT',
        points: 0,
        text: '规划未提出引进此环节',
      });
  }, 180_000);

  it("give the part the plan's sentences as sources, and the briefing footnotes them", async () => {
    const r = await gql()<{ product: { priority: { parts: (Part & { sources: { quote: string }[] })[] } } }>(
      'query ($p: ID!, $z: ID) { product(id: $p, zone: $z) { priority { parts { part points text sources { quote } } } } }',
      { p: 'p-铝灰', z: QIJIANG },
    );
    expect(r.errors).toBeUndefined();
    const parts = r.data?.product.priority.parts ?? [];
    const quotes = (await seeks()).find((s) => s.name === '铝灰')?.quotes;
    expect(quotes?.length).toBeGreaterThan(0);
    expect(parts.find((p) => p.part === 'PLAN_SOUGHT')?.sources.map((s) => s.quote)).toEqual(quotes);
    // Parts counted from the graph alone quote nothing.
    expect(parts.filter((p) => p.part !== 'PLAN_SOUGHT').flatMap((p) => p.sources)).toEqual([]);

    const b = await fetchBriefing(
      buildYoga(db, { production: true }),
      'chain-aluminium-dross-recycling',
      QIJIANG,
    );
    const part = b.gaps.find((g) => g.link === '铝灰')?.priority.parts.find((p) => p.part === 'PLAN_SOUGHT');
    expect(part?.points).toBe(10);
    expect(part?.cites.length).toBe(quotes?.length);
    expect(part?.cites.map((n) => b.sources.find((s) => s.n === n)?.quote)).toEqual(quotes);
  }, 180_000);

  it("are no reason in another district's scope, and are named with their district in a wider one", async () => {
    await writeSeed(
      db,
      buildGraph({ key: 'nanchuan', district: '重庆市南川区', stages: [['废铝'], ['铝灰'], ['再生铝']] }),
      { actor: TEST_ACTOR },
    );
    const other = await soughtPart('p-铝灰', 'region-500119');
    expect(other).toEqual({ part: 'PLAN_SOUGHT', points: 0, text: '规划未提出引进此环节' });
    // 重庆市 holds both districts: 綦江区's plan wants it, and says so by name.
    const city = await soughtPart('p-铝灰', 'region-500000');
    expect(city?.points).toBe(10);
    expect(city?.text).toMatch(/^规划提出引进（綦江区：“/);
  }, 180_000);

  it("are listed on the district's page with their status there, and on its region's, not on another district's", async () => {
    const q = `query ($z: ID!) { zone(id: $z) { soughtLinks { district { name } product { name status priority { score } }
      sources { quote } } } }`;
    const read = async (z: string) => {
      const r = await gql()<{
        zone: {
          soughtLinks: {
            district: { name: string };
            product: { name: string; status: string; priority: { score: number } | null };
            sources: { quote: string }[];
          }[];
        };
      }>(q, { z });
      expect(r.errors).toBeUndefined();
      return r.data?.zone.soughtLinks ?? [];
    };
    const qijiang = await read(QIJIANG);
    // Every link the plan seeks, gaps first (here: not STRONG), each part by name.
    expect(qijiang.map((l) => l.product.name).sort()).toEqual((await seeks()).map((s) => s.name).sort());
    const isStrong = qijiang.map((l) => l.product.status === 'STRONG');
    expect(isStrong).toEqual([...isStrong].sort((a, b) => Number(a) - Number(b)));
    const dross = qijiang.find((l) => l.product.name === '铝灰');
    expect(dross).toMatchObject({ district: { name: '綦江区' }, product: { status: 'MISSING' } });
    expect(dross?.product.priority?.score).toBeGreaterThan(0);
    expect(dross?.sources.map((s) => s.quote)).toEqual([
      '引进有危险废物经营许可资质的相关企业，大力发展铝灰回收再利用产业',
    ]);
    // Each link's status is the one its own page gives in that scope.
    const own = await gql()<{ product: { status: string } }>(
      'query { product(id: "p-动力电池", zone: "region-500110") { status } }',
    );
    expect(qijiang.find((l) => l.product.name === '动力电池')?.product.status).toBe(own.data?.product.status);
    expect(await read('region-500119')).toEqual([]);
    expect((await read('region-500000')).map((l) => l.district.name)).toEqual(qijiang.map(() => '綦江区'));
  }, 180_000);

  it('list a link once with every district asking for it, gaps first then the most-sought, at most `first` of soughtLinkCount', async () => {
    // 南川区's plan asks for 铝灰 too (written as a plan import writes SEEKS: the district to the link).
    await db.driver.executeQuery(
      `MATCH (d:Zone {id: 'region-500119'}), (p:Product {id: 'p-铝灰'}) MERGE (d)-[:SEEKS {sources: []}]->(p)`,
    );
    const q = `query ($z: ID!, $n: Int) { zone(id: $z) { soughtLinkCount soughtLinks(first: $n) {
      district { name } districts { name } product { name status } sources { quote } } } }`;
    type Answer = {
      zone: {
        soughtLinkCount: number;
        soughtLinks: {
          district: { name: string };
          districts: { name: string }[];
          product: { name: string; status: string };
          sources: { quote: string }[];
        }[];
      };
    };
    const all = (await seeks()).map((s) => s.name);
    const region = await gql()<Answer>(q, { z: 'region-500000' });
    expect(region.errors).toBeUndefined();
    const rows = region.data?.zone.soughtLinks ?? [];
    // One row for 铝灰, first (two districts ask for it), naming both; its sentences are both districts'.
    expect(rows[0]).toMatchObject({
      product: { name: '铝灰' },
      district: { name: '南川区' },
      districts: [{ name: '南川区' }, { name: '綦江区' }],
    });
    expect(rows.filter((r) => r.product.name === '铝灰')).toHaveLength(1);
    // Gaps first (the stored producer count in the scope), then the links no gap any more: both kinds are there.
    const strong = rows.map((r) => r.product.status === 'STRONG');
    expect(strong).toContain(true);
    expect(strong).toContain(false);
    expect(strong).toEqual([...strong].sort((a, b) => Number(a) - Number(b)));
    expect(rows.map((r) => r.product.name).sort()).toEqual([...all].sort());
    expect(region.data?.zone.soughtLinkCount).toBe(all.length);
    // At most `first`: the most-sought kept, the count unchanged.
    const two = await gql()<Answer>(q, { z: 'region-500000', n: 2 });
    expect(two.data?.zone.soughtLinks.map((r) => r.product.name)).toEqual(
      rows.slice(0, 2).map((r) => r.product.name),
    );
    expect(two.data?.zone.soughtLinkCount).toBe(all.length);
    // 南川区's own page: its one link, its district alone.
    const nanchuan = await gql()<Answer>(q, { z: 'region-500119' });
    expect(nanchuan.data?.zone).toMatchObject({
      soughtLinkCount: 1,
      soughtLinks: [{ product: { name: '铝灰' }, districts: [{ name: '南川区' }] }],
    });
    const bad = await gql()<Answer>(q, { z: 'region-500000', n: 101 });
    expect(bad.errors?.[0]?.message).toContain('first');
  }, 180_000);
});
