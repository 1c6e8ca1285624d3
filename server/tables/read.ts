/**
 * Reading an uploaded table happens in a job worker (server/jobs/): parse.ts parses it there, under the time and
 * memory limits of server/limits.ts, and the rows come back here. A refusal rejects with a JobFailure (400 for
 * a bad file, 413/422 for a limit, 503 when the queue is full).
 */
import { runJob } from '../jobs/pool.ts';
import type { Table } from './parse.ts';

export { type Table, TableError } from './parse.ts';

/** Reads a .csv (UTF-8 or GB18030) or .xlsx file off the event loop; the first sheet of a workbook. */
export function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  return runJob({ kind: 'table', bytes, fileName });
}
