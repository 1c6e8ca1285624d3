import { type CsvValue, toCsv } from '../../../vocab/csv.ts';

/** Saves `content` as a file in the browser. */
export function download(filename: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a table as CSV for Excel (vocab/csv.ts: BOM, CRLF, quoting, formula-leading cells neutralised). */
export function downloadCsv(
  filename: string,
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): void {
  download(filename, toCsv(header, rows));
}
