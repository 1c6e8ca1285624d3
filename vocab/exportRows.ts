/**
 * The enterprise table as people download it: one list of columns (header + value) for the server's export
 * (/tables/export/enterprises.csv|xlsx) and the zone page's CSV, in the screen's row order. The headers are the
 * import template's, so an exported file can be edited and imported again.
 */

import type { CsvValue } from './csv.ts';
import { byChineseName } from './names.ts';

/** The Chinese headers of the enterprise template and export, and what each holds. */
export const ENTERPRISE_COLUMNS = {
  name: '企业名称',
  creditCode: '统一社会信用代码',
  zone: '所在区域',
  links: '生产环节',
  industries: '所属产业',
  note: '备注',
} as const;

/** One enterprise as a row of the table: names, not ids. */
export interface EnterpriseRowInput {
  id: string;
  name: string;
  creditCode?: string | null;
  /** The zone's name. */
  zone?: string | null;
  /** The names of the links it produces. */
  products: readonly string[];
  /** Its stated products that are no link (UNCHAINED_PRODUCT), after the links in 生产环节. */
  statedProducts?: readonly string[];
  /** The names of its industries. */
  industries: readonly string[];
  note?: string | null;
}

export interface ExportColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

const C = ENTERPRISE_COLUMNS;
const list = (names: readonly string[]) => names.join('、');

export const ENTERPRISE_EXPORT: readonly ExportColumn<EnterpriseRowInput>[] = [
  { header: C.name, value: (e) => e.name },
  { header: C.creditCode, value: (e) => e.creditCode ?? null },
  { header: C.zone, value: (e) => e.zone ?? null },
  { header: C.links, value: (e) => list([...e.products, ...(e.statedProducts ?? [])]) },
  { header: C.industries, value: (e) => list(e.industries) },
  { header: C.note, value: (e) => e.note ?? null },
];

export const ENTERPRISE_HEADERS: readonly string[] = ENTERPRISE_EXPORT.map((c) => c.header);

/** The screen's order of enterprises: by name as Chinese readers sort (pinyin), then by id. */
export function compareByName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return byChineseName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The header and the rows of the enterprise table, rows in the screen's order. */
export function enterpriseTable(rows: readonly EnterpriseRowInput[]): {
  header: readonly string[];
  rows: CsvValue[][];
} {
  return {
    header: ENTERPRISE_HEADERS,
    rows: [...rows].sort(compareByName).map((e) => ENTERPRISE_EXPORT.map((c) => c.value(e))),
  };
}

/**
 * A firm's stated product that is no link of any chain (an enterprise table's 生产环节 naming something the graph
 * has no link for — a county without chains yet): kept on the firm as stated, shown and searchable, never a link
 * (no chain link is created, no link status counts it). The enterprise table's 生产环节 writes both, so an
 * exported table imports again unchanged.
 */
export const UNCHAINED_PRODUCT = {
  label: '未入链产品',
  help: '企业自报的产品，尚不是任何产业链的环节：不新建环节，也不计入环节强弱；导入含该产品的产业链后可在编辑中关联',
} as const;
