import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../cypher/index.ts';
import { resolveDistrict } from '../../seed/regions.ts';
import { processActor } from '../../server/audit/entries.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { extract } from '../../server/extract/index.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { acceptAll } from '../../server/imports/review.ts';
import { repoRoot } from '../../server/paths.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { createToken, graphCounts, graphqlClient, resetAndSeed, startApp, testDb } from '../helpers.ts';

// A city's own plan (市级产业链规划), committed under the city through the import endpoint. The text quotes one
// sentence of a 泸州 article and adds a 白酒 chain WRITTEN FOR THE TEST (its second line says which is which).
const FILE = path.join(repoRoot, 'tests/fixtures/plans/luzhou-city-chains-written-for-test.txt');
const TITLE = '泸州市重点工业产业生态链工作方案';
const CHAIN_SENTENCE =
  '白酒产业链：做强“酿酒专用粮—基酒酿造—白酒灌装—白酒包装”产业链，推动酒类包装材料就近配套。';
const LUZHOU = 'region-510500';
const JIANGYANG = 'region-510502';
const CUIPING = 'region-511502'; // 宜宾市翠屏区: a district of another city of 四川

let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;
const gql = () => graphqlClient(db);

function review(district: string, edit: (text: string) => string = (t) => t): ImportCommitInput {
  const text = edit(readFileSync(FILE, 'utf8'));
  const input = acceptAll(TITLE, text, extract(text, TITLE), district);
  // The plan says it will bring in the packaging link (推动酒类包装材料就近配套): the city SEEKS it.
  input.sought = [{ name: '白酒包装', quote: CHAIN_SENTENCE, start: text.indexOf(CHAIN_SENTENCE) }];
  return input;
}

const commit = (input: ImportCommitInput) =>
  app.post('/imports/commit', JSON.stringify(input), 'application/json', editor);

/** The names of the chains a scope lists (Query.chains(zone:)). */
async function chainsIn(zone: string): Promise<string[]> {
  const res = await gql()<{ chains: { id: string }[] }>('query ($z: ID) { chains(zone: $z) { id } }', {
    z: zone,
  });
  expect(res.errors).toBeUndefined();
  return (res.data?.chains ?? []).map((c) => c.id);
}

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  // Another city's district, present in the graph without a plan.
  const cuiping = resolveDistrict('宜宾市翠屏区');
  await db.write((tx) => tx.run(query('regions/ensure-district'), { ...cuiping }));
  editor = await createToken(db, 'editor', '市级规划测试');
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe("a city's own plan", () => {
  let chainId = '';

  it('an ambiguous or unknown region is refused naming the district field, nothing written', async () => {
    const before = await graphCounts(db);
    const ambiguous = await commit(review('通化'));
    expect(ambiguous).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'district' } });
    expect(String(ambiguous.body.error)).toMatch(/吉林省通化市 \(220500\)/);
    const unknown = await commit(review('泸洲市'));
    expect(unknown).toMatchObject({ status: 400, body: { field: 'district' } });
    expect(String(unknown.body.error)).toMatch(/unknown district "泸洲市"; nearest: .*四川省泸州市/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('commits under the city: FOR_DISTRICT 泸州市, ids qualified by its code, zones in the districts they are named after', async () => {
    const res = await commit(review('泸州市'));
    expect(res.body.error ?? null).toBeNull();
    expect(res.status).toBe(200);
    expect(res.body.district).toEqual({ id: LUZHOU, name: '泸州市', code: '510500' });
    chainId = String(res.body.firstChainId);
    expect(chainId).toMatch(/^chain-510500-/);

    const doc = await db.driver.executeQuery(
      `MATCH (doc:Document {id: $doc})-[:FOR_DISTRICT]->(c:Zone)-[:PART_OF]->(p:Zone)
       RETURN c.id AS city, c.kind AS kind, p.id AS province, p.kind AS provinceKind`,
      { doc: res.body.documentId },
    );
    expect(doc.records.map((r) => r.toObject())).toEqual([
      { city: LUZHOU, kind: '市', province: 'region-510000', provinceKind: '省' },
    ]);
    const zones = await db.driver.executeQuery(
      `MATCH (z:Zone)-[:PART_OF*1..]->(:Zone {id: $city}) WHERE z.kind = '开发区'
       MATCH (z)-[:PART_OF]->(parent:Zone)
       RETURN z.name AS zone, parent.name AS parent, parent.kind AS kind, z.id STARTS WITH 'zone-510500-' AS ours
       ORDER BY zone`,
      { city: LUZHOU },
    );
    expect(zones.records.map((r) => r.toObject())).toEqual([
      { zone: '四川古蔺经济开发区', parent: '古蔺县', kind: '区县', ours: true },
      { zone: '四川泸州江阳经济开发区', parent: '江阳区', kind: '区县', ours: true },
      { zone: '四川泸州纳溪经济开发区', parent: '纳溪区', kind: '区县', ours: true },
      { zone: '泸州高新技术产业开发区', parent: '泸州市', kind: '市', ours: true },
    ]);
    // The districts were ensured under the city (江阳区 → 泸州市 → 四川省).
    const jy = await db.driver.executeQuery(
      `MATCH (:Zone {id: $jy, kind: '区县'})-[:PART_OF]->(:Zone {id: $city})-[:PART_OF]->(:Zone {id: 'region-510000'})
       RETURN count(*) AS n`,
      { jy: JIANGYANG, city: LUZHOU },
    );
    expect(jy.records[0]?.get('n')).toBe(1);
  });

  it("the chain is listed in the city's scope, its districts' and zones' and the province's, not in another city's district", async () => {
    const jiangyangZone = (
      await db.driver.executeQuery("MATCH (z:Zone {name: '四川泸州江阳经济开发区'}) RETURN z.id AS id")
    ).records[0]?.get('id') as string;
    for (const zone of [LUZHOU, JIANGYANG, jiangyangZone, 'region-510000'])
      expect(await chainsIn(zone), zone).toContain(chainId);
    for (const zone of [CUIPING, 'region-500110']) expect(await chainsIn(zone), zone).not.toContain(chainId);
  });

  it('the city views its own plan; a district of it without a plan views the city’s; its page shows the chain', async () => {
    const res = await gql()<{
      city: { district: { id: string } | null };
      jy: { district: { id: string } | null };
      cp: { district: { id: string } | null };
      cityZone: { plans: { title: string }[]; chainGaps: { chain: { id: string } }[]; updatedAt: string };
      jyZone: { plans: { title: string }[]; chainGaps: { chain: { id: string } }[]; updatedAt: string };
    }>(
      `query ($city: ID!, $jy: ID!, $cp: ID!) {
        city: scope(zone: $city) { district { id } }
        jy: scope(zone: $jy) { district { id } }
        cp: scope(zone: $cp) { district { id } }
        cityZone: zone(id: $city) { plans { title } chainGaps { chain { id } } updatedAt }
        jyZone: zone(id: $jy) { plans { title } chainGaps { chain { id } } updatedAt }
      }`,
      { city: LUZHOU, jy: JIANGYANG, cp: CUIPING },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.city.district?.id).toBe(LUZHOU);
    expect(res.data?.jy.district?.id).toBe(LUZHOU);
    expect(res.data?.cp.district?.id).toBe(CUIPING);
    expect(res.data?.cityZone.plans.map((p) => p.title)).toEqual([TITLE]);
    expect(res.data?.cityZone.chainGaps.map((g) => g.chain.id)).toContain(chainId);
    // The district's own plans: none; its page still shows the city's chain (the city's plan is its work too).
    expect(res.data?.jyZone.plans).toEqual([]);
    expect(res.data?.jyZone.chainGaps.map((g) => g.chain.id)).toContain(chainId);
    // As old as the city's plan it shows, not as the seed's 2023 gazette (the graph's fallback date).
    expect(res.data?.jyZone.updatedAt).toBe(res.data?.cityZone.updatedAt);
    expect(res.data?.jyZone.updatedAt).not.toMatch(/^2023/);
  });

  it('the cross-district view in the city lists each district the city plan covers, the chain in its plan', async () => {
    const res = await gql()<{
      chain: { districts: { district: { name: string }; inPlan: boolean }[] };
    }>('query ($id: ID!, $z: ID) { chain(id: $id, zone: $z) { districts { district { name } inPlan } } }', {
      id: chainId,
      z: LUZHOU,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.chain.districts).toEqual([
      { district: { name: '江阳区' }, inPlan: true },
      { district: { name: '纳溪区' }, inPlan: true },
      { district: { name: '古蔺县' }, inPlan: true },
    ]);
  });

  it("the city's sought link counts as the scope's own plan in the city and inside it, not in another city", async () => {
    const planSought = async (zone: string) => {
      const res = await gql()<{
        product: { status: string; priority: { parts: { part: string; points: number }[] } | null };
      }>(
        'query ($z: ID) { product(id: "p-白酒包装", zone: $z) { status priority { parts { part points } } } }',
        {
          z: zone,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.product.status).toBe('MISSING');
      return res.data?.product.priority?.parts.find((p) => p.part === 'PLAN_SOUGHT')?.points;
    };
    expect(await planSought(LUZHOU)).toBeGreaterThan(0);
    expect(await planSought(JIANGYANG)).toBeGreaterThan(0);
    expect(await planSought(CUIPING)).toBe(0);
  });

  it('a province owns a plan too: a dry run commits it under 四川省, nothing written', async () => {
    const before = await graphCounts(db);
    const report = await commitImport(
      db,
      review('四川省', (t) => t.replace('泸州市重点工业', '四川省重点工业')),
      processActor('CLI'),
      { dryRun: true },
    );
    expect(report.district).toEqual({ id: 'region-510000', name: '四川省', code: '510000' });
    expect(report.firstChainId).toMatch(/^chain-510000-/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('committing the same review again changes nothing', async () => {
    const before = await graphCounts(db);
    const again = await commit(review('泸州市'));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ chainsAdded: [], district: { id: LUZHOU } });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('the same text under another region is refused, naming the region that holds it; nothing written', async () => {
    const before = await graphCounts(db);
    const again = await commit(review('四川省'));
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ field: 'district' });
    expect(String(again.body.error)).toContain('already imported as the plan of 泸州市');
    expect(await graphCounts(db)).toEqual(before);
  });

  it("a province's plan, committed, is listed in the province and in every district inside it, not outside", async () => {
    // The province's own text (another title line): one text is one region's plan.
    const res = await commit(review('四川省', (t) => t.replace('泸州市重点工业', '四川省重点工业')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ district: { id: 'region-510000', name: '四川省' } });
    const provinceChain = String(res.body.firstChainId);
    expect(provinceChain).toMatch(/^chain-510000-/);
    const owner = await db.driver.executeQuery(
      `MATCH (:Chain {id: $c})<-[:HAS_CHAIN]-(:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(z:Zone)
       RETURN DISTINCT z.id AS id, z.kind AS kind`,
      { c: provinceChain },
    );
    expect(owner.records.map((r) => [r.get('id'), r.get('kind')])).toEqual([['region-510000', '省']]);
    // The province's plan covers 宜宾市翠屏区 (no plan of its own, another city) as well as 泸州市's districts.
    for (const scope of ['region-510000', CUIPING, JIANGYANG, LUZHOU])
      expect(await chainsIn(scope)).toContain(provinceChain);
    expect(await chainsIn('region-500110')).not.toContain(provinceChain);
    // The city's plan is still the city's only: not listed in the other city's district.
    expect(await chainsIn(CUIPING)).not.toContain(chainId);
  });
});
