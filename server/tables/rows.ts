import { LIMITS } from '../limits.ts';
/**
 * The row limit of a table import, checked on the raw bytes before the file is parsed: a CSV of a million rows
 * used to be parsed into a million row objects (RSS 2 GB on a dry run) and then written in one statement, which
 * took the embedded Neo4j down (GC thrash, JVM exit).
 */

/** The most data rows one table import takes: server/limits.ts says why. */
export const MAX_TABLE_ROWS = LIMITS.TABLE_IMPORT_ROWS;

/** Refused before anything is written: the HTTP layer answers 413 with this message. */
export class TableLimitError extends Error {
  override name = 'TableLimitError';
  constructor(readonly rows: string) {
    super(
      `The table has ${rows} data rows; one import takes at most ${MAX_TABLE_ROWS.toLocaleString('en')} ` +
        `(MAX_TABLE_ROWS). Split the file into parts of at most ${MAX_TABLE_ROWS.toLocaleString('en')} rows. ` +
        'Nothing was written.',
    );
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Bytes that leave a record blank (such rows are skipped by the reader): comma, space, tab, quote. */
const BLANK = new Set([0x2c, 0x20, 0x09, QUOTE]);

/**
 * Counts the non-blank records of a CSV file (the header included) in one pass over its bytes, stopping as soon
 * as there are more than `stopAbove`. Quotes are honoured, so a line break inside a quoted cell does not end a
 * record. Works on UTF-8, GB18030 and UTF-16 alike: none of them uses the bytes of `"`, CR or LF inside a
 * multi-byte character (UTF-16's zero bytes count as non-blank, which only makes the count an upper bound).
 */
export function countCsvRecords(bytes: Uint8Array, stopAbove = Number.POSITIVE_INFINITY): number {
  let records = 0;
  let quoted = false;
  let blank = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === QUOTE) quoted = !quoted;
    if (!quoted && (b === LF || b === CR)) {
      if (!blank && ++records > stopAbove) return records;
      blank = true;
    } else if (!BLANK.has(b)) blank = false;
  }
  return blank ? records : records + 1;
}

/** Throws TableLimitError when a CSV file has more data rows than MAX_TABLE_ROWS (cheap: no parsing). */
export function checkCsvRows(bytes: Uint8Array, fileName: string): void {
  if (!/\.csv$/i.test(fileName)) return;
  const records = countCsvRecords(bytes, MAX_TABLE_ROWS + 1);
  if (records - 1 > MAX_TABLE_ROWS)
    throw new TableLimitError(`more than ${MAX_TABLE_ROWS.toLocaleString('en')}`);
}

/** Throws TableLimitError when a parsed table (an .xlsx file) has more data rows than MAX_TABLE_ROWS. */
export function checkRows(count: number): void {
  if (count > MAX_TABLE_ROWS) throw new TableLimitError(count.toLocaleString('en'));
}
