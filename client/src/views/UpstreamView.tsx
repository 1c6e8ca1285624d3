import { useMemo } from 'react';
import { CANDIDATE } from '../../../vocab/candidate.ts';
import { STATUS } from '../../../vocab/status.ts';
import type {
  ChainViewQuery,
  ChainViewQueryVariables,
  UpstreamGapsViewQuery,
  UpstreamGapsViewQueryVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { downloadCsv } from '../export/csv.ts';
import { zh } from '../i18n/zh.ts';
import { ChainMap } from '../map/ChainMap.tsx';
import { upstreamElements } from '../map/upstream.ts';
import { ErrorNotice, KindChip, Legend, Loading, StatusBadge } from './common.tsx';

/** The officer's shortlist: everything upstream of a link, the gaps nearest first, and whom to invite. */
export function UpstreamView({
  productId,
  chainId,
  zone,
  onFocus,
}: {
  productId: string;
  chainId: string | null;
  zone: string | null;
  onFocus: (id: string) => void;
}) {
  const up = useQuery<UpstreamGapsViewQuery, UpstreamGapsViewQueryVariables>('UpstreamGapsView', {
    product: productId,
    zone,
    maxDepth: 6,
  });
  const chain = useQuery<ChainViewQuery, ChainViewQueryVariables>(
    'ChainView',
    chainId ? { id: chainId, zone } : null,
  );
  const data = up.data?.upstreamGaps;
  const chainData = chainId ? chain.data?.chain : null;
  const ready = data && data.product.id === productId && (!chainId || chainData);
  const map = useMemo(() => {
    if (!ready || !data) return null;
    const own = chainData?.links.find((l) => l.product.id === productId);
    return upstreamElements(
      chainData?.links ?? [],
      chainData?.feeds ?? [],
      { ...data.product, status: own?.status ?? 'MISSING' },
      data.nodes,
      data.edges,
    );
  }, [ready, data, chainData, productId]);

  if (up.state === 'error') return <ErrorNotice error={up.error} />;
  if (!ready || !data || !map) return <Loading />;

  const exportCsv = () => {
    const rows = data.gaps.flatMap((g) => {
      const base = [g.product.name, STATUS[g.status].label, g.distance, g.reason.summary];
      if (g.candidates.length === 0) return [[...base, '', '', '']];
      return g.candidates.map((c) => [
        ...base,
        CANDIDATE[c.kind].label,
        c.enterprise?.name ?? c.project?.name ?? '',
        c.reason,
      ]);
    });
    downloadCsv(
      `上游缺口_${data.product.name}_${data.scope.label}.csv`,
      ['环节', '状态', '距离（级）', '原因', '候选类型', '候选名称', '理由'],
      rows,
    );
  };

  return (
    <div className="chain-view">
      <div className="chain-head">
        <div>
          <h2>{zh.upstream.title(data.product.name)}</h2>
          <p className="meta">
            {zh.scope}：{data.scope.label} · {zh.upstream.summary(data.nodes.length, data.gaps.length)}
            {data.truncated && ` · ${zh.upstream.truncated(data.limit)}`}
          </p>
        </div>
        <Legend />
      </div>
      <div className="chain-body">
        <ChainMap
          elements={map.elements}
          highlight={map.highlight}
          selected={productId}
          onSelect={(id) => id && onFocus(id)}
        />
        <aside className="inspector gaps" aria-label={zh.upstream.listLabel}>
          <div className="row">
            <h2>{zh.upstream.gaps(data.gaps.length)}</h2>
            <button type="button" onClick={exportCsv} disabled={data.gaps.length === 0}>
              {zh.exportCsv}
            </button>
          </div>
          {data.gaps.length === 0 && <p className="muted">{zh.upstream.noGaps}</p>}
          <ol className="gap-list">
            {data.gaps.map((g) => (
              <li key={g.product.id} data-testid="gap">
                <div className="gap-head">
                  <button type="button" className="link" onClick={() => onFocus(g.product.id)}>
                    {g.product.name}
                  </button>
                  <StatusBadge status={g.status} />
                  <span className="muted small">{zh.upstream.distance(g.distance)}</span>
                </div>
                <p className="small muted">{g.reason.summary}</p>
                {g.candidates.length === 0 ? (
                  <p className="small muted">{zh.upstream.noCandidates}</p>
                ) : (
                  <ul className="candidates">
                    {g.candidates.map((c) => (
                      <li key={`${c.kind}-${c.enterprise?.id ?? c.project?.id}`} data-testid="candidate">
                        <KindChip kind={c.kind} />
                        <strong>{c.enterprise?.name ?? c.project?.name}</strong>
                        <span className="small muted"> {c.reason}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}
