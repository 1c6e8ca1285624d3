/**
 * A project the plan states in no zone is in the plan's district (cypher/regions/place-unzoned-projects), as a plan
 * import places it: picking 綦江区 in the scope picker gives the statuses of the unscoped 綦江区 view. Before, the
 * seed's 64 unzoned projects counted only unscoped (骨料: 弱链 unscoped, 缺链 in 綦江区).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUnzonedProjects } from '../../seed/migrate.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { clearDb, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

let db: Db;
const DISTRICT = 'region-500110';

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await db.driver.executeQuery(cypher, params);
  return res.records.map((r) => r.toObject() as T);
}

/** Every project's zones and each edge's quote, as sorted lines. */
async function projectZones(): Promise<string[]> {
  const found = await rows<{ line: string }>(
    `MATCH (pr:Project) OPTIONAL MATCH (pr)-[r:IN_ZONE]->(z:Zone)
     RETURN pr.id + ' ' + coalesce(z.id, '-') + ' ' + coalesce(r.source, '-') AS line`,
  );
  return found.map((r) => r.line).sort();
}

async function graphVersion(): Promise<unknown> {
  const [v] = await rows<{ v: unknown }>(`MATCH (v:GraphVersion {id: 'graph'}) RETURN properties(v) AS v`);
  return v?.v ?? null;
}

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
});

afterAll(async () => {
  await db?.close();
});

describe("the seeded plan's projects in no zone", () => {
  it('are in 綦江区, each citing its own sentence of the plan', async () => {
    const placed = await rows<{ project: string; cites: boolean; quote: string }>(
      `MATCH (pr:Project)-[r:IN_ZONE]->(:Zone {id: $district})
       MATCH (s:Source {id: r.source})-[:IN_DOCUMENT]->(:Document)-[:FOR_DISTRICT]->(:Zone {id: $district})
       RETURN pr.id AS project, r.source IN pr.sources AS cites, s.quote AS quote`,
      { district: DISTRICT },
    );
    expect(placed.length).toBeGreaterThanOrEqual(60);
    for (const p of placed) {
      expect(p.cites, p.project).toBe(true);
      expect(p.quote.length, p.project).toBeGreaterThan(0);
    }
    const [left] = await rows<{ n: number }>(
      'MATCH (pr:Project) WHERE NOT EXISTS { (pr)-[:IN_ZONE]->() } RETURN count(pr) AS n',
    );
    expect(Number(left?.n)).toBe(0);
    // A project the plan places in a zone keeps that zone only.
    const [zoned] = await rows<{ n: number; both: number }>(
      `MATCH (pr:Project) WHERE EXISTS { (pr)-[:IN_ZONE]->(z:Zone) WHERE z.id <> $district }
       RETURN count(pr) AS n, count(CASE WHEN EXISTS { (pr)-[:IN_ZONE]->(:Zone {id: $district}) } THEN 1 END) AS both`,
      { district: DISTRICT },
    );
    expect(Number(zoned?.n)).toBeGreaterThan(0);
    expect(Number(zoned?.both)).toBe(0);
  });

  it('count in 綦江区 picked as a scope exactly as in the unscoped 綦江区 view', async () => {
    const gql = graphqlClient(db);
    const Q = `query ($zone: ID) { chains(zone: $zone) { id links { status product { id } } } }`;
    const statuses = async (zone: string | null) => {
      const res = await gql<{
        chains: { id: string; links: { status: string; product: { id: string } }[] }[];
      }>(Q, { zone });
      expect(res.errors).toBeUndefined();
      return (res.data?.chains ?? []).flatMap((c) =>
        c.links.map((l) => `${c.id} ${l.product.id} ${l.status}`),
      );
    };
    const all = await statuses(null);
    expect(all.length).toBeGreaterThan(100);
    expect(await statuses(DISTRICT)).toEqual(all);
    const gravel = await gql<{ product: { status: string; reason: { projects: { name: string }[] } } }>(
      `query ($zone: ID) { product(id: "p-骨料", zone: $zone) { status reason { projects { name } } } }`,
      { zone: DISTRICT },
    );
    expect(gravel.data?.product.status).toBe('WEAK');
    expect(gravel.data?.product.reason.projects.map((p) => p.name)).toContain(
      '全市标杆能效绿色水泥基地建设项目',
    );
  });

  it('are placed by the start-up migration on a database seeded before, once, audited', async () => {
    const seeded = await projectZones();
    await db.driver.executeQuery(`MATCH (pr:Project)-[r:IN_ZONE]->(:Zone {id: $district}) DELETE r`, {
      district: DISTRICT,
    });
    const older = await projectZones();
    expect(older.filter((l) => l.endsWith(' - -')).length).toBeGreaterThanOrEqual(60);
    const placed = await migrateUnzonedProjects(db, { actor: TEST_ACTOR });
    expect(placed).toBe(older.filter((l) => l.endsWith(' - -')).length);
    expect(await projectZones()).toEqual(seeded);
    const version = await graphVersion();
    expect(await migrateUnzonedProjects(db, { actor: TEST_ACTOR })).toBe(0);
    expect(await graphVersion()).toEqual(version);
    const [audits] = await rows<{ n: number; after: string }>(
      `MATCH (a:AuditEntry {action: 'MIGRATE_PROJECT_ZONES'}) RETURN count(a) AS n, collect(a.after)[0] AS after`,
    );
    expect(Number(audits?.n)).toBe(1);
    expect(JSON.parse(audits?.after ?? '{}')).toEqual({ projects: placed });
  });
});
