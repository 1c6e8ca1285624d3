import { describe, expect, it } from 'vitest';
import { checkCsvRows, countCsvRecords, MAX_TABLE_ROWS, TableLimitError } from './rows.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('countCsvRecords', () => {
  it('counts records, not line breaks: quoted breaks, CRLF and blank lines do not count', () => {
    expect(countCsvRecords(bytes('名称,备注\r\n甲,"一\r\n二"\r\n\r\n,,\r\n乙,\r\n'))).toBe(3);
    expect(countCsvRecords(bytes('名称\n甲'))).toBe(2);
    expect(countCsvRecords(bytes(''))).toBe(0);
  });

  it('stops counting once past the bound', () => {
    expect(countCsvRecords(bytes('a\nb\nc\nd\ne\n'), 2)).toBe(3);
  });
});

describe('checkCsvRows', () => {
  it('refuses a CSV with more data rows than MAX_TABLE_ROWS, naming the limit; xlsx is counted after reading', () => {
    const at = `名称\n${'x\n'.repeat(MAX_TABLE_ROWS)}`;
    expect(() => checkCsvRows(bytes(at), 'a.csv')).not.toThrow();
    expect(() => checkCsvRows(bytes(`${at}y\n`), 'a.CSV')).toThrow(TableLimitError);
    expect(() => checkCsvRows(bytes(`${at}y\n`), 'a.CSV')).toThrow(/at most 5,000 \(MAX_TABLE_ROWS\)/);
    expect(() => checkCsvRows(bytes(`${at}y\n`), 'a.xlsx')).not.toThrow();
  });
});
