import { describe, expect, it } from 'vitest';
import { csvCell, neutralise, toCsv } from './csv.ts';

describe('CSV', () => {
  it('writes a BOM, a header and CRLF rows, quoting only where needed', () => {
    expect(
      toCsv(
        ['环节', '原因'],
        [
          ['铝锭', '无本地企业, 也无项目'],
          ['再生铝', '说 "强"'],
          ['x', null],
        ],
      ),
    ).toBe('\uFEFF环节,原因\r\n铝锭,"无本地企业, 也无项目"\r\n再生铝,"说 ""强"""\r\nx,\r\n');
  });

  it('makes a cell that would start a formula plain text (OWASP CSV injection)', () => {
    for (const evil of ['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])
      expect(neutralise(evil)).toBe(`'${evil}`);
    expect(csvCell('=1+1')).toBe("'=1+1");
    // Quoting still applies after the prefix.
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves ordinary text and numbers alone, negative numbers included', () => {
    expect(neutralise('旗能电铝')).toBe('旗能电铝');
    expect(neutralise('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(undefined)).toBe('');
  });
});
