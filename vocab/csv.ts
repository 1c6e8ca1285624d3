/**
 * CSV for Excel users, in one place for the server's exports and the explorer's downloads: UTF-8 with a
 * byte-order mark, CRLF line ends, a field quoted when it holds a comma, a quote or a line break. A cell that
 * would start a formula (=, +, -, @, tab, carriage return) is data, not a formula: it gets a leading single
 * quote (OWASP "CSV injection"). XLSX string cells get the same neutralisation.
 */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A string that a spreadsheet would read as a formula, made inert by a leading single quote. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field. Numbers are written as they are (a negative number is a number, not a formula). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without its line end). */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole CSV file: BOM, the header line, one line a row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}
