import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxBomb } from '../extract/zip.testing.ts';
import { LIMITS, LimitError } from '../limits.ts';
import { columnLetter, parseCsv, parseTable, TableError } from './parse.ts';

const MB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);

async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<TableError | LimitError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof TableError || e instanceof LimitError) return e;
    throw e;
  }
  throw new Error('no error');
}

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('企业');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('CSV, adversarial', () => {
  it('reads a megabyte of dashes and an unterminated quote as cells, not errors', () => {
    expect(parseCsv(`名称\n${'—'.repeat(MB)}\n`)).toEqual([['名称'], ['—'.repeat(MB)]]);
    expect(parseCsv(`名称\n"${'甲,\n'.repeat(350_000)}`)[1]?.[0]).toHaveLength(1_050_000);
  });

  it('stops at the column limit inside a row of a million commas', async () => {
    expect(await errorOf(() => parseCsv(`名称\n${','.repeat(MB)}`))).toMatchObject({
      code: 'TOO_LARGE',
      limit: 'TABLE_COLUMNS',
    });
  });

  it('stops at the row limit', async () => {
    const csv = `名称\n${'甲\n'.repeat(LIMITS.TABLE_ROWS + 1)}`;
    expect(parseCsv(`名称\n${'甲\n'.repeat(LIMITS.TABLE_ROWS)}`)).toHaveLength(LIMITS.TABLE_ROWS + 1);
    const e = await errorOf(parseTable(utf8(csv), 'big.csv'));
    expect(e).toMatchObject({ code: 'TOO_LARGE', limit: 'TABLE_ROWS' });
    expect(e.message).toMatch(/at least 20,001 data rows; the limit is 20,000/);
  });

  it('says which encoding to save as when the file is not UTF-8 or GB18030 text', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([0x540d, 0x79f0, 10]).buffer),
    ]);
    expect(await errorOf(parseTable(utf16, 'a.csv'))).toMatchObject({ code: 'BAD_ENCODING' });
    const noise = new Uint8Array(400).map((_, i) => (i * 37) % 32);
    const e = await errorOf(parseTable(noise, 'a.csv'));
    expect(e).toMatchObject({ code: 'BAD_ENCODING' });
    expect(e.message).toMatch(/CSV UTF-8/);
  });

  it('refuses an empty header over data, naming the column, and drops an empty column', async () => {
    const e = await errorOf(parseTable(utf8('企业名称,备注,,\n甲,,x,\n'), 'a.csv'));
    expect(e).toMatchObject({ code: 'EMPTY_HEADER', details: { column: 3, letter: 'C' } });
    expect(e.message).toMatch(/column C \(3\).*row 2/);
    expect(await parseTable(utf8('企业名称,,\n甲,,\n'), 'a.csv')).toEqual({
      headers: ['企业名称'],
      rows: [{ row: 2, cells: { 企业名称: '甲' } }],
    });
    expect(await errorOf(parseTable(utf8('企业名称,备注,企业名称\n'), 'a.csv'))).toMatchObject({
      code: 'DUPLICATE_HEADER',
    });
  });

  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('XLSX, adversarial', () => {
  it('reads values', async () => {
    const bytes = await xlsx([
      ['企业名称', '备注'],
      ['甲铝业', { richText: [{ text: '富' }, { text: '文本' }] }],
    ]);
    expect(await parseTable(bytes, 'a.xlsx')).toEqual({
      headers: ['企业名称', '备注'],
      rows: [{ row: 2, cells: { 企业名称: '甲铝业', 备注: '富文本' } }],
    });
  });

  it('refuses formula cells, naming them, whatever cached value the sender chose', async () => {
    const bytes = await xlsx([
      ['企业名称', '备注'],
      ['甲铝业', { formula: 'HYPERLINK("http://x","点我")', result: '无害' }],
      [{ formula: '"乙"&"铝业"', result: '乙铝业' }, ''],
    ]);
    const e = await errorOf(parseTable(bytes, 'a.xlsx'));
    expect(e).toMatchObject({
      code: 'FORMULA_CELLS',
      details: {
        cells: [
          { row: 2, column: 'B', formula: 'HYPERLINK("http://x","点我")' },
          { row: 3, column: 'A', formula: '"乙"&"铝业"' },
        ],
      },
    });
    expect(e.message).toMatch(/Cell B2 holds a formula/);
  });

  it('refuses an empty header cell over data, naming the column', async () => {
    const bytes = await xlsx([
      ['企业名称', null, '备注'],
      ['甲', '值', ''],
    ]);
    expect(await errorOf(parseTable(bytes, 'a.xlsx'))).toMatchObject({
      code: 'EMPTY_HEADER',
      details: { letter: 'B' },
    });
  });

  it('refuses a workbook that inflates past the limit before Excel parsing starts', async () => {
    expect(await errorOf(parseTable(xlsxBomb(1e9), 'bomb.xlsx'))).toMatchObject({
      limit: 'ZIP_DECOMPRESSED_BYTES',
    });
    expect(await errorOf(parseTable(utf8('PK\u0003\u0004 not a zip'), 'a.xlsx'))).toMatchObject({
      code: 'BAD_FILE',
    });
  });

  it('refuses a sheet over the column limit', async () => {
    const wide = Array.from({ length: LIMITS.TABLE_COLUMNS + 1 }, (_, i) => `列${i}`);
    expect(await errorOf(parseTable(await xlsx([wide]), 'a.xlsx'))).toMatchObject({ limit: 'TABLE_COLUMNS' });
  });
});
