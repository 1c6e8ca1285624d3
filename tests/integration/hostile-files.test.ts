import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphHash } from '../../bench/lib/graph-hash.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { cyclicPdf, manyPagesPdf } from '../../server/extract/pdf.testing.ts';
import { docxBomb, docxOf, lyingDocxBomb } from '../../server/extract/zip.testing.ts';
import { LIMITS } from '../../server/limits.ts';
import { createToken, resetAndSeed, startApp, testDb } from '../helpers.ts';

// Hostile files over HTTP (issue #19): each gets a clear 4xx naming the problem or the limit, the server keeps
// answering, and nothing is written.
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;
let hashBefore: string;
beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '恶意文件测试');
  hashBefore = (await graphHash(db.driver)).hash;
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

// fetch's BodyInit wants an ArrayBuffer-backed view
const bodyOf = (b: Uint8Array | string): BodyInit => (typeof b === 'string' ? b : new Uint8Array(b));
const extract = (name: string, body: Uint8Array | string) =>
  app.post(
    `/imports/extract?name=${encodeURIComponent(name)}`,
    bodyOf(body),
    'application/octet-stream',
    editor,
  );
const importTable = (file: string, body: Uint8Array | string) =>
  app.post(
    `/tables/enterprises?file=${encodeURIComponent(file)}&dryRun=1`,
    bodyOf(body),
    'application/octet-stream',
    editor,
  );

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('企业');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('hostile plan files', () => {
  it('answers the <w:p> bomb, zip bombs and PDFs with 4xx naming the problem or the limit', async () => {
    const [paragraphs, bomb, lying, pages, cycle] = await Promise.all([
      extract('p.docx', docxOf('<w:p>'.repeat(96_000))),
      extract('bomb.docx', docxBomb(2.5e9)),
      extract('lying.docx', lyingDocxBomb(1e9)),
      extract('pages.pdf', manyPagesPdf(20_000)),
      extract('cycle.pdf', cyclicPdf()),
    ]);
    expect(paragraphs).toMatchObject({ status: 400, body: { code: 'EMPTY' } });
    expect(bomb).toMatchObject({ status: 413, body: { code: 'TOO_LARGE', limit: 'ZIP_DECOMPRESSED_BYTES' } });
    expect(lying).toMatchObject({
      status: 413,
      body: { code: 'TOO_LARGE', limit: 'ZIP_DECOMPRESSED_BYTES' },
    });
    expect(pages).toMatchObject({
      status: 413,
      body: { code: 'TOO_LARGE', limit: 'PDF_PAGES', max: LIMITS.PDF_PAGES, found: 20_000 },
    });
    expect(cycle).toMatchObject({ status: 400, body: { code: 'UNSUPPORTED' } });
    expect(String(cycle.body.error)).toMatch(/circular/);
  });

  it('answers a body over the upload limit with 413 naming it', async () => {
    const res = await extract('big.txt', new Uint8Array(LIMITS.UPLOAD_BYTES + 1));
    expect(res).toMatchObject({ status: 413, body: { code: 'TOO_LARGE', limit: 'UPLOAD_BYTES' } });
  });

  it('still extracts a plan after all that', async () => {
    const res = await extract('plan.txt', '推动“铝土矿—氧化铝—电解铝”产业链建设。');
    expect(res.status).toBe(200);
    expect((res.body.chains as { stages: string[][] }[])[0]?.stages).toEqual([
      ['铝土矿'],
      ['氧化铝'],
      ['电解铝'],
    ]);
  });
});

describe('hostile tables', () => {
  it('refuses a non-UTF-8 CSV with 400 saying how to save it', async () => {
    const res = await importTable('a.csv', new Uint8Array([0xff, 0xfe, 0x0d, 0x54, 0xf0, 0x79]));
    expect(res).toMatchObject({ status: 400, body: { code: 'BAD_ENCODING' } });
    expect(String(res.body.error)).toMatch(/CSV UTF-8/);
  });

  it('refuses an .xlsx with an empty header cell over data with 400 naming the column', async () => {
    const res = await importTable(
      'a.xlsx',
      await xlsx([
        ['企业名称', null, '所在区域'],
        ['甲铝业', '值', '北渡组团'],
      ]),
    );
    expect(res).toMatchObject({ status: 400, body: { code: 'EMPTY_HEADER', letter: 'B', column: 2 } });
  });

  it('refuses formula cells, whatever their cached value', async () => {
    const res = await importTable(
      'a.xlsx',
      await xlsx([
        ['企业名称', '所在区域'],
        [{ formula: 'HYPERLINK("http://example.com","甲铝业")', result: '甲铝业' }, '北渡组团'],
      ]),
    );
    expect(res).toMatchObject({
      status: 400,
      body: { code: 'FORMULA_CELLS', cells: [{ row: 2, column: 'A' }] },
    });
  });

  it('refuses a table over the row limit with 413 naming it', async () => {
    const res = await importTable('rows.csv', `企业名称\n${'甲\n'.repeat(LIMITS.TABLE_ROWS + 1)}`);
    // The import's own row limit (counted on the raw bytes) answers before the parser's cap is reached.
    expect(res).toMatchObject({
      status: 413,
      body: { code: 'TOO_MANY_ROWS', limit: LIMITS.TABLE_IMPORT_ROWS },
    });
  });

  it('left the graph exactly as it was', async () => {
    expect((await graphHash(db.driver)).hash).toBe(hashBefore);
  });
});
