import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateSought, migrateToRegions, migrateUnzonedProjects } from '../../seed/migrate.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { clearDb, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { contentHashWithoutRegions } from '../regionHash.ts';

let db: Db;

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await db.driver.executeQuery(cypher, params);
  return res.records.map((r) => r.toObject() as T);
}

/** The region part of the graph: every region node and every relationship the district adds, as sorted lines. */
async function regionPart(): Promise<string[]> {
  const nodes = await rows<{ line: string }>(
    `MATCH (z:Zone) WHERE z.kind IN ['省', '市', '区县']
     RETURN z.id + ' ' + z.kind + ' ' + z.code + ' ' + z.name AS line`,
  );
  const rels = await rows<{ line: string }>(
    `MATCH (a)-[r]->(b)
     WHERE type(r) IN ['FOR_DISTRICT', 'IN_PLAN'] OR (b:Zone AND b.kind IN ['省', '市', '区县'])
     RETURN a.id + ' ' + type(r) + ' ' + b.id AS line`,
  );
  const docs = await rows<{ line: string }>(
    `MATCH (d:Document) RETURN d.id + ' ' + coalesce(toString(d.periodStart), '-') + '–' +
       coalesce(toString(d.periodEnd), '-') AS line`,
  );
  return [...nodes, ...rels, ...docs].map((r) => r.line).sort();
}

/** Turns a freshly seeded graph into the shape a database seeded before districts existed had. */
async function toOldShape(): Promise<void> {
  await db.driver.executeQuery(`MATCH (z:Zone) WHERE z.kind IN ['省', '市', '区县'] DETACH DELETE z`);
  await db.driver.executeQuery('MATCH ()-[r:FOR_DISTRICT|IN_PLAN]->() DELETE r');
  await db.driver.executeQuery('MATCH (d:Document) REMOVE d.periodStart, d.periodEnd');
}

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
});

afterAll(async () => {
  await db?.close();
});

describe('the Qijiang seed in its district', () => {
  it('writes 綦江区 (500110, from GB/T 2260) under 重庆市 with the plan, its industries, zones and firms', async () => {
    const [d] = await rows<Record<string, unknown>>(
      `MATCH (d:Zone {id: 'region-500110'})-[:PART_OF]->(p:Zone)
       RETURN d.name AS name, d.code AS code, d.kind AS kind, p.id AS parent, p.name AS parentName, p.kind AS pk,
         [(doc:Document)-[:FOR_DISTRICT]->(d) | doc.id + ' ' + doc.periodStart + '-' + doc.periodEnd] AS docs,
         COUNT { (:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d) } AS industries,
         [(z:Zone)-[:PART_OF]->(d) | z.name] AS zones,
         [(e:Enterprise)-[:LOCATED_IN]->(d) | e.local] AS firms`,
    );
    expect(d).toMatchObject({ name: '綦江区', code: '500110', kind: '区县', parent: 'region-500000' });
    expect(d).toMatchObject({ parentName: '重庆市', pk: '省' });
    expect(d?.docs).toEqual(['doc-qijiang-plan-2021-2025 2021-2025']);
    expect(d?.industries).toBe(6);
    expect(d?.zones).toContain('綦江国家级高新技术产业开发区');
    expect(((d?.zones ?? []) as string[]).length).toBeGreaterThan(1);
    expect(d?.firms as boolean[]).not.toContain(false);
    // Every zone of the plan is inside the district; every local firm in some zone of it.
    const [loose] = await rows<{ zones: number; firms: number }>(
      `MATCH (d:Zone {id: 'region-500110'})
       RETURN COUNT { MATCH (z:Zone) WHERE NOT z.kind IN ['省', '市', '区县'] AND NOT (z)-[:PART_OF*]->(d) } AS zones,
              COUNT { MATCH (e:Enterprise {local: true}) WHERE NOT (e)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(d) } AS firms`,
    );
    expect(loose).toEqual({ zones: 0, firms: 0 });
  });
});

describe('the start-up migration of a database seeded before districts existed', () => {
  it('adds the district with no loss: every other node and relationship is as it was', async () => {
    await clearDb(db);
    await resetAndSeed(db);
    const seeded = await regionPart();
    const before = await contentHashWithoutRegions(db);
    await toOldShape();
    expect(await rows('MATCH (z:Zone) WHERE z.kind IN ["省", "市", "区县"] RETURN z')).toHaveLength(0);
    expect(await contentHashWithoutRegions(db)).toEqual(before);

    expect(await migrateToRegions(db, { actor: TEST_ACTOR })).toBe(true);
    expect(await contentHashWithoutRegions(db)).toEqual(before);
    // The start-up's later step places the plan's projects in no zone in the district, as a seed writes them.
    expect(await migrateUnzonedProjects(db, { actor: TEST_ACTOR })).toBeGreaterThan(60);
    expect(await contentHashWithoutRegions(db)).toEqual(before);
    // The same region part as a seed in the new shape writes.
    expect(await regionPart()).toEqual(seeded);
    expect(before.nodes).toBeGreaterThan(500);
  });

  it('runs once: a migrated (or new) database is left alone, with no audit entry', async () => {
    const audits = async () =>
      (await rows<{ n: number }>(`MATCH (a:AuditEntry {action: 'MIGRATE_REGIONS'}) RETURN count(a) AS n`))[0]
        ?.n;
    const n = await audits();
    const hash = await contentHashWithoutRegions(db);
    expect(await migrateToRegions(db, { actor: TEST_ACTOR })).toBe(false);
    expect(await audits()).toBe(n);
    expect(await contentHashWithoutRegions(db)).toEqual(hash);
  });

  it("gives a database seeded before sought links were kept the plan's sought links, once", async () => {
    const seeks = async () =>
      rows<{ line: string }>(
        `MATCH (d:Zone)-[r:SEEKS]->(p:Product) RETURN d.id + ' ' + p.id + ' ' + reduce(s = '', x IN r.sources | s + x) AS line ORDER BY line`,
      );
    // The region migration above removed the district and its SEEKS: a seed in the current shape first.
    await resetAndSeed(db);
    const seeded = await seeks();
    expect(seeded.length).toBe(13);
    const hash = await contentHashWithoutRegions(db);
    // The older shape: no SEEKS, and no Source that only a sought link cites.
    const [cited] = await rows<{ ids: string[] }>(
      'MATCH (:Zone)-[r:SEEKS]->() UNWIND r.sources AS id RETURN collect(DISTINCT id) AS ids',
    );
    await db.driver.executeQuery('MATCH (:Zone)-[r:SEEKS]->() DELETE r');
    await db.driver.executeQuery(
      `MATCH (s:Source) WHERE s.id IN $ids
         AND NOT EXISTS { MATCH (n) WHERE s.id IN coalesce(n.sources, []) }
         AND NOT EXISTS { MATCH ()-[x]->() WHERE x.source = s.id OR s.id IN coalesce(x.sources, []) }
       DETACH DELETE s`,
      { ids: cited?.ids ?? [] },
    );
    expect(await seeks()).toHaveLength(0);
    expect(await migrateSought(db, { actor: TEST_ACTOR })).toBe(true);
    expect(await seeks()).toEqual(seeded);
    expect(await contentHashWithoutRegions(db)).toEqual(hash);
    expect(await migrateSought(db, { actor: TEST_ACTOR })).toBe(false);
    const audits = await rows<{ n: number }>(
      `MATCH (a:AuditEntry {action: 'MIGRATE_SOUGHT'}) RETURN count(a) AS n`,
    );
    expect(audits[0]?.n).toBe(1);
  });

  it('leaves an empty database empty', async () => {
    await clearDb(db);
    expect(await migrateToRegions(db, { actor: TEST_ACTOR })).toBe(false);
    expect(await migrateSought(db, { actor: TEST_ACTOR })).toBe(false);
    expect(await rows('MATCH (n) RETURN n LIMIT 1')).toHaveLength(0);
    await resetAndSeed(db);
  });
});

describe('scopes on regions', () => {
  const CHAINS = `query ($zone: ID) { chains(zone: $zone) { id scope { label zoneIds zone { id kind } } } }`;

  it('labels the whole graph with its one district: 綦江区', async () => {
    const gql = graphqlClient(db);
    const res = await gql<{ chains: { scope: { label: string; zone: null } }[] }>(CHAINS, { zone: null });
    expect(res.errors).toBeUndefined();
    expect(res.data?.chains[0]?.scope).toMatchObject({ label: '綦江区', zone: null });
    const one = await gql<{ chain: { scope: { label: string }; links: { reason: { summary: string } }[] } }>(
      `{ chain(id: "chain-scrap-aluminium-recycling") { scope { label } links { reason { summary } } } }`,
    );
    expect(one.data?.chain.scope.label).toBe('綦江区');
    expect(one.data?.chain.links[0]?.reason.summary).toMatch(/^綦江区内/);
  });

  it('a province or district scope is the region and every zone inside it, with the plans of its districts', async () => {
    const gql = graphqlClient(db);
    const all = await gql<{ chains: { id: string }[] }>(CHAINS, { zone: null });
    for (const [zone, label] of [
      ['region-500000', '重庆市'],
      ['region-500110', '綦江区'],
    ] as const) {
      const res = await gql<{ chains: { id: string; scope: { label: string; zoneIds: string[] } }[] }>(
        CHAINS,
        {
          zone,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.chains.map((c) => c.id)).toEqual(all.data?.chains.map((c) => c.id));
      const scope = res.data?.chains[0]?.scope;
      expect(scope?.label).toBe(label);
      expect(scope?.zoneIds).toEqual(
        expect.arrayContaining(['region-500110', 'zone-beidu', 'zone-qijiang-hitech']),
      );
    }
  });

  it('a zone scope inside the district shows the district’s chains', async () => {
    const gql = graphqlClient(db);
    const res = await gql<{ chains: { id: string }[] }>(CHAINS, { zone: 'zone-beidu' });
    expect(res.data?.chains.length).toBe(30);
  });
});
