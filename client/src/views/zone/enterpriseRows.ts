/**
 * The zone page's enterprise rows as the screen sorts them and as the CSV writes them — pure, so a test can
 * hold them against the server's export (both use vocab/exportRows.ts).
 */
import { compareByName, type EnterpriseRowInput, enterpriseTable } from '../../../../vocab/exportRows.ts';
import type { EnterprisePageQuery } from '../../api/types.generated.ts';

/** An enterprise as the page query returns it (creditCode and note when the query asks for them). */
export type EnterpriseRow = EnterprisePageQuery['enterprises']['edges'][number]['node'] & {
  creditCode?: string | null;
  note?: string | null;
};
export type SortKey = 'name' | 'zone' | 'industry';

const industryNames = (r: EnterpriseRow) => r.industries.map((i) => i.name).join('、');

/** Sorted for the table: by name in the shared order (vocab compareByName), or by zone or industries. */
export function sortRows<R extends EnterpriseRow>(rows: readonly R[], key: SortKey, dir: 1 | -1): R[] {
  const cmp = (a: R, b: R) =>
    key === 'name'
      ? compareByName(a, b)
      : key === 'zone'
        ? (a.zone?.name ?? '').localeCompare(b.zone?.name ?? '', 'zh-CN')
        : industryNames(a).localeCompare(industryNames(b), 'zh-CN');
  return [...rows].sort((a, b) => dir * cmp(a, b));
}

/** A screen row as a row of the shared enterprise table (names, not ids). */
export function toExportRow(r: EnterpriseRow): EnterpriseRowInput {
  return {
    id: r.id,
    name: r.name,
    creditCode: r.creditCode ?? null,
    zone: r.zone?.name ?? null,
    products: r.products.map((p) => p.name),
    statedProducts: r.statedProducts,
    industries: r.industries.map((i) => i.name),
    note: r.note ?? null,
  };
}

/** The CSV's header and rows: the server export's columns, in the screen's order. */
export const enterpriseCsv = (rows: readonly EnterpriseRow[]) => enterpriseTable(rows.map(toExportRow));
