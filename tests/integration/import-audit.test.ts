import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processActor } from '../../server/audit/entries.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import { MAX_TABLE_ROWS } from '../../server/tables/rows.ts';
import {
  createToken,
  graphCounts,
  graphqlClient,
  resetAndSeed,
  startApp,
  TEST_ACTOR,
  testDb,
} from '../helpers.ts';

/** Every write path leaves audit entries with its actor, in its transaction (issue #19). */

interface Entry {
  actor: string;
  role: string;
  action: string;
  entity: string;
  entityType: string;
  before: string | null;
  after: string | null;
  at: string;
}

let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;
const CSV_HEADER = '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注';

async function entries(where: { action: string; entityType?: string }): Promise<Entry[]> {
  const res = await db.driver.executeQuery(
    `MATCH (a:AuditEntry {action: $action}) WHERE $entityType IS NULL OR a.entityType = $entityType
     RETURN a {.*, at: toString(a.at)} AS a ORDER BY a.at, a.id`,
    { action: where.action, entityType: where.entityType ?? null },
  );
  return res.records.map((r) => r.get('a') as Entry);
}

/** 哈斯特 (a seeded local enterprise) as the explorer reads it: updatedAt and lastChange. */
async function hasite(): Promise<{ updatedAt: string; lastChange: Entry | null }> {
  const res = await graphqlClient(db)<{
    enterprises: { edges: { node: { id: string; updatedAt: string; lastChange: Entry | null } }[] };
  }>(
    '{ enterprises(query: "哈斯特") { edges { node { id updatedAt lastChange { actor role action after at } } } } }',
  );
  expect(res.errors).toBeUndefined();
  const node = res.data?.enterprises.edges.find((e) => e.node.id === 'ent-hasite')?.node;
  if (!node) throw new Error('ent-hasite not found');
  return node;
}

const auditCount = async () =>
  (await db.driver.executeQuery('MATCH (a:AuditEntry) RETURN count(a) AS n')).records[0]?.get('n');

beforeAll(async () => {
  db = testDb();
  await db.driver.executeQuery('MATCH (a:AuditEntry) DETACH DELETE a');
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '审计编辑');
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('audit entries of imports', () => {
  it('the seed records one SEED entry with its actor, and none on the seeded entities', async () => {
    const [seed, ...more] = await entries({ action: 'SEED' });
    expect(more).toEqual([]);
    expect(seed).toMatchObject({ actor: TEST_ACTOR.name, role: 'cli', entityType: 'Import' });
    expect(seed?.before ?? null).toBeNull();
    expect(JSON.parse(seed?.after ?? '{}')).toMatchObject({ reset: true, enterprises: expect.any(Number) });
    expect((await entries({ action: 'SEED', entityType: 'Enterprise' })).length).toBe(0);
  });

  it('a table import that changes a note updates that enterprise’s lastChange and updatedAt', async () => {
    const before = await hasite();
    expect(before.updatedAt.slice(0, 10)).toBe('2023-02-01');
    const csv = `${CSV_HEADER}\r\n哈斯特,,,,,审计测试备注\r\n`;
    const res = await app.post('/tables/enterprises?file=备注.csv', csv, 'text/csv', editor);
    expect(res).toMatchObject({ status: 200, body: { written: true, updated: [{ name: '哈斯特' }] } });
    const after = await hasite();
    expect(after.lastChange).toMatchObject({
      actor: '审计编辑',
      role: 'editor',
      action: 'IMPORT_TABLE',
      after: JSON.stringify({ note: '审计测试备注' }),
    });
    expect(after.updatedAt).toBe(after.lastChange?.at);
    expect(Date.now() - Date.parse(after.updatedAt)).toBeLessThan(60_000);
    const [summary] = await entries({ action: 'IMPORT_TABLE', entityType: 'Import' });
    expect(summary).toMatchObject({ actor: '审计编辑' });
    expect(JSON.parse(summary?.after ?? '{}')).toMatchObject({ file: '备注.csv', rows: 1, changed: 1 });
    // The same file again changes no enterprise: only a second summary entry.
    await app.post('/tables/enterprises?file=备注.csv', csv, 'text/csv', editor);
    expect((await entries({ action: 'IMPORT_TABLE', entityType: 'Enterprise' })).length).toBe(1);
    expect((await entries({ action: 'IMPORT_TABLE', entityType: 'Import' })).length).toBe(2);
  });

  it('a plan commit records the chains it adds and a summary, with the token’s name', async () => {
    const text = '推动“甲审计料—乙审计件—丙审计品”产业链建设。';
    const input = {
      title: '审计规划',
      text,
      chains: [
        {
          name: '审计链',
          expression: '甲审计料—乙审计件—丙审计品',
          stages: [['甲审计料'], ['乙审计件'], ['丙审计品']],
          quote: text,
          start: 0,
        },
      ],
    };
    const res = await app.post('/imports/commit', JSON.stringify(input), 'application/json', editor);
    expect(res.status).toBe(200);
    const chain = res.body.firstChainId as string;
    const gql = graphqlClient(db);
    const q = await gql<{ chain: { lastChange: Entry } }>(
      'query ($id: ID!) { chain(id: $id) { lastChange { actor action after } } }',
      { id: chain },
    );
    expect(q.data?.chain.lastChange).toMatchObject({ actor: '审计编辑', action: 'IMPORT_PLAN' });
    expect(JSON.parse(q.data?.chain.lastChange.after ?? '{}')).toMatchObject({ name: '审计链', links: 3 });
    const [summary] = await entries({ action: 'IMPORT_PLAN', entityType: 'Import' });
    expect(summary).toMatchObject({ actor: '审计编辑', entity: res.body.documentId });
    expect(JSON.parse(summary?.after ?? '{}')).toMatchObject({ title: '审计规划', chainsAdded: 1 });
  });

  it('a pool import records its firms and a summary with the CLI actor', async () => {
    const actor = processActor('CLI');
    expect(actor.name).toMatch(/^CLI:.+/);
    const dir = path.resolve(import.meta.dirname, '../fixtures/chainkg');
    await importPool(db, { dir, aliases: readAliases(aliasesFile), actor });
    const [summary] = await entries({ action: 'IMPORT_POOL', entityType: 'Import' });
    expect(summary).toMatchObject({ actor: actor.name, role: 'cli', entity: 'pool:chainkg' });
    expect(JSON.parse(summary?.after ?? '{}')).toMatchObject({ companies: 5 });
    const firms = await entries({ action: 'IMPORT_POOL', entityType: 'Enterprise' });
    expect(firms.length).toBe(5);
    expect(firms.every((f) => f.actor === actor.name && (f.before ?? null) === null)).toBe(true);
    // Nothing changed in the pool: the second run records the summary only.
    await importPool(db, { dir, aliases: readAliases(aliasesFile), actor });
    expect((await entries({ action: 'IMPORT_POOL', entityType: 'Enterprise' })).length).toBe(5);
    expect((await entries({ action: 'IMPORT_POOL', entityType: 'Import' })).length).toBe(2);
  });
});

describe('the table row limit', () => {
  it(`refuses a CSV of more than ${MAX_TABLE_ROWS} rows with 413 naming the limit, and writes nothing`, async () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS + 1 }, (_, i) => `超限企业${i},,,,,`);
    const csv = `${CSV_HEADER}\n${rows.join('\n')}\n`;
    const before = { graph: await graphCounts(db), audit: await auditCount() };
    for (const dry of ['&dryRun=1', '']) {
      const res = await app.post(`/tables/enterprises?file=big.csv${dry}`, csv, 'text/csv', editor);
      expect(res).toMatchObject({ status: 413, body: { code: 'TOO_MANY_ROWS', limit: MAX_TABLE_ROWS } });
      expect(res.body.error).toContain('5,000');
    }
    expect({ graph: await graphCounts(db), audit: await auditCount() }).toEqual(before);
  });

  it('takes a CSV of exactly the limit in a dry run (blank lines and quoted line breaks do not count)', async () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS - 1 }, (_, i) => `限内企业${i},,,,,`);
    const csv = `${CSV_HEADER}\n"多行\n企业",,,,,\n${rows.join('\n')}\n\n,,,,,\n`;
    const res = await app.post('/tables/enterprises?file=edge.csv&dryRun=1', csv, 'text/csv', editor);
    expect(res.status).toBe(200);
    expect((res.body.added as unknown[]).length).toBe(MAX_TABLE_ROWS);
  });
});
