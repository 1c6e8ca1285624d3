import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { LEAD_COLUMNS } from '../../vocab/lead.ts';
import { clearDb, createToken, graphCounts, resetAndSeed, startApp, testDb } from '../helpers.ts';

const N = 500;
const HEADERS = Object.values(LEAD_COLUMNS);
const LINKS = ['铝锭', '再生铝', '废铝', '压铸件'];
const ZONES = ['北渡组团', '桥河组团', '安稳组团'];

let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;

const upload = (file: string, body: BodyInit, dryRun = false) =>
  app.post(
    `/tables/leads?file=${file}${dryRun ? '&dryRun=1' : ''}`,
    body,
    'application/octet-stream',
    editor,
  );

async function xlsx(rows: (string | number | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('leads');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function exported(): Promise<(string | number | null)[][]> {
  const res = await fetch(`${app.base}/tables/export/leads.xlsx`);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  expect(ws?.getRow(1).values).toEqual([undefined, ...HEADERS]);
  const rows: (string | number | null)[][] = [];
  ws?.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(HEADERS.map((_, i) => (row.getCell(i + 1).value as string | number | null) ?? null));
  });
  return rows;
}

const col = (name: string) => HEADERS.indexOf(name as (typeof HEADERS)[number]);
const leadOwners = async () =>
  (await db.driver.executeQuery('MATCH (l:Lead) RETURN l.owner AS o, count(*) AS n ORDER BY o')).records.map(
    (r) => [r.get('o'), Number(r.get('n'))].join(':'),
  );

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '周报录入');
  app = await startApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('the weekly Excel report of leads', () => {
  it('imports 500 new leads in one go', async () => {
    const rows = Array.from({ length: N }, (_, i) => [
      null,
      `测试企业${i}`,
      LINKS[i % LINKS.length] as string,
      ZONES[i % ZONES.length] as string,
      i % 2 ? '王招商' : '李招商',
      i % 3 ? '线索' : '接洽',
      i % 5 ? null : 3.5,
      null,
      null,
      '电话回访',
      '2026-12-01',
      null,
      null,
    ]);
    const res = await upload('week1.xlsx', await xlsx(rows));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ written: true, rejected: [] });
    expect((res.body.added as unknown[]).length).toBe(N);
  });

  it('round trip: an edited export with errors is refused whole, naming row and column; fixed, it is written', async () => {
    const rows = await exported();
    expect(rows).toHaveLength(N);
    expect(rows.every((r) => String(r[col(LEADS.id)]).startsWith('lead-t-'))).toBe(true);
    // The officer's week: every lead changes owner, one signs, one moves on with its reason.
    for (const r of rows) r[col(LEADS.owner)] = '赵招商';
    const signed = rows[9] as (string | number | null)[];
    signed[col(LEADS.stage)] = '签约';
    signed[col(LEADS.reason)] = '签订投资协议';
    const moved = rows[20] as (string | number | null)[];
    moved[col(LEADS.stage)] = '考察';
    moved[col(LEADS.reason)] = '已赴企业总部考察';
    // Three mistakes: an unknown stage, an unknown zone, a stage change without its reason.
    const broken = rows.map((r) => [...r]);
    (broken[6] as unknown[])[col(LEADS.stage)] = '谈判';
    (broken[299] as unknown[])[col(LEADS.zone)] = '不存在组团';
    (broken[49] as unknown[])[col(LEADS.stage)] = '洽谈';
    const before = await graphCounts(db);
    const owners = await leadOwners();
    const bad = await upload('week2.xlsx', await xlsx(broken));
    expect(bad.status).toBe(422);
    expect(bad.body.written).toBe(false);
    const rejected = bad.body.rejected as { row: number; column: string; reason: string }[];
    // Data row i is file row i + 2 (the header is row 1).
    expect(rejected.map((r) => [r.row, r.column])).toEqual([
      [8, LEADS.stage],
      [51, LEADS.reason],
      [301, LEADS.zone],
    ]);
    expect(rejected[0]?.reason).toContain('谈判');
    expect(rejected[2]?.reason).toContain('不存在组团');
    expect(await graphCounts(db)).toEqual(before);
    expect(await leadOwners()).toEqual(owners);

    const ok = await upload('week2.xlsx', await xlsx(rows));
    expect(ok.status).toBe(200);
    expect((ok.body.updated as unknown[]).length).toBe(N);
    expect(await leadOwners()).toEqual([`赵招商:${N}`]);
    const project = await db.driver.executeQuery(
      'MATCH (l:Lead {id: $id})-[:BECAME]->(p:Project)-[:BUILDS]->(x:Product) RETURN p.status AS s, x.name AS link',
      { id: signed[col(LEADS.id)] },
    );
    expect(project.records[0]?.toObject()).toEqual({ s: '签约', link: signed[col(LEADS.link)] });
    const audit = await db.driver.executeQuery(
      `MATCH (a:AuditEntry {action: 'IMPORT_TABLE', entityType: 'Lead', actor: '周报录入'}) WHERE a.before IS NOT NULL
       RETURN count(a) AS n, sum(CASE WHEN a.after CONTAINS '已赴企业总部考察' THEN 1 ELSE 0 END) AS why`,
    );
    expect(Number(audit.records[0]?.get('n'))).toBe(N);
    expect(Number(audit.records[0]?.get('why'))).toBe(1);
  });
});

const LEADS = LEAD_COLUMNS;
