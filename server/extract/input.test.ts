import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS, LimitError } from '../limits.ts';
import { extract } from './index.ts';
import { InputError, readInput } from './input.ts';
import { buildPdf } from './pdf.testing.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map(
      (p) =>
        `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    if (!(e instanceof LimitError)) expect(e).toBeInstanceOf(InputError);
    return (e as InputError | LimitError).code;
  }
}

describe('readInput', () => {
  it('reads UTF-8 text, with or without a BOM', async () => {
    expect(await readInput(utf8('打造“煤—电—铝”产业链'))).toEqual({
      text: '打造“煤—电—铝”产业链',
      format: 'utf-8',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('产业链')]);
    expect((await readInput(bom)).text).toBe('产业链');
  });

  it('reads GB18030/GBK bytes when they are not valid UTF-8', async () => {
    // '綦江区“煤—电—铝”产业链' encoded as GB18030 (generated with Python's gb18030 codec).
    const hex = 'f4ebbdadc7f8a1b0c3baa1aab5e7a1aac2c1a1b1b2fad2b5c1b4';
    const bytes = new Uint8Array(hex.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);
    const decoded = await readInput(bytes);
    expect(decoded).toEqual({ text: '綦江区“煤—电—铝”产业链', format: 'gb18030' });
    expect(extract(decoded.text).chains[0]?.stages).toEqual([['煤'], ['电'], ['铝']]);
  });

  it('reads the paragraphs of a .docx', async () => {
    const decoded = await readInput(
      docx(['一、发展目标', '打造“原铝—铝锭—铝材”产品链 & 配套。']),
      'plan.docx',
    );
    expect(decoded.format).toBe('docx');
    expect(decoded.text).toBe('一、发展目标\n打造“原铝—铝锭—铝材”产品链 & 配套。');
    expect(extract(decoded.text).chains[0]).toMatchObject({
      section: '一、发展目标',
      stages: [['原铝'], ['铝锭'], ['铝材']],
    });
  });

  it('reads the text layer of a PDF', async () => {
    const decoded = await readInput(buildPdf({ lines: ['（一）发展目标', '构建“矿山—骨料—水泥”产业链。'] }));
    expect(decoded.format).toBe('pdf');
    expect(decoded.text).toContain('矿山—骨料—水泥');
    expect(extract(decoded.text).chains.map((c) => c.stages)).toEqual([[['矿山'], ['骨料'], ['水泥']]]);
  });

  it('says which input is bad and why', async () => {
    expect(await codeOf(readInput(new Uint8Array()))).toBe('EMPTY');
    expect(await codeOf(readInput(utf8(' \n\t ')))).toBe('EMPTY');
    expect(await codeOf(readInput(docx(['', ' '])))).toBe('EMPTY');
    expect(await codeOf(readInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe])))).toBe(
      'BINARY',
    );
    let seed = 7;
    const noise = new Uint8Array(400).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 1 + (seed % 255);
    });
    expect(await codeOf(readInput(noise))).toBe('BINARY');
    expect(await codeOf(readInput(buildPdf({ lines: ['产业链'], encrypted: true })))).toBe('ENCRYPTED_PDF');
    expect(await codeOf(readInput(buildPdf({})))).toBe('NO_TEXT_LAYER');
    expect(await codeOf(readInput(new Uint8Array(LIMITS.UPLOAD_BYTES + 1)))).toBe('TOO_LARGE');
    expect(await codeOf(readInput(utf8('x'), 'plan.doc'))).toBe('UNSUPPORTED');
    expect(await codeOf(readInput(zipSync({ 'a.txt': strToU8('x') })))).toBe('UNSUPPORTED');
    await expect(readInput(buildPdf({}), 'scan.pdf')).rejects.toThrow(/no text layer/);
  });
});
