import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx } from './export.ts';

describe('table exports', () => {
  it('write a formula-leading text cell as text, in CSV and in XLSX', async () => {
    const rows = [['=HYPERLINK("http://x","点我")', '@SUM(A1)', -3, '北渡组团']];
    const csv = toCsv(['a', 'b', 'c', 'd'], rows).toString('utf8');
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"",""点我"")",'@SUM(A1),-3,北渡组团`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await toXlsx('s', ['a', 'b', 'c', 'd'], rows)).buffer);
    expect(wb.worksheets[0]?.getRow(2).values).toEqual([
      undefined,
      `'=HYPERLINK("http://x","点我")`,
      "'@SUM(A1)",
      -3,
      '北渡组团',
    ]);
  });
});
