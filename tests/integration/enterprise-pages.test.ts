import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../cypher/index.ts';
import { refreshLinkCounts } from '../../seed/linkCounts.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { type EnterprisePage, enterprisePage, readEnterprisePage } from '../../server/db/reads.ts';
import type { ZoneModel } from '../../server/graphql/models.ts';
import { createToken, graphqlClient, resetAndSeed, testDb } from '../helpers.ts';

let db: Db;
let gql: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await resetAndSeed(db);
});
afterAll(async () => db.close());

interface Firm {
  id: string;
  name: string;
  zones: string[];
}

/** Every firm in name, id order with the zones whose scope holds it: the reference the pages are checked against. */
async function reference(): Promise<Firm[]> {
  const res = await db.driver.executeQuery(
    `MATCH (e:Enterprise)
     RETURN e.id AS id, e.name AS name,
            COLLECT { MATCH (e)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(s:Zone) RETURN DISTINCT s.id } AS zones
     ORDER BY e.name, e.id`,
  );
  return res.records.map((r) => r.toObject() as Firm);
}

const unfiltered = (zone: string) => ({ zone, product: null, industry: null, local: null, query: null });

/** Every page of an unfiltered scope, `first` firms at a time, checked against the reference order; their ids. */
async function walkPages(all: Firm[], zone: string, first: number): Promise<string[]> {
  const inScope = all.filter((f) => f.zones.includes(zone));
  let after: { name: string; id: string } | null = null;
  const seen: string[] = [];
  for (;;) {
    const page: EnterprisePage = await readEnterprisePage(db, unfiltered(zone), { after, limit: first + 1 });
    const start = after ? all.findIndex((f) => f.id === after?.id) + 1 : 0;
    const rest = all.slice(start).filter((f) => f.zones.includes(zone));
    expect(page.found).toBe(true);
    expect(page.totalCount, `${zone} count`).toBe(inScope.length);
    expect(
      page.page.map((e) => e.id),
      `${zone} after ${after?.name}`,
    ).toEqual(rest.slice(0, first + 1).map((f) => f.id));
    seen.push(...page.page.slice(0, first).map((e) => e.id));
    const last = page.page[first - 1];
    if (page.page.length <= first || !last) break;
    after = { name: last.name, id: last.id };
  }
  expect(seen, zone).toEqual(inScope.map((f) => f.id));
  return seen;
}

describe("an unfiltered page of a scope (a region from its firms' scope keys, any other zone from its firms)", () => {
  it('equals the reference order, page after page, in a province, a district and a zone', async () => {
    const all = await reference();
    for (const zone of ['region-500000', 'region-500110', 'zone-qijiang-hitech']) {
      expect(all.filter((f) => f.zones.includes(zone)).length, zone).toBeGreaterThan(4);
      await walkPages(all, zone, 4);
    }
  });

  it("a firm moved to another province leaves the old region's pages and joins the new province's and city's", async () => {
    // A district in a prefecture-level city, written as the plan import writes one (then its derived data).
    await db.write(async (tx) => {
      await tx.run(query('regions/ensure-district'), {
        province: { id: 'region-510000', code: '510000', name: '四川省' },
        city: { id: 'region-510300', code: '510300', name: '自贡市' },
        district: { id: 'region-510302', code: '510302', name: '自流井区' },
      });
      await refreshLinkCounts(tx, { zones: ['region-510302'] });
    });
    const before = await reference();
    const moved = before.find((f) => f.zones.includes('zone-qijiang-hitech'));
    if (!moved) throw new Error('no firm in zone-qijiang-hitech');
    const editor = graphqlClient(db, { token: await createToken(db, 'editor', '分页编辑') });
    const res = await editor(
      'mutation ($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }',
      { id: moved.id, input: { zone: 'region-510302' } },
    );
    expect(res.errors).toBeUndefined();
    const all = await reference();
    for (const zone of ['region-500000', 'region-500110', 'zone-qijiang-hitech'])
      expect(await walkPages(all, zone, 4), zone).not.toContain(moved.id);
    for (const zone of ['region-510000', 'region-510300'])
      expect(await walkPages(all, zone, 4), zone).toEqual([moved.id]);
    const old = before.filter((f) => f.zones.includes('region-500000')).length;
    expect((await readEnterprisePage(db, unfiltered('region-500000'), { limit: 1 })).totalCount).toBe(
      old - 1,
    );
  });

  it('a region with a Chinese name filter: the full-text route gives the firms that contain it, as the zones route', async () => {
    const names = await db.driver.executeQuery(
      "MATCH (e:Enterprise)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(:Zone {id: 'region-500000'}) RETURN e.name AS name, e.fullName AS fullName ORDER BY e.id",
    );
    const firms = names.records.map((r) => `${r.get('name')} ${r.get('fullName') ?? ''}`);
    // Terms of one to three characters from the firms' names, a term no firm has, and one with a Latin letter.
    const terms = new Set(['铝', '綦江', '材料', '不存在的词', 'A']);
    for (const n of firms.slice(0, 40))
      for (const len of [1, 2, 3]) terms.add([...n].slice(1, 1 + len).join(''));
    let matched = 0;
    for (const zone of ['region-500000', 'region-510000', 'region-510300']) {
      for (const q of terms) {
        const filters = { ...unfiltered(zone), query: q };
        const viaIndex = enterprisePage(filters, { limit: 6 }, true);
        const viaZones = enterprisePage(filters, { limit: 6 }, false);
        expect(viaZones.params.scoped).toBeNull();
        expect(viaIndex.params.scoped === null, q).toBe(!/^\p{Script=Han}+$/u.test(q));
        const [a] = await db.read<EnterprisePage>(viaIndex.name, viaIndex.params);
        const [b] = await db.read<EnterprisePage>(viaZones.name, viaZones.params);
        expect(a, `${zone} ${q}`).toEqual(b);
        matched += a?.totalCount ?? 0;
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it("returns the zones of the page's firms as the zone loader reads them, and says when the zone is unknown", async () => {
    const page = await readEnterprisePage(db, unfiltered('region-500110'), { limit: 200 });
    const ids = [...new Set(page.page.flatMap((e) => (e.zone ? [e.zone.id] : [])))].sort();
    expect(ids.length).toBeGreaterThan(3);
    const loaded = await db.read<{ zone: ZoneModel }>('zones-by-id', { ids });
    const byId = (zones: ZoneModel[]) => [...zones].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(page.zones)).toEqual(byId(loaded.map((r) => r.zone)));
    const missing = await readEnterprisePage(db, unfiltered('zone-nope'), { limit: 5 });
    expect(missing).toMatchObject({ found: false, totalCount: 0, page: [] });
  });
});

describe('the enterprise page through GraphQL', () => {
  it('answers NOT_FOUND for an unknown zone or industry, filtered or not', async () => {
    for (const args of ['zone: "zone-nope"', 'zone: "zone-nope", query: "铝"', 'industry: "ind-nope"']) {
      const res = await gql(`{ enterprises(${args}) { totalCount } }`);
      expect(res.errors?.[0]?.extensions?.code, args).toBe('NOT_FOUND');
    }
  });

  it("gives each firm its zone and industries from the page's own answer", async () => {
    const res = await gql<{
      enterprises: {
        edges: {
          node: { id: string; zone: { id: string; name: string; parent: { id: string } | null } | null };
        }[];
      };
    }>(
      `{ enterprises(zone: "region-500110", first: 200) { edges { node { id zone { id name parent { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const want = await db.driver.executeQuery(
      `MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone)
       RETURN e.id AS id, z.id AS zone, z.name AS name, head([(z)-[:PART_OF]->(p:Zone) | p.id]) AS parent`,
    );
    const zoneOf = new Map(
      want.records.map((r) => [
        r.get('id'),
        { id: r.get('zone'), name: r.get('name'), parent: r.get('parent') ? { id: r.get('parent') } : null },
      ]),
    );
    const nodes = res.data?.enterprises.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(10);
    for (const n of nodes) expect(n.zone, n.id).toEqual(zoneOf.get(n.id));
  });
});
