import { useMemo, useState } from 'react';
import { gql } from '../api/client.ts';
import type {
  AllChainsQuery,
  AllChainsQueryVariables,
  EnterprisePageQuery,
  EnterprisePageQueryVariables,
  SetZoneTargetsMutation,
  SetZoneTargetsMutationVariables,
  ZoneProfileQuery,
  ZoneProfileQueryVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { download, toCsv } from '../export/csv.ts';
import { zh } from '../i18n/zh.ts';
import { Counts, ErrorNotice, Loading, Section } from './common.tsx';
import { type EnterpriseDraft, EnterpriseForm } from './EnterpriseForm.tsx';
import { Freshness } from './Freshness.tsx';
import { capacityText } from './Inspector.tsx';

const PAGE = 20;
type Row = EnterprisePageQuery['enterprises']['edges'][number]['node'];
type SortKey = 'name' | 'zone' | 'industry';

const sortValue = (r: Row, key: SortKey) =>
  key === 'name'
    ? r.name
    : key === 'zone'
      ? (r.zone?.name ?? '')
      : r.industries.map((i) => i.name).join('、');

export function sortRows(rows: readonly Row[], key: SortKey, dir: 1 | -1): Row[] {
  return [...rows].sort((a, b) => dir * sortValue(a, key).localeCompare(sortValue(b, key), 'zh-CN'));
}

/** A zone's profile, its chains' gaps, its projects and its enterprises (filterable, sortable, paginated). */
export function ZoneView({
  zoneId,
  onOpenZone,
  onOpenChain,
}: {
  zoneId: string;
  onOpenZone: (id: string) => void;
  onOpenChain: (id: string) => void;
}) {
  const [nonce, setNonce] = useState(0);
  const refresh = () => setNonce((n) => n + 1);
  const [editing, setEditing] = useState<EnterpriseDraft | null>(null);
  const [targets, setTargets] = useState<{ output: string; added: string } | null>(null);
  const profile = useQuery<ZoneProfileQuery, ZoneProfileQueryVariables>('ZoneProfile', { id: zoneId }, nonce);
  const chains = useQuery<AllChainsQuery, AllChainsQueryVariables>('AllChains', { zone: null });
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
  const products = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of chains.data?.chains ?? []) for (const l of c.links) m.set(l.product.id, l.product.name);
    return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'));
  }, [chains.data]);
  const productMap = useMemo(() => new Map(products), [products]);

  if (profile.state === 'error') return <ErrorNotice error={profile.error} />;
  const z = profile.data?.zone;
  if (!z || z.id !== zoneId) return <Loading />;

  const resetPages = () => setCursors([null]);
  const conn = page.data?.enterprises;
  const rows = conn
    ? sortRows(
        conn.edges.map((e) => e.node),
        sort.key,
        sort.dir,
      )
    : [];
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}
      >
        {label} {sort.key === key ? (sort.dir === 1 ? '▲' : '▼') : ''}
      </button>
    </th>
  );

  const exportEnterprises = async () => {
    const all: Row[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res: EnterprisePageQuery = await gql<EnterprisePageQuery, EnterprisePageQueryVariables>(
        'EnterprisePage',
        {
          ...filters,
          first: 200,
          after: cursor,
        },
      );
      all.push(...res.enterprises.edges.map((e) => e.node));
      if (!res.enterprises.pageInfo.hasNextPage) break;
      cursor = res.enterprises.pageInfo.endCursor;
    }
    download(
      `企业名录_${z.name}.csv`,
      toCsv(
        ['企业', '全称', '所在区域', '产业', '生产环节'],
        all.map((r) => [
          r.name,
          r.fullName,
          r.zone?.name,
          r.industries.map((i) => i.name).join('、'),
          r.products.map((p) => p.name).join('、'),
        ]),
      ),
    );
  };
  const exportProjects = () =>
    download(
      `项目清单_${z.name}.csv`,
      toCsv(
        ['项目', '类型', '状态', '产能', '企业', '所在区域'],
        z.projects.map((p) => [
          p.name,
          p.kind,
          p.status,
          capacityText(p.capacities),
          p.enterprise?.name,
          p.zone?.name,
        ]),
      ),
    );

  return (
    <div className="zone-view">
      <div className="zone-head">
        <div>
          <h2>
            {z.name} <span className="muted small">{z.kind}</span>
          </h2>
          {z.parent && (
            <p className="meta">
              {zh.zone.partOf}：
              <button type="button" className="link" onClick={() => z.parent && onOpenZone(z.parent.id)}>
                {z.parent.name}
              </button>
            </p>
          )}
          {z.description && <p>{z.description}</p>}
        </div>
        <dl className="facts">
          <dt>{zh.target2025}</dt>
          <dd>
            {z.output2025 !== null ? `${zh.output} ${z.output2025} ${zh.yi}` : zh.zone.noTarget}
            {z.valueAdded2025 !== null && ` · ${zh.valueAdded} ${z.valueAdded2025} ${zh.yi}`}{' '}
            {targets ? (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void gql<SetZoneTargetsMutation, SetZoneTargetsMutationVariables>('SetZoneTargets', {
                    id: z.id,
                    output2025: Number(targets.output),
                    valueAdded2025: Number(targets.added),
                  }).then(
                    () => {
                      setTargets(null);
                      refresh();
                    },
                    (err: Error) => window.alert(err.message),
                  );
                }}
              >
                <input
                  aria-label={zh.output}
                  type="number"
                  min="0"
                  step="any"
                  value={targets.output}
                  onChange={(e) => setTargets({ ...targets, output: e.target.value })}
                />
                <input
                  aria-label={zh.valueAdded}
                  type="number"
                  min="0"
                  step="any"
                  value={targets.added}
                  onChange={(e) => setTargets({ ...targets, added: e.target.value })}
                />
                <button type="submit">{zh.editEnterprise.save}</button>
              </form>
            ) : (
              <button
                type="button"
                className="link small"
                onClick={() =>
                  setTargets({ output: String(z.output2025 ?? ''), added: String(z.valueAdded2025 ?? '') })
                }
              >
                {zh.editEnterprise.editTargets}
              </button>
            )}
          </dd>
          <dt>{zh.zone.focus}</dt>
          <dd>{z.focusIndustries.map((i) => i.name).join('、') || '—'}</dd>
          <dt>{zh.zone.keyFor}</dt>
          <dd>{z.keyFor.map((i) => i.name).join('、') || '—'}</dd>
          <dt>{zh.zone.enterprises}</dt>
          <dd>{z.enterpriseCount}</dd>
          <dt>{zh.zone.freshness}</dt>
          <dd>
            <Freshness info={z} />
          </dd>
          {z.children.length > 0 && (
            <>
              <dt>{zh.zone.children}</dt>
              <dd>
                {z.children.map((c) => (
                  <button key={c.id} type="button" className="chip" onClick={() => onOpenZone(c.id)}>
                    {c.name}
                  </button>
                ))}
              </dd>
            </>
          )}
        </dl>
      </div>

      {z.chainGaps.length > 0 && (
        <Section title={zh.zone.chainGaps}>
          <ul className="chain-list compact">
            {z.chainGaps.map((g) => (
              <li key={g.chain.id}>
                <button type="button" onClick={() => onOpenChain(g.chain.id)}>
                  <span className="chain-name">{g.chain.name}</span>
                  <Counts counts={g.counts} />
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={`${zh.zone.enterpriseTable}（${conn?.totalCount ?? '…'}）`}>
        <div className="filters">
          <input
            value={name}
            placeholder={zh.zone.byName}
            aria-label={zh.zone.byName}
            onChange={(e) => {
              setName(e.target.value);
              resetPages();
            }}
          />
          <select
            value={industry}
            aria-label={zh.zone.byIndustry}
            onChange={(e) => {
              setIndustry(e.target.value);
              resetPages();
            }}
          >
            <option value="">{zh.zone.allIndustries}</option>
            {profile.data?.industries.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
          <select
            value={product}
            aria-label={zh.zone.byLink}
            onChange={(e) => {
              setProduct(e.target.value);
              resetPages();
            }}
          >
            <option value="">{zh.zone.allLinks}</option>
            {products.map(([id, n]) => (
              <option key={id} value={id}>
                {n}
              </option>
            ))}
          </select>
          <span className="spacer" />
          <button
            type="button"
            onClick={() => setEditing({ id: null, name: '', zone: zoneId, products: [] })}
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
            zones={profile.data?.zones ?? []}
            products={productMap}
            onCancel={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              refresh();
            }}
          />
        )}
        {page.state === 'error' && <ErrorNotice error={page.error} />}
        <table className="data" data-testid="enterprise-table">
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
                <td>
                  {r.name}
                  {r.fullName && <div className="muted small">{r.fullName}</div>}
                </td>
                <td>{r.zone?.name ?? '—'}</td>
                <td>{r.industries.map((i) => i.name).join('、')}</td>
                <td>{r.products.map((p) => p.name).join('、') || '—'}</td>
                <td>
                  <button
                    type="button"
                    className="link small"
                    onClick={() =>
                      setEditing({ id: r.id, name: r.name, zone: r.zone?.id ?? null, products: r.products })
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
            disabled={cursors.length <= 1}
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            {zh.zone.prev}
          </button>
          <span className="muted small">{zh.zone.page(cursors.length)}</span>
          <button
            type="button"
            disabled={!conn?.pageInfo.hasNextPage}
            onClick={() => conn?.pageInfo.endCursor && setCursors((c) => [...c, conn.pageInfo.endCursor])}
          >
            {zh.zone.next}
          </button>
        </div>
      </Section>

      <Section title={`${zh.zone.projects}（${z.projects.length}）`}>
        <div className="filters">
          <span className="spacer" />
          <button type="button" onClick={exportProjects} disabled={z.projects.length === 0}>
            {zh.exportCsv}
          </button>
          <a className="button" href={`/tables/export/projects.xlsx?zone=${encodeURIComponent(zoneId)}`}>
            {zh.exportXlsx}
          </a>
        </div>
        <table className="data">
          <thead>
            <tr>
              <th>{zh.zone.colProject}</th>
              <th>{zh.zone.colStatus}</th>
              <th>{zh.zone.colCapacity}</th>
              <th>{zh.zone.colEnterprise}</th>
            </tr>
          </thead>
          <tbody>
            {z.projects.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{p.status ?? '—'}</td>
                <td>{capacityText(p.capacities) || '—'}</td>
                <td>{p.enterprise?.name ?? '—'}</td>
              </tr>
            ))}
            {z.projects.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {zh.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </Section>
      <Section title={zh.inspector.sources}>
        {z.sources.map((s) => (
          <blockquote key={s.quote}>
            “{s.quote}”<cite>{s.section}</cite>
          </blockquote>
        ))}
      </Section>
    </div>
  );
}

/** The zones of the district by kind, when no zone is chosen. */
export function ZoneList({
  zones,
  onOpenZone,
}: {
  zones: readonly { id: string; name: string; kind: string; parent: { id: string } | null }[];
  onOpenZone: (id: string) => void;
}) {
  const kinds = [...new Set(zones.map((z) => z.kind))];
  return (
    <div className="zone-list">
      <p className="muted">{zh.zone.pick}</p>
      {kinds.map((k) => (
        <Section key={k} title={k}>
          <div className="chips">
            {zones
              .filter((z) => z.kind === k)
              .map((z) => (
                <button key={z.id} type="button" className="chip big" onClick={() => onOpenZone(z.id)}>
                  {z.name}
                </button>
              ))}
          </div>
        </Section>
      ))}
    </div>
  );
}
