/**
 * Parses an uploaded table (.csv or .xlsx) into a header and rows of trimmed strings. Runs in a job worker
 * (read.ts). Linear in the file; rows and columns capped (LIMITS.TABLE_ROWS, TABLE_COLUMNS); an .xlsx is unzipped
 * through the capped reader first (zip bombs), and its formula cells are refused: a formula's cached result is
 * whatever the sender's file says it is, so only values are imported.
 */
import type ExcelJS from 'exceljs';
import { decodeText, InputError } from '../extract/input.ts';
import { readZip } from '../extract/zip.ts';
import { checkLimit, LimitError, shown } from '../limits.ts';

/** A table as officers keep it: a header row and data rows, cells as trimmed strings. */
export interface Table {
  headers: string[];
  /** Data rows; `row` is the 1-based row number in the file (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
}

export class TableError extends Error {
  constructor(
    message: string,
    readonly code = 'BAD_FILE',
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'TableError';
  }
}

/** Excel's name of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** `lines` counts the header: more than LIMITS.TABLE_ROWS below it is refused. */
const checkRows = (lines: number, exact = false) =>
  checkLimit(
    'TABLE_ROWS',
    lines - 1,
    `The table has ${exact ? '' : 'at least '}${(lines - 1).toLocaleString('en')} data rows`,
  );
const checkColumns = (row: number, columns: number) =>
  checkLimit('TABLE_COLUMNS', columns, `Row ${row} has ${columns} columns`);

/** Parses RFC 4180 CSV (quotes, doubled quotes, CRLF or LF, embedded line breaks), stopping at the caps. */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    checkColumns(out.length + 1, row.length);
    out.push(row);
    checkRows(out.length);
    row = [];
    cell = '';
  };
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
      if (row.length > 0 && row.length % 64 === 0) checkColumns(out.length + 1, row.length);
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length) endRow();
  return out;
}

/**
 * Header and rows; an empty header cell is refused when its column holds data (named by letter and number),
 * dropped when the column is empty throughout (Excel often carries formatted blank columns); a repeated header
 * is refused.
 */
export function toTable(grid: string[][]): Table {
  const [rawHeader, ...body] = grid;
  const header = Array.from(rawHeader ?? [], (h) => (h ?? '').replace(/^\uFEFF/, '').trim());
  if (header.every((h) => h === '')) throw new TableError('The file has no header row.');
  const columns: { name: string; at: number }[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, at) => {
    if (name === '') {
      const row = body.findIndex((cells) => (cells[at] ?? '').trim() !== '');
      if (row < 0) return;
      const column = `${columnLetter(at + 1)} (${at + 1})`;
      throw new TableError(
        `The header of column ${column} is empty, but row ${row + 2} has a value in it.`,
        'EMPTY_HEADER',
        {
          column: at + 1,
          letter: columnLetter(at + 1),
        },
      );
    }
    const before = seen.get(name);
    if (before !== undefined)
      throw new TableError(
        `The header "${name}" appears twice (columns ${columnLetter(before + 1)} and ${columnLetter(at + 1)}).`,
        'DUPLICATE_HEADER',
        { header: name },
      );
    seen.set(name, at);
    columns.push({ name, at });
  });
  const rows = body
    .map((cells, i) => ({
      row: i + 2,
      cells: Object.fromEntries(columns.map(({ name, at }) => [name, (cells[at] ?? '').trim()])),
    }))
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
  return { headers: columns.map((c) => c.name), rows };
}

interface FormulaCell {
  row: number;
  column: string;
  formula: string;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

/** The formula of a formula cell (plain, shared or array), else undefined. */
function formulaOf(v: ExcelJS.CellValue): string | undefined {
  if (v === null || typeof v !== 'object' || v instanceof Date) return undefined;
  const f = v as { formula?: unknown; sharedFormula?: unknown };
  const formula = f.formula ?? f.sharedFormula;
  return formula === undefined ? undefined : String(formula);
}

async function xlsxGrid(bytes: Uint8Array): Promise<string[][]> {
  try {
    readZip(bytes, () => false, { inflateAll: true });
  } catch (err) {
    if (err instanceof LimitError) throw err;
    throw new TableError(`The .xlsx file cannot be read: ${(err as Error).message}`);
  }
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    throw new TableError(`The .xlsx file cannot be read: ${(err as Error).message}`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new TableError('The workbook has no sheet.');
  checkRows(sheet.actualRowCount, true);
  const grid: string[][] = [];
  const formulas: FormulaCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    const values = Array.from(r.values as ExcelJS.CellValue[]).slice(1);
    let last = values.length;
    while (
      last > 0 &&
      cellText(values[last - 1] ?? null).trim() === '' &&
      !formulaOf(values[last - 1] ?? null)
    )
      last--;
    checkColumns(n, last);
    grid[n - 1] = values.slice(0, last).map((v, j) => {
      const formula = formulaOf(v ?? null);
      if (formula !== undefined) formulas.push({ row: n, column: columnLetter(j + 1), formula });
      return cellText(v ?? null);
    });
  });
  if (formulas.length > 0) {
    const [f] = formulas as [FormulaCell];
    throw new TableError(
      `Cell ${f.column}${f.row} holds a formula (=${f.formula.slice(0, 60)}), and ${formulas.length - 1} more cells do: only values are imported. In Excel, copy the sheet and paste it as values (选择性粘贴 → 数值), then upload again.`,
      'FORMULA_CELLS',
      { cells: formulas.slice(0, 20) },
    );
  }
  return Array.from(grid, (r) => r ?? []);
}

function csvText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new TableError(
      'The CSV file is UTF-16 ("Unicode text"); save it from Excel as "CSV UTF-8 (逗号分隔)" and upload again.',
      'BAD_ENCODING',
    );
  try {
    return decodeText(bytes).text;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new TableError(
      'The CSV file is neither UTF-8 nor GB18030/GBK text; save it from Excel as "CSV UTF-8 (逗号分隔)" and upload again.',
      'BAD_ENCODING',
    );
  }
}

/** Reads a .csv (UTF-8 or GB18030) or .xlsx file; the first sheet of a workbook. */
export async function parseTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.length === 0) throw new TableError('The file is empty.');
  checkLimit('UPLOAD_BYTES', bytes.length, `The file has ${shown('UPLOAD_BYTES', bytes.length)}`);
  if (/\.xlsx$/i.test(fileName)) return toTable(await xlsxGrid(bytes));
  if (/\.csv$/i.test(fileName)) return toTable(parseCsv(csvText(bytes)));
  throw new TableError('Only .csv and .xlsx files are supported.');
}
