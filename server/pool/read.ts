/**
 * Reads the national target pool (chainkg JSON Lines) line by line and validates every line. The import is
 * all or nothing: the first malformed line throws a PoolDataError naming file:line and field, before anything
 * is written.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';

export class PoolDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}:${line}: field "${field}": ${reason}`);
    this.name = 'PoolDataError';
  }
}

const text = z.string().trim().min(1);
/** 6-digit stock code, with or without the exchange suffix (company.json has both forms). */
const code = z.string().regex(/^\d{6}(\.(SH|SZ|BJ))?$/, 'expected a stock code like 688268 or 688268.SH');

export const companyLine = z.object({
  name: text,
  fullname: text,
  code,
  // Exchange name; a few source lines carry the listing date here instead (shifted fields). Kept as text.
  location: z.string(),
  // Listing date YYYY-MM-DD; a few source lines carry the exchange name here instead.
  time: z.string(),
});

export const companyProductLine = z.object({
  company_code: z.string().regex(/^\d{6}\.(SH|SZ|BJ)$/, 'expected a stock code like 688268.SH'),
  // Informational; company.json is the authority for names (803 source lines have null here).
  company_name: z.string().nullable(),
  product_name: text,
  rel: z.literal('主营产品'),
  // Share of revenue; the source has a few values below 0 or above 1 (segment offsets). Must be a finite number.
  rel_weight: z.number().finite(),
});

export type CompanyLine = z.infer<typeof companyLine>;
export type CompanyProductLine = z.infer<typeof companyProductLine>;

export interface PoolCompany {
  /** Canonical code with exchange suffix, e.g. 688268.SH. */
  code: string;
  name: string;
  fullName: string;
  exchange: 'SH' | 'SZ' | 'BJ';
  /** Listing date (YYYY-MM-DD) or null where the source has none. */
  listed: string | null;
}

export interface PoolData {
  companies: PoolCompany[];
  /** Lines of company.json that repeat a code already read (the first line wins). */
  duplicateCompanyLines: number;
  mainProducts: { code: string; productName: string; weight: number }[];
}

const EXCHANGES: Record<string, 'SH' | 'SZ' | 'BJ'> = {
  上海证券交易所: 'SH',
  深圳证券交易所: 'SZ',
  北京证券交易所: 'BJ',
};

/** Exchange from the suffix, else from the exchange name, else from the code's leading digits. */
export function canonicalCode(raw: string, location: string): { code: string; exchange: 'SH' | 'SZ' | 'BJ' } {
  const [digits = raw, suffix] = raw.split('.');
  const exchange =
    (suffix as 'SH' | 'SZ' | 'BJ' | undefined) ??
    EXCHANGES[location] ??
    (/^(60|68|90)/.test(digits) ? 'SH' : /^(00|30|20)/.test(digits) ? 'SZ' : 'BJ');
  return { code: `${digits}.${exchange}`, exchange };
}

/** Streams a JSON Lines file, validating each non-blank line with `schema`; calls `onRow` with the result. */
export async function readJsonLines<T>(
  file: string,
  label: string,
  schema: z.ZodType<T>,
  onRow: (row: T, line: number) => void,
): Promise<number> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) =>
      reject(new PoolDataError(label, 0, '(file)', `cannot read: ${err.message}`)),
    );
  });
  await opened;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let rows = 0;
  try {
    for await (const raw of lines) {
      n++;
      if (raw.trim() === '') continue;
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch (err) {
        throw new PoolDataError(label, n, '(syntax)', `invalid JSON: ${(err as Error).message}`);
      }
      const result = schema.safeParse(data);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new PoolDataError(label, n, issue?.path.join('.') || '(root)', issue?.message ?? 'invalid');
      }
      onRow(result.data, n);
      rows++;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return rows;
}

/** Reads company.json and company_product.json under `dir`. Throws PoolDataError on the first bad line. */
export async function readPool(dir: string): Promise<PoolData> {
  const companies = new Map<string, PoolCompany>();
  let duplicateCompanyLines = 0;
  await readJsonLines(path.join(dir, 'company.json'), 'company.json', companyLine, (row) => {
    const { code, exchange } = canonicalCode(row.code, row.location);
    if (companies.has(code)) {
      duplicateCompanyLines++;
      return;
    }
    companies.set(code, {
      code,
      name: row.name,
      fullName: row.fullname,
      exchange,
      listed: /^\d{4}-\d{2}-\d{2}$/.test(row.time) ? row.time : null,
    });
  });

  const mainProducts: PoolData['mainProducts'] = [];
  await readJsonLines(
    path.join(dir, 'company_product.json'),
    'company_product.json',
    companyProductLine,
    (row, line) => {
      if (!companies.has(row.company_code)) {
        throw new PoolDataError(
          'company_product.json',
          line,
          'company_code',
          `${row.company_code} is not in company.json`,
        );
      }
      mainProducts.push({ code: row.company_code, productName: row.product_name, weight: row.rel_weight });
    },
  );
  return { companies: [...companies.values()], duplicateCompanyLines, mainProducts };
}
