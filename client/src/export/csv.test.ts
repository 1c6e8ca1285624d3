import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
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
});
