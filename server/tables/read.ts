import ExcelJS from 'exceljs';
import { decodeText, MAX_BYTES } from '../extract/input.ts';

/** A table as officers keep it: a header row and data rows, cells as trimmed strings. */
export interface Table {
  headers: string[];
  /** Data rows; `row` is the 1-based row number in the file (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
}

export class TableError extends Error {}

/** Parses RFC 4180 CSV (quotes, doubled quotes, CRLF or LF, embedded line breaks). */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    out.push(row);
  }
  return out;
}

function toTable(grid: string[][]): Table {
  const [header, ...body] = grid;
  if (!header || header.every((h) => h.trim() === '')) throw new TableError('The file has no header row.');
  const headers = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const rows = body
    .map((cells, i) => ({
      row: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, (cells[j] ?? '').trim()])),
    }))
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
  return { headers, rows };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

/** Reads a .csv (UTF-8 or GB18030) or .xlsx file; the first sheet of a workbook. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.length === 0) throw new TableError('The file is empty.');
  if (bytes.length > MAX_BYTES) throw new TableError('The file is larger than 20 MB.');
  if (/\.xlsx$/i.test(fileName)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch (err) {
      throw new TableError(`The .xlsx file cannot be read: ${(err as Error).message}`);
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw new TableError('The workbook has no sheet.');
    const grid: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (r, n) => {
      const values = r.values as ExcelJS.CellValue[];
      grid[n - 1] = values.slice(1).map(cellText);
    });
    return toTable(Array.from(grid, (r) => r ?? []));
  }
  if (/\.csv$/i.test(fileName)) return toTable(parseCsv(decodeText(bytes).text));
  throw new TableError('Only .csv and .xlsx files are supported.');
}
