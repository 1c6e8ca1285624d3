/**
 * The hostile files of issue #19 and their larger siblings, generated (deterministically, in about a second) for
 * `npm run chaos -- hostile-files`. Each says where it goes and which answers are right for it: the answer named
 * in the issue's fix, or 503 BUSY when the job queue is full (the scenario sends some at once on purpose).
 */
import { strToU8, zipSync } from 'fflate';
import { cyclicPdf, manyPagesPdf } from '../../server/extract/pdf.testing.ts';
import { docxBomb, docxOf, lyingDocxBomb, xlsxBomb } from '../../server/extract/zip.testing.ts';

export interface HostileFile {
  name: string;
  path: string;
  body: Uint8Array;
  /** Right answers (besides 503 BUSY), and the error code expected with a 4xx. */
  status: number[];
  code?: string;
}

const MB = 1024 * 1024;
const extract = (file: string) => `/imports/extract?name=${encodeURIComponent(file)}`;
const table = (file: string) => `/tables/enterprises?file=${encodeURIComponent(file)}&dryRun=1`;
const HEADER = '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注\n';

/** A minimal .xlsx (one sheet, inline strings and a formula cell) written by hand, without Excel's library. */
function xlsxOf(rows: (string | { f: string; v: string } | null)[][]): Uint8Array {
  const cell = (c: string | { f: string; v: string } | null, ref: string) =>
    c === null
      ? ''
      : typeof c === 'string'
        ? `<c r="${ref}" t="inlineStr"><is><t>${c}</t></is></c>`
        : `<c r="${ref}" t="str"><f>${c.f}</f><v>${c.v}</v></c>`;
  const sheet = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((c, j) => cell(c, `${String.fromCharCode(65 + j)}${i + 1}`)).join('')}</row>`,
    )
    .join('');
  const ns = 'http://schemas.openxmlformats.org';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`,
    ),
  });
}

const text = (s: string) => strToU8(s);

export function hostileFiles(): HostileFile[] {
  return [
    // <w:p> without closing tags: the paragraph regex was quadratic (96,000 froze the server ~10 s)
    {
      name: 'docx <w:p>×96,000',
      path: extract('p.docx'),
      body: docxOf('<w:p>'.repeat(96_000)),
      status: [400],
      code: 'EMPTY',
    },
    {
      name: 'docx <w:p>×960,000',
      path: extract('p10.docx'),
      body: docxOf('<w:p>'.repeat(960_000)),
      status: [400],
      code: 'EMPTY',
    },
    {
      name: 'docx <w:p><w:t>×400,000 unclosed',
      path: extract('pt.docx'),
      body: docxOf('<w:p><w:t>甲—乙'.repeat(400_000)),
      status: [200],
    },
    // zip bombs: a 2.4 MB file declaring 2.5 GB, one declaring 1,000 bytes that inflates to 1 GB, a workbook bomb
    {
      name: 'docx bomb 2.5 GB declared',
      path: extract('bomb.docx'),
      body: docxBomb(2.5e9),
      status: [413],
      code: 'TOO_LARGE',
    },
    {
      name: 'docx bomb 1 GB, declares 1 KB',
      path: extract('lie.docx'),
      body: lyingDocxBomb(1e9),
      status: [413],
      code: 'TOO_LARGE',
    },
    {
      name: 'xlsx bomb 1 GB',
      path: table('bomb.xlsx'),
      body: xlsxBomb(1e9),
      status: [413],
      code: 'TOO_LARGE',
    },
    // PDFs: 20,000 pages took 100 s; 100,000 pages; a cyclic page tree answered 500
    {
      name: 'pdf 20,000 pages',
      path: extract('pages.pdf'),
      body: manyPagesPdf(20_000),
      status: [413],
      code: 'TOO_LARGE',
    },
    {
      name: 'pdf 100,000 pages',
      path: extract('pages100k.pdf'),
      body: manyPagesPdf(100_000),
      status: [413],
      code: 'TOO_LARGE',
    },
    {
      name: 'pdf cyclic page tree',
      path: extract('cycle.pdf'),
      body: cyclicPdf(),
      status: [400],
      code: 'UNSUPPORTED',
    },
    // 甲— repeated: quadratic, then a stack overflow at 1.2 MB
    ...[0.3, 1.2, 2].map((mb) => ({
      name: `txt 甲— ${mb} MB`,
      path: extract(`dash${mb}.txt`),
      body: text('甲—'.repeat(Math.round((mb * MB) / 6))),
      status: [200],
    })),
    {
      name: 'txt a million dashes',
      path: extract('dashes.txt'),
      body: text('—'.repeat(1_000_000)),
      status: [200],
    },
    // tables: 1 million rows (30 MB: over the upload limit), 600,000 short rows (over the row limit)
    {
      name: 'csv 1,000,000 rows (30 MB)',
      path: table('million.csv'),
      body: text(HEADER + '某铝业,,北渡组团,铝锭,新材料,\n'.repeat(1_000_000)),
      status: [413],
      code: 'TOO_LARGE',
    },
    {
      name: 'csv 600,000 rows',
      path: table('rows.csv'),
      body: text(`企业名称\n${'甲\n'.repeat(600_000)}`),
      status: [413],
      // the import's row limit (counted on the raw bytes) answers before the parser's cap
      code: 'TOO_MANY_ROWS',
    },
    {
      name: 'csv a row of 1,000,000 commas',
      path: table('wide.csv'),
      body: text(`企业名称\n${','.repeat(1_000_000)}\n`),
      status: [413],
      code: 'TOO_LARGE',
    },
    {
      name: 'csv not UTF-8 (UTF-16)',
      path: table('utf16.csv'),
      body: new Uint8Array([0xff, 0xfe, 0x0d, 0x54, 0xf0, 0x79, 0x0a, 0]),
      status: [400],
      code: 'BAD_ENCODING',
    },
    {
      name: 'xlsx empty header cell',
      path: table('header.xlsx'),
      body: xlsxOf([
        ['企业名称', null, '所在区域'],
        ['甲铝业', '值', '北渡组团'],
      ]),
      status: [400],
      code: 'EMPTY_HEADER',
    },
    {
      name: 'xlsx formula cell',
      path: table('formula.xlsx'),
      body: xlsxOf([
        ['企业名称', '所在区域'],
        [{ f: 'HYPERLINK("http://example.com","甲")', v: '甲铝业' }, '北渡组团'],
      ]),
      status: [400],
      code: 'FORMULA_CELLS',
    },
  ];
}
