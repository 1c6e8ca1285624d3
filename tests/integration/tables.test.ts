import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseCsv } from '../../client/src/views/zone/enterpriseRows.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { createToken, graphCounts, graphqlClient, resetAndSeed, startApp, testDb } from '../helpers.ts';

let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let base: string;
let editor: string;
let viewer: string;

const CSV_HEADER = '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注';

const upload = (path: string, body: BodyInit, token: string | null = editor) =>
  app.post(path, body, 'application/octet-stream', token);
const fingerprint = () => graphCounts(db);

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '测试编辑');
  viewer = await createToken(db, 'viewer', '测试查看');
  app = await startApp(db);
  base = app.base;
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('enterprise and project tables', () => {
  it('serves templates with Chinese headers', async () => {
    // Bytes, not .text(): the decoder would drop the byte-order mark that Excel needs.
    const bytes = Buffer.from(await (await fetch(`${base}/tables/templates/enterprises.csv`)).arrayBuffer());
    expect(bytes.toString('utf8')).toBe(`\uFEFF${CSV_HEADER}\r\n`);
    const xlsx = await fetch(`${base}/tables/templates/projects.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets[0]?.getRow(1).values).toEqual([
      undefined,
      '项目名称',
      '企业',
      '所在区域',
      '环节',
      '产能',
      '单位',
      '投资（亿元）',
      '状态',
    ]);
  });

  it('needs an editor token to import', async () => {
    const csv = `${CSV_HEADER}\r\n某新铝业,,北渡组团,铝锭,新材料,\r\n`;
    expect((await upload('/tables/enterprises?file=a.csv', csv, null)).status).toBe(401);
    expect((await upload('/tables/enterprises?file=a.csv', csv, viewer)).status).toBe(403);
  });

  it('a dry run shows what would be added and updated, and writes nothing', async () => {
    const before = await fingerprint();
    const csv = `${CSV_HEADER}\r\n某新铝业,,北渡组团,铝锭、再生铝,新材料,试运行\r\n旗能电铝,,北渡组团,电解铝,,\r\n`;
    const res = await upload('/tables/enterprises?file=a.csv&dryRun=1', csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      written: false,
      added: [{ row: 2, name: '某新铝业' }],
      updated: [{ row: 3, name: '旗能电铝' }],
      rejected: [],
    });
    expect(await fingerprint()).toEqual(before);
  });

  it('a file with one bad row writes nothing and names the row, the column and the reason', async () => {
    const before = await fingerprint();
    const csv = `${CSV_HEADER}\r\n好企业,,北渡组团,铝锭,,\r\n坏企业,123,不存在的组团,铝锭,,\r\n`;
    const res = await upload('/tables/enterprises?file=bad.csv', csv);
    expect(res.status).toBe(422);
    expect(res.body.written).toBe(false);
    expect(res.body.rejected).toEqual([
      { row: 3, column: '统一社会信用代码', reason: '不是有效的 18 位统一社会信用代码：「123」' },
      { row: 3, column: '所在区域', reason: '未找到区域「不存在的组团」（不会自动新建）' },
    ]);
    expect(await fingerprint()).toEqual(before);
  });

  it('imports a good CSV in one go: new firms appear in the zone and change link status; re-import adds nothing', async () => {
    const csv = `${CSV_HEADER}\r\n某新铝业,91500222MA5U000001,北渡组团,铝锭,新材料,\r\n另一铝业,,北渡铝产业园,铝锭,新材料,\r\n`;
    const res = await upload('/tables/enterprises?file=铝企.csv', csv);
    expect(res).toMatchObject({ status: 200, body: { written: true, rejected: [] } });
    const q = await db.driver.executeQuery(
      "MATCH (e:Enterprise {local: true})-[:PRODUCES]->(:Product {id: 'p-铝锭'}) MATCH (e)-[:LOCATED_IN]->(z) RETURN e.name AS name, z.name AS zone ORDER BY name",
    );
    expect(q.records.map((r) => [r.get('name'), r.get('zone')])).toEqual([
      ['另一铝业', '北渡铝产业园'],
      ['某新铝业', '北渡组团'],
    ]);
    const after = await fingerprint();
    const again = await upload('/tables/enterprises?file=铝企.csv', csv);
    expect(again.body).toMatchObject({
      written: true,
      added: [],
      updated: [{ name: '某新铝业' }, { name: '另一铝业' }],
    });
    expect(await fingerprint()).toEqual(after);
  });

  it('imports projects from XLSX, validating status and numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目');
    ws.addRow(['项目名称', '企业', '所在区域', '环节', '产能', '单位', '投资（亿元）', '状态']);
    ws.addRow(['铝锭扩能项目', '某新铝业', '北渡组团', '铝锭', 20, '万吨/年', 3.5, '在建']);
    ws.addRow(['坏项目', '', '', '', 'abc', '', '', '开工']);
    const bad = await upload('/tables/projects?file=p.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(bad.status).toBe(422);
    expect((bad.body.rejected as { row: number; column: string }[]).map((r) => [r.row, r.column])).toEqual([
      [3, '产能'],
      [3, '单位'],
      [3, '状态'],
    ]);
    ws.spliceRows(3, 1);
    const ok = await upload('/tables/projects?file=p.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(ok).toMatchObject({
      status: 200,
      body: { written: true, added: [{ row: 2, name: '铝锭扩能项目' }] },
    });
    const p = await db.driver.executeQuery(
      "MATCH (p:Project {name: '铝锭扩能项目'})-[:BY]->(e), (p)-[:IN_ZONE]->(z), (p)-[:BUILDS]->(x) RETURN e.name AS e, z.name AS z, x.name AS x, p.capacityValues AS c, p.status AS s",
    );
    expect(p.records[0]?.toObject()).toEqual({ e: '某新铝业', z: '北渡组团', x: '铝锭', c: [20], s: '在建' });
  });

  it('exports enterprises and projects as CSV/XLSX, and a chain as JSON and GraphML', async () => {
    const csv = Buffer.from(
      await (await fetch(`${base}/tables/export/enterprises.csv?zone=zone-beidu`)).arrayBuffer(),
    ).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_HEADER}`);
    expect(csv).toContain('旗能电铝');
    const xlsx = await fetch(`${base}/tables/export/projects.xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const json = (await (
      await fetch(`${base}/tables/export/chains/chain-scrap-aluminium-recycling.json`)
    ).json()) as {
      links: { name: string; status: string }[];
    };
    expect(json.links.find((l) => l.name === '再生铝')?.status).toBe('STRONG');
    const graphml = await (
      await fetch(`${base}/tables/export/chains/chain-scrap-aluminium-recycling.graphml`)
    ).text();
    expect(graphml).toContain('<graphml');
    expect(graphml.match(/<node /g)?.length).toBe(9);
    expect((await fetch(`${base}/tables/export/chains/chain-nope.json`)).status).toBe(404);
  });
  it('the enterprise export names industries (not ids), as the screen does', async () => {
    const csv = Buffer.from(
      await (await fetch(`${base}/tables/export/enterprises.csv?zone=zone-beidu`)).arrayBuffer(),
    ).toString('utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const industry = lines[0]?.split(',').indexOf('所属产业') ?? -1;
    expect(industry).toBeGreaterThan(0);
    const cells = lines.slice(1).map((l) => l.split(',')[industry] ?? '');
    expect(lines.find((l) => l.startsWith('旗能电铝,'))?.split(',')[industry]).toBe('新材料');
    expect(cells.filter((c) => c.includes('ind-'))).toEqual([]);
  });

  it("the zone page's CSV and the table export have the same header and row order", async () => {
    const gql = graphqlClient(db);
    const page = await gql<{ enterprises: { edges: { node: never }[] } }>(
      `query ($zone: ID) { enterprises(zone: $zone, local: true, first: 200) { edges { node {
        id name fullName local zone { id name } products { id name } industries { id name } } } } }`,
      { zone: 'zone-beidu' },
    );
    const zoneCsv = enterpriseCsv((page.data?.enterprises.edges ?? []).map((e) => e.node));
    const exported = Buffer.from(
      await (await fetch(`${base}/tables/export/enterprises.csv?zone=zone-beidu`)).arrayBuffer(),
    )
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(zoneCsv.header).toEqual(exported[0]);
    expect(zoneCsv.rows.length).toBeGreaterThan(1);
    expect(zoneCsv.rows.map((r) => r[0])).toEqual(exported.slice(1).map((r) => r[0]));
  });

  it('with READ_REQUIRES_TOKEN, exports, templates and briefings need a viewer token too', async () => {
    const locked = await startApp(db, { readRequiresToken: true });
    const at = locked.base;
    const get = (path: string, token?: string) =>
      fetch(`${at}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    try {
      expect((await get('/tables/export/chains/chain-scrap-aluminium-recycling.json')).status).toBe(401);
      expect((await get('/tables/templates/enterprises.csv')).status).toBe(401);
      expect((await get('/tables/export/chains/chain-scrap-aluminium-recycling.json', viewer)).status).toBe(
        200,
      );
      expect((await get('/briefings/chain-scrap-aluminium-recycling.md')).status).toBe(401);
      expect((await get('/briefings/chain-scrap-aluminium-recycling.md', viewer)).status).toBe(200);
    } finally {
      await locked.close();
    }
  });
});
