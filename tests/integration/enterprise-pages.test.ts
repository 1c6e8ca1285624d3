import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { type EnterprisePage, readEnterprisePage } from '../../server/db/reads.ts';
import type { ZoneModel } from '../../server/graphql/models.ts';
import { graphqlClient, resetAndSeed, testDb } from '../helpers.ts';

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

describe('an unfiltered page of a scope (name index first, zones when the window does not fill it)', () => {
  it('equals the reference order, page after page, for every window; both ways are taken', async () => {
    const all = await reference();
    const scopes = ['region-500000', 'region-500110', 'zone-qijiang-hitech'];
    const first = 4;
    let walked = 0;
    let read = 0;
    for (const zone of scopes) {
      const inScope = all.filter((f) => f.zones.includes(zone));
      expect(inScope.length, zone).toBeGreaterThan(first);
      for (const window of [1, first + 1, inScope.length, 2 * inScope.length, 10 * all.length]) {
        let after: { name: string; id: string } | null = null;
        let seen = 0;
        for (;;) {
          const page: EnterprisePage = await readEnterprisePage(db, unfiltered(zone), {
            after,
            limit: first + 1,
            window,
          });
          const start = after ? all.findIndex((f) => f.id === after?.id) + 1 : 0;
          const rest = all.slice(start).filter((f) => f.zones.includes(zone));
          expect(page.found).toBe(true);
          expect(page.totalCount, `${zone} count`).toBe(inScope.length);
          expect(
            page.page.map((e) => e.id),
            `${zone} window ${window} after ${after?.name}`,
          ).toEqual(rest.slice(0, first + 1).map((f) => f.id));
          // Which way the query went: the window of names after the cursor holds a full page of the scope.
          const tried = 2 * inScope.length >= window;
          const fills =
            all.slice(start, start + window).filter((f) => f.zones.includes(zone)).length >= first + 1;
          if (tried && fills) walked++;
          else read++;
          seen += Math.min(first, page.page.length);
          const last = page.page[first - 1];
          if (page.page.length <= first || !last) break;
          after = { name: last.name, id: last.id };
        }
        expect(seen, `${zone} window ${window}`).toBe(inScope.length);
      }
    }
    expect(walked).toBeGreaterThan(3);
    expect(read).toBeGreaterThan(3);
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
