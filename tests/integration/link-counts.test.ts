import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyGraph } from '../../bench/data/graph.ts';
import { deleteDistricts, loadBatched, loadRowByRow } from '../../bench/data/load.ts';
import { loadSeed } from '../../seed/index.ts';
import { fillLinkCounts } from '../../seed/linkCounts.ts';
import { fillScopeKeys } from '../../seed/scopeKeys.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import { importTable } from '../../server/tables/import.ts';
import { clearDb, createToken, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { acceptedReview, XIFENG_FILE, XIFENG_TITLE } from '../plans.ts';
import { importQijiang15th } from '../plansFixture.ts';

/**
 * The producer counts the writers store (Product.producerCount; LinkCount {link, scope, n} per zone scope) must
 * equal counts computed from scratch after every kind of writer. The expected counts are computed here, in
 * TypeScript, from the graph's PRODUCES, LOCATED_IN and PART_OF edges — not by the product's Cypher.
 */
let db: Db;
let editor: ReturnType<typeof graphqlClient>;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };

async function rows(text: string): Promise<Record<string, unknown>[]> {
  const res = await db.driver.executeQuery(text);
  return res.records.map((r) => r.toObject());
}

/** Stored and expected counts as sorted lines `link scope=n` (scope `*`: the whole graph; zeros left out). */
async function counts(): Promise<{ stored: string[]; expected: string[] }> {
  const produces = await rows(
    'MATCH (e:Enterprise)-[:PRODUCES]->(p:Product) RETURN e.id AS e, e.local AS local, p.id AS p',
  );
  const located = await rows('MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone) RETURN e.id AS e, z.id AS z');
  const partOf = await rows('MATCH (z:Zone)-[:PART_OF]->(q:Zone) RETURN z.id AS z, q.id AS q');
  const parents = new Map<string, string[]>();
  for (const r of partOf) parents.set(r.z as string, [...(parents.get(r.z as string) ?? []), r.q as string]);
  const up = (zone: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(zone)) return seen;
    seen.add(zone);
    for (const q of parents.get(zone) ?? []) up(q, seen);
    return seen;
  };
  const zonesOf = new Map<string, string[]>();
  for (const r of located) zonesOf.set(r.e as string, [...(zonesOf.get(r.e as string) ?? []), r.z as string]);
  const firms = new Map<string, Set<string>>();
  const add = (key: string, firm: string) => firms.set(key, (firms.get(key) ?? new Set()).add(firm));
  for (const r of produces) {
    if (r.local !== true) continue;
    const firm = r.e as string;
    add(`${r.p} *`, firm);
    const scopes = new Set<string>();
    for (const z of zonesOf.get(firm) ?? []) for (const s of up(z)) scopes.add(s);
    for (const s of scopes) add(`${r.p} ${s}`, firm);
  }
  const expected = [...firms].map(([key, set]) => `${key}=${set.size}`).sort();
  const national = await rows(
    'MATCH (p:Product) WHERE coalesce(p.producerCount, 0) > 0 RETURN p.id AS p, p.producerCount AS n',
  );
  const scoped = await rows('MATCH (k:LinkCount) RETURN k.link AS p, k.scope AS s, k.n AS n');
  const stored = [
    ...national.map((r) => `${r.p} *=${r.n}`),
    ...scoped.map((r) => `${r.p} ${r.s}=${r.n}`),
  ].sort();
  return { stored, expected };
}

/**
 * The firms' scope keys (Enterprise.scopeProvince / scopeCity) as stored and as expected from the graph: the 省
 * and 市 above the firm's zone, computed here from LOCATED_IN, PART_OF and the zones' kinds. Lines `firm p/c`.
 */
async function scopeKeys(): Promise<{ stored: string[]; expected: string[] }> {
  const kinds = new Map(
    (await rows('MATCH (z:Zone) RETURN z.id AS z, z.kind AS kind')).map((r) => [r.z as string, r.kind]),
  );
  const parent = new Map(
    (await rows('MATCH (z:Zone)-[:PART_OF]->(q:Zone) RETURN z.id AS z, q.id AS q')).map((r) => [r.z, r.q]),
  );
  const firms = await rows(
    `MATCH (e:Enterprise) OPTIONAL MATCH (e)-[:LOCATED_IN]->(z:Zone)
     RETURN e.id AS e, z.id AS z, e.scopeProvince AS p, e.scopeCity AS c`,
  );
  const expected: string[] = [];
  for (const f of firms) {
    const up: string[] = [];
    for (let z = f.z as string | undefined; z && !up.includes(z); z = parent.get(z) as string | undefined)
      up.push(z);
    const of = (kind: string) => up.find((z) => kinds.get(z) === kind) ?? '-';
    expected.push(`${f.e} ${of('省')}/${of('市')}`);
  }
  const stored = firms.map((f) => `${f.e} ${f.p ?? '-'}/${f.c ?? '-'}`);
  return { stored: stored.sort(), expected: expected.sort() };
}

/** The stored counts and the firms' scope keys equal what the graph says; returns the stored counts. */
async function expectExact(): Promise<string[]> {
  const { stored, expected } = await counts();
  expect(stored).toEqual(expected);
  const keys = await scopeKeys();
  expect(keys.stored).toEqual(keys.expected);
  return stored;
}

async function gql<T>(doc: string, variables: Record<string, unknown>): Promise<T> {
  const res = await editor<T>(doc, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  editor = graphqlClient(db, { token: await createToken(db, 'editor', '计数编辑') });
});
afterAll(async () => db?.close());

describe("stored producer counts and the firms' scope keys stay exact after every writer", () => {
  it('the seed (reset, then loaded again)', async () => {
    const stored = await expectExact();
    // Not trivially equal: the seed has links with several producers, counted in zones, the district, its
    // city-less province.
    expect(stored.some((l) => / region-500110=\d+$/.test(l))).toBe(true);
    expect(stored.some((l) => / region-500000=([2-9]|\d\d+)$/.test(l))).toBe(true);
    expect((await scopeKeys()).stored.filter((l) => l.endsWith(' region-500000/-')).length).toBeGreaterThan(
      10,
    );
    await loadSeed(db, { actor: TEST_ACTOR });
    expect(await counts().then((c) => c.stored)).toEqual(stored);
  });

  it('plan imports with facts: a new district, and a plan of the seeded district with its firms and links', async () => {
    await commitImport(db, acceptedReview(XIFENG_FILE, XIFENG_TITLE), actor as never);
    await expectExact();
    const before = (await counts()).stored;
    await importQijiang15th(db);
    expect(await expectExact()).not.toEqual(before);
    // The new district lies in a prefecture-level city: its firms carry both keys.
    expect((await scopeKeys()).stored.some((l) => /region-\d{6}\/region-\d{6}$/.test(l))).toBe(true);
  });

  it('an enterprise table (new firms, a firm moved to another zone)', async () => {
    const [firm] = await rows(
      `MATCH (e:Enterprise {local: true})-[:LOCATED_IN]->(z:Zone {id: 'zone-beidu'})
       WHERE (e)-[:PRODUCES]->(:Product) RETURN e.name AS name ORDER BY e.id LIMIT 1`,
    );
    const [zone] = await rows("MATCH (z:Zone {id: 'zone-yongtong'}) RETURN z.name AS name");
    expect(firm?.name).toBeTruthy();
    const before = (await counts()).stored;
    const csv =
      '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注\r\n' +
      `计数新铝业,,北渡组团,铝锭,,\r\n${firm?.name},,${zone?.name},,,\r\n`;
    const report = await importTable(db, 'enterprises', new TextEncoder().encode(csv), 'counts.csv', {
      dryRun: false,
      actor,
    });
    expect(report.written).toBe(true);
    expect(await expectExact()).not.toEqual(before);
  });

  it('edits: a firm created, moved, its links replaced, made an outside firm', async () => {
    const [link] = await rows(
      'MATCH (p:Product)<-[:PRODUCES]-(:Enterprise {local: true}) RETURN p.id AS id ORDER BY p.id LIMIT 1',
    );
    const created = await gql<{ createEnterprise: { id: string } }>(
      'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
      { input: { name: '计数编辑企业', local: true, zone: 'zone-qiaohe', produces: [link?.id, 'p-铝锭'] } },
    );
    await expectExact();
    const id = created.createEnterprise.id;
    const update =
      'mutation ($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }';
    await gql(update, { id, input: { zone: 'zone-anwen' } });
    await expectExact();
    await gql(update, { id, input: { produces: ['p-铝锭'] } });
    await expectExact();
    await gql(update, { id, input: { local: false } });
    await expectExact();
  });

  it('the national pool import', async () => {
    await importPool(db, {
      dir: path.resolve(import.meta.dirname, '../fixtures/chainkg'),
      aliases: readAliases(aliasesFile),
      actor: TEST_ACTOR,
    });
    await expectExact();
  });

  it('a lead signed (a project, no producer) and moved back', async () => {
    const LEAD = 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }';
    const MOVE =
      'mutation ($id: ID!, $stage: LeadStage!, $reason: String!) { moveLead(id: $id, stage: $stage, reason: $reason) { id } }';
    const lead = await gql<{ createLead: { id: string } }>(LEAD, {
      input: { link: 'p-铝锭', zone: 'zone-beidu', firmName: '计数铝业', owner: '王招商' },
    });
    const id = lead.createLead.id;
    for (const stage of ['CONTACT', 'VISIT', 'NEGOTIATION', 'SIGNED'])
      await gql(MOVE, { id, stage, reason: `进入${stage}` });
    await expectExact();
    await gql(MOVE, { id, stage: 'NEGOTIATION', reason: '协议未生效' });
    await expectExact();
  });

  it('the benchmark loaders (batched, row by row) and removing their districts', async () => {
    const g = emptyGraph();
    g.zones.push(
      { id: 'region-990101', name: '计数区', kind: '区县', district: null, code: '990101' },
      { id: 'nz-990101-z1', name: '计数园区', kind: '园区', district: 'region-990101', code: null },
    );
    g.partOf.push(
      { zone: 'region-990101', parent: 'region-500000' },
      { zone: 'nz-990101-z1', parent: 'region-990101' },
    );
    for (const [i, zone] of ['nz-990101-z1', 'nz-990101-z1', 'region-990101'].entries()) {
      const id = `ne-count-${i}`;
      g.enterprises.push({
        id,
        name: `计数${i}`,
        fullName: `计数${i}有限公司`,
        local: true,
        origin: 'bench',
        district: 'region-990101',
        industries: [],
        code: null,
        exchange: null,
      });
      g.locatedIn.push({ enterprise: id, zone });
      g.produces.push({ enterprise: id, product: 'p-铝锭' });
    }
    await loadBatched(db.driver, g);
    const stored = await expectExact();
    expect(stored).toContain('p-铝锭 nz-990101-z1=2');
    await deleteDistricts(db.driver, ['region-990101']);
    await loadRowByRow(db.driver, g);
    expect(await expectExact()).toEqual(stored);
  });

  it('a whole load: links it created counted from its rows, seeded links its firms produce recounted', async () => {
    const g = emptyGraph();
    g.products.push({ id: 'np-count-a', name: '计数材料甲' }, { id: 'np-count-b', name: '计数材料乙' });
    g.zones.push(
      { id: 'region-990201', name: '计数二区', kind: '区县', district: null, code: '990201' },
      { id: 'nz-990201-z1', name: '计数开发区', kind: '开发区', district: 'region-990201', code: null },
      { id: 'nz-990201-z2', name: '计数二园', kind: '园区', district: 'region-990201', code: null },
    );
    // Under the seeded city: its counts must include both the seed's firms and the load's.
    g.partOf.push(
      { zone: 'region-990201', parent: 'region-500000' },
      { zone: 'nz-990201-z1', parent: 'region-990201' },
      { zone: 'nz-990201-z2', parent: 'nz-990201-z1' },
    );
    const firms: [string, boolean, string, string[]][] = [
      ['ne-whole-0', true, 'nz-990201-z2', ['np-count-a', 'np-count-b', 'p-铝锭']],
      ['ne-whole-1', true, 'nz-990201-z1', ['np-count-a', 'np-count-a']],
      ['ne-whole-2', false, 'nz-990201-z2', ['np-count-a', 'p-铝锭']],
      ['ne-whole-3', true, 'region-990201', ['p-铝锭']],
    ];
    for (const [id, local, zone, products] of firms) {
      g.enterprises.push({
        id,
        name: id,
        fullName: `${id}有限公司`,
        local,
        origin: 'bench',
        district: 'region-990201',
        industries: [],
        code: null,
        exchange: null,
      });
      g.locatedIn.push({ enterprise: id, zone });
      for (const product of products) g.produces.push({ enterprise: id, product });
    }
    const before = await counts();
    expect(before.stored).toEqual(before.expected);
    await loadBatched(db.driver, g, { batchSize: 2, concurrency: 2 });
    const stored = await expectExact();
    expect(stored).toEqual(
      expect.arrayContaining([
        'np-count-a *=2',
        'np-count-a nz-990201-z2=1',
        'np-count-a nz-990201-z1=2',
        'np-count-a region-500000=2',
        'np-count-b *=1',
      ]),
    );
    expect(stored.filter((l) => l.startsWith('np-count-b '))).toHaveLength(5);
    const aluminium = (scope: string) => stored.find((l) => l.startsWith(`p-铝锭 ${scope}=`));
    const was = (scope: string) => before.stored.find((l) => l.startsWith(`p-铝锭 ${scope}=`));
    expect(aluminium('region-990201')).toBe('p-铝锭 region-990201=2');
    expect(Number(aluminium('region-500000')?.split('=')[1])).toBe(
      Number(was('region-500000')?.split('=')[1]) + 2,
    );
    // The store drops the (link, scope) key while it writes and creates it again: it must be back, and enforced.
    const key = await db.driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = 'link_count_key' RETURN *",
    );
    expect(key.records.map((r) => [r.get('type'), r.get('labelsOrTypes'), r.get('properties')])).toEqual([
      ['UNIQUENESS', ['LinkCount'], ['link', 'scope']],
    ]);
    await expect(
      db.driver.executeQuery("CREATE (:LinkCount {link: 'np-count-a', scope: 'nz-990201-z2', n: 9})"),
    ).rejects.toThrow(/already exists/);
  });

  it('the start-up fill counts a database written before the counts were kept', async () => {
    const stored = (await counts()).stored;
    await db.driver.executeQuery('MATCH (k:LinkCount) DELETE k');
    await db.driver.executeQuery('MATCH (p:Product) REMOVE p.producerCount');
    expect((await counts()).stored).toEqual([]);
    // A small batch, so the fill goes through several transactions.
    expect(await fillLinkCounts(db, 50)).toBeGreaterThan(50);
    expect(await expectExact()).toEqual(stored);
    expect(await fillLinkCounts(db, 50)).toBe(0);
  });

  it('the start-up fill gives every firm its scope keys once, on a database written before they were kept', async () => {
    const keyed = (await scopeKeys()).stored;
    await db.driver.executeQuery('MATCH (e:Enterprise) REMOVE e.scopeProvince, e.scopeCity');
    await db.driver.executeQuery('MATCH (m:Migration) DELETE m');
    expect((await scopeKeys()).stored).not.toEqual(keyed);
    expect(await fillScopeKeys(db)).toBeGreaterThan(1);
    expect((await scopeKeys()).stored).toEqual(keyed);
    await expectExact();
    // Once filled, a start does nothing: a key removed now stays removed (the writers keep them from here on).
    await db.driver.executeQuery(
      'MATCH (e:Enterprise) WHERE e.scopeProvince IS NOT NULL WITH e LIMIT 1 REMOVE e.scopeProvince',
    );
    expect(await fillScopeKeys(db)).toBe(0);
    expect((await scopeKeys()).stored).not.toEqual(keyed);
  });
});
