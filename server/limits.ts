/**
 * Every limit on untrusted files and the jobs that read them, in one place (listed with the same values in
 * docs/RELIABILITY.md "Limits" and docs/EDITING.md). Uploads (plan extraction, table imports) and briefing
 * rendering run in a worker pool (server/jobs/); a file over a size limit is refused with 413 TOO_LARGE naming
 * the limit, a job over its time or memory limit is killed (its worker terminated) and answered 422 LIMIT_TIME or
 * 413 LIMIT_MEMORY, and a full queue is answered 503 BUSY with Retry-After.
 */
import os from 'node:os';

const MB = 1024 * 1024;

export const LIMITS = {
  /** Bytes of one uploaded file (plan or table); more is refused before it is read to the end. */
  UPLOAD_BYTES: 20 * MB,
  /** Bytes all entries of a .docx/.xlsx inflate to, declared or found while inflating (zip bombs). */
  ZIP_DECOMPRESSED_BYTES: 64 * MB,
  /** Entries in a .docx/.xlsx (Office writes 10–50; a workbook with images a few hundred). */
  ZIP_ENTRIES: 2_000,
  /** Pages of a PDF (a plan runs to ~300). */
  PDF_PAGES: 1_000,
  /** Characters of text read from one plan (a 1,000-page plan is ~1 million). */
  TEXT_CHARS: 2_000_000,
  /** Records a table file may hold (the header aside), counted while parsing: what the parser's memory allows. */
  TABLE_ROWS: 20_000,
  /**
   * Data rows one table import takes (blank lines aside), counted before parsing. An import is one transaction
   * holding, per row, its Source, the entity, its audit entry and their relationships: 50,000 and 20,000 rows
   * needed more than the 230 MB a transaction may use with the default 512 MB heap (chaos `big-table`, 28 Nov);
   * 5,000 leave room. A district's enterprise list is hundreds to a few thousand rows.
   */
  TABLE_IMPORT_ROWS: 5_000,
  /** Columns of an imported table (the templates have 6 and 8). */
  TABLE_COLUMNS: 50,
  /** Milliseconds one job (reading a file, rendering a briefing) may run once a worker has started it. */
  JOB_TIME_MS: 20_000,
  /** Megabytes of V8 old-generation heap a worker may use (`resourceLimits.maxOldGenerationSizeMb`). */
  JOB_MEMORY_MB: 384,
  /** Megabytes of V8 young-generation heap a worker may use (`resourceLimits.maxYoungGenerationSizeMb`). */
  JOB_YOUNG_MEMORY_MB: 32,
  /** Workers: one per core beyond the first (the event loop and Neo4j keep one), at least 1, at most 2. */
  JOB_WORKERS: Math.max(1, Math.min(2, os.availableParallelism() - 1)),
  /** Jobs waiting for a worker; one more is answered 503 BUSY. */
  JOB_QUEUE: 8,
  /** Milliseconds a job may wait for a worker; then it leaves the queue and is answered 503 BUSY. */
  JOB_WAIT_MS: 30_000,
  /** Seconds a client is asked to wait (Retry-After) when the queue is full. */
  RETRY_AFTER_S: 10,
} as const;

export type LimitName = keyof typeof LIMITS;

/** What a job over a limit ends with; `status` is the HTTP answer. */
export type LimitCode = 'TOO_LARGE' | 'LIMIT_TIME' | 'LIMIT_MEMORY' | 'BUSY';

const STATUS: Record<LimitCode, number> = { TOO_LARGE: 413, LIMIT_MEMORY: 413, LIMIT_TIME: 422, BUSY: 503 };

/** A file or job over one of LIMITS: which limit, its value, and what was found when it is known. */
export class LimitError extends Error {
  readonly status: number;
  constructor(
    readonly code: LimitCode,
    readonly limit: LimitName,
    message: string,
    readonly found?: number,
  ) {
    super(message);
    this.name = 'LimitError';
    this.status = STATUS[code];
  }

  /** The details of the error envelope: `{ limit, max, found? }`. */
  get details(): Record<string, unknown> {
    return {
      limit: this.limit,
      max: LIMITS[this.limit],
      ...(this.found === undefined ? {} : { found: this.found }),
    };
  }
}

/** A limit's value as people read it: bytes in MB, counts with thousands separators. */
export const shown = (name: LimitName, n: number = LIMITS[name]): string =>
  name.endsWith('_BYTES') ? `${Math.round((n / MB) * 10) / 10} MB` : n.toLocaleString('en');

/** Throws TOO_LARGE when `found` is over the limit `name`; `what` says what was found ("The PDF has 20,000 pages"). */
export function checkLimit(name: LimitName, found: number, what: string): void {
  if (found > LIMITS[name])
    throw new LimitError('TOO_LARGE', name, `${what}; the limit is ${shown(name)}.`, found);
}
