import { useMemo, useState } from 'react';
import { UNCHAINED_PRODUCT } from '../../../../vocab/exportRows.ts';
import { gql } from '../../api/client.ts';
import type {
  EnterprisePageQuery,
  EnterprisePageQueryVariables,
  ZoneTableOptionsQuery,
  ZoneTableOptionsQueryVariables,
} from '../../api/types.generated.ts';
import { useQuery } from '../../api/useQuery.ts';
import { downloadCsv } from '../../export/csv.ts';
import { zh } from '../../i18n/zh.ts';
import { ErrorNotice, Section } from '../common.tsx';
import { type EnterpriseDraft, EnterpriseForm } from '../EnterpriseForm.tsx';
import { type EnterpriseRow, enterpriseCsv, type SortKey, sortRows } from './enterpriseRows.ts';
import { tableOptions } from './tableOptions.ts';

const PAGE = 20;
/** The most zones of the district the enterprise form offers (Zone.descendants caps at 500). */
const ZONES_OFFERED = 500;

/**
 * The enterprise table's state and queries. A hook, so ZoneView starts the first page together with the
 * profile instead of after it.
 */
export function useEnterpriseTable(zoneId: string, nonce: number) {
  const options = useQuery<ZoneTableOptionsQuery, ZoneTableOptionsQueryVariables>('ZoneTableOptions', {
    zone: zoneId,
    first: ZONES_OFFERED,
  });
  const [industry, setIndustry] = useState('');
  const [product, setProduct] = useState('');
  const [name, setName] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const filters = {
    zone: zoneId,
    industry: industry || null,
    product: product || null,
    query: name.trim() || null,
    local: true,
  };
  const after = cursors[cursors.length - 1] ?? null;
  const page = useQuery<EnterprisePageQuery, EnterprisePageQueryVariables>(
    'EnterprisePage',
    { ...filters, first: PAGE, after },
    nonce,
  );
  const { industries, products, zones } = useMemo(() => tableOptions(options.data), [options.data]);
  const productMap = useMemo(() => new Map(products), [products]);
  const state = {
    optionsLoading: options.state === 'loading' && !options.data,
    filters,
    page,
    industries,
    products,
    productMap,
    zones,
    industry,
    product,
    name,
    cursors,
    sort,
  };
  return { ...state, setIndustry, setProduct, setName, setCursors, setSort };
}

type TableState = ReturnType<typeof useEnterpriseTable>;

/** Every enterprise the filters select, page by page (at most 20,000). */
async function fetchAll(filters: TableState['filters']): Promise<EnterpriseRow[]> {
  const all: EnterpriseRow[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const res: EnterprisePageQuery = await gql<EnterprisePageQuery, EnterprisePageQueryVariables>(
      'EnterprisePage',
      { ...filters, first: 200, after: cursor },
    );
    all.push(...res.enterprises.edges.map((e) => e.node));
    if (!res.enterprises.pageInfo.hasNextPage) break;
    cursor = res.enterprises.pageInfo.endCursor;
  }
  return all;
}

/** A zone's enterprises: filters, sortable columns, pages, add/edit, CSV and Excel export. */
export function EnterpriseTable({
  zoneId,
  zoneName,
  table: t,
  onChanged,
}: {
  zoneId: string;
  zoneName: string;
  table: TableState;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<EnterpriseDraft | null>(null);
  /** A filter's change handler: set it and go back to the first page. */
  const filter = (set: (v: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    t.setCursors([null]);
  };
  const conn = t.page.data?.enterprises;
  const rows = conn
    ? sortRows(
        conn.edges.map((e) => e.node),
        t.sort.key,
        t.sort.dir,
      )
    : [];
  const header = (key: SortKey, label: string) => (
    <th aria-sort={t.sort.key === key ? (t.sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => t.setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}
      >
        {label} {t.sort.key === key ? (t.sort.dir === 1 ? '▲' : '▼') : ''}
      </button>
    </th>
  );
  const exportEnterprises = async () => {
    const csv = enterpriseCsv(await fetchAll(t.filters));
    downloadCsv(`企业名录_${zoneName}.csv`, csv.header, csv.rows);
  };

  return (
    <Section title={`${zh.zone.enterpriseTable}（${conn?.totalCount ?? '…'}）`}>
      <div className="filters">
        <input
          value={t.name}
          placeholder={zh.zone.byName}
          aria-label={zh.zone.byName}
          onChange={filter(t.setName)}
        />
        <select value={t.industry} aria-label={zh.zone.byIndustry} onChange={filter(t.setIndustry)}>
          <option value="">{zh.zone.allIndustries}</option>
          {t.industries.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
        <select value={t.product} aria-label={zh.zone.byLink} onChange={filter(t.setProduct)}>
          <option value="">{zh.zone.allLinks}</option>
          {t.products.map(([id, n]) => (
            <option key={id} value={id}>
              {n}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => setEditing({ id: null, name: '', zone: zoneId, products: [], statedProducts: [] })}
        >
          {zh.editEnterprise.add}
        </button>
        <button type="button" onClick={() => void exportEnterprises()}>
          {zh.exportCsv}
        </button>
        <a className="button" href={`/tables/export/enterprises.xlsx?zone=${encodeURIComponent(zoneId)}`}>
          {zh.exportXlsx}
        </a>
      </div>
      {editing && (
        <EnterpriseForm
          key={editing.id ?? 'new'}
          draft={editing}
          zones={t.zones}
          products={t.productMap}
          loading={t.optionsLoading}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
      {t.page.state === 'error' && <ErrorNotice error={t.page.error} />}
      <table className="data cards" data-testid="enterprise-table">
        <thead>
          <tr>
            {header('name', zh.zone.colName)}
            {header('zone', zh.zone.colZone)}
            {header('industry', zh.zone.colIndustry)}
            <th>{zh.zone.colLinks}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td data-label={zh.zone.colName}>
                {r.name}
                {r.fullName && <div className="muted small">{r.fullName}</div>}
              </td>
              <td data-label={zh.zone.colZone}>{r.zone?.name ?? '—'}</td>
              <td data-label={zh.zone.colIndustry}>{r.industries.map((i) => i.name).join('、')}</td>
              <td data-label={zh.zone.colLinks}>
                {r.products.map((p) => p.name).join('、') || (r.statedProducts.length === 0 ? '—' : '')}
                {r.statedProducts.length > 0 && (
                  <span className="unchained" data-testid="unchained-products" title={UNCHAINED_PRODUCT.help}>
                    {r.products.length > 0 && '；'}
                    <span className="unchained-label">{UNCHAINED_PRODUCT.label}</span>
                    {r.statedProducts.join('、')}
                  </span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="link small"
                  onClick={() =>
                    setEditing({
                      id: r.id,
                      name: r.name,
                      zone: r.zone?.id ?? null,
                      products: r.products,
                      statedProducts: r.statedProducts,
                    })
                  }
                >
                  {zh.editEnterprise.edit}
                </button>
              </td>
            </tr>
          ))}
          {conn && rows.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {zh.zone.noEnterprises}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="pager">
        <button
          type="button"
          disabled={t.cursors.length <= 1}
          onClick={() => t.setCursors((c) => c.slice(0, -1))}
        >
          {zh.zone.prev}
        </button>
        <span className="muted small">{zh.zone.page(t.cursors.length)}</span>
        <button
          type="button"
          disabled={!conn?.pageInfo.hasNextPage}
          onClick={() => conn?.pageInfo.endCursor && t.setCursors((c) => [...c, conn.pageInfo.endCursor])}
        >
          {zh.zone.next}
        </button>
      </div>
    </Section>
  );
}
