import { useMemo, useState } from 'react';
import { CANDIDATE, fitLook } from '../../../vocab/candidate.ts';
import { GAP_KIND, type GapSort, PART_LABEL, TIER, UPSTREAM_LISTED_GAPS } from '../../../vocab/priority.ts';
import { STATUS } from '../../../vocab/status.ts';
import { ApiError, gql } from '../api/client.ts';
import type {
  ChainViewQuery,
  ChainViewQueryVariables,
  UpstreamGapsViewQuery,
  UpstreamGapsViewQueryVariables,
  UpstreamLeadsQuery,
  UpstreamLeadsQueryVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { downloadCsv } from '../export/csv.ts';
import { zh } from '../i18n/zh.ts';
import { ChainMap } from '../map/ChainMap.tsx';
import { upstreamElements } from '../map/upstream.ts';
import { ErrorNotice, Legend, Loading } from './common.tsx';
import { SortToggle } from './gaps.tsx';
import { UpstreamGapItem } from './UpstreamGapItem.tsx';

type UpstreamData = UpstreamGapsViewQuery['upstreamGaps'];

const CSV_HEAD = [
  '环节',
  '状态',
  '缺口类型',
  '断链',
  '优先级',
  '得分',
  '得分构成',
  '距离（级）',
  '原因',
  '候选类型',
  '候选名称',
  '推荐度',
  '排序分（0–1，非百分比）',
  '所在地',
  '更多（折叠）',
  '理由',
];

/** The CSV of the list as shown: the same gaps in the same order, every candidate (folded ones marked). */
function exportCsv(data: UpstreamData) {
  const rows = data.gaps.flatMap((g) => {
    const parts = g.priority.parts.map((p) => `${PART_LABEL[p.part]} ${p.points}：${p.text}`).join('；');
    const base = [
      g.product.name,
      STATUS[g.status].label,
      GAP_KIND[g.kind].label,
      g.breaksChain ? '是' : '否',
      TIER[g.priority.tier].label,
      g.priority.score,
      parts,
      g.distance,
      g.reason.summary,
    ];
    if (g.candidates.length === 0) return [[...base, '', '', '', '', '', '', '']];
    return g.candidates.map((c) => [
      ...base,
      CANDIDATE[c.kind].label,
      c.enterprise?.name ?? c.project?.name ?? '',
      fitLook(c.kind, c.fit).label,
      c.fit,
      c.place?.label ?? '',
      c.folded ? '是' : '',
      c.reason,
    ]);
  });
  downloadCsv(`上游缺口_${data.product.name}_${data.scope.label}.csv`, CSV_HEAD, rows);
}

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
  const [sort, setSort] = useState<GapSort>('PRIORITY');
  const vars: UpstreamGapsViewQueryVariables = {
    product: productId,
    zone,
    maxDepth: 6,
    sort,
    listOtherDistricts: false,
    listCandidates: UPSTREAM_LISTED_GAPS,
  };
  // Read again after an alias changed which pool firms match a gap (扩展招引池匹配).
  const [gapsNonce, setGapsNonce] = useState(0);
  const up = useQuery<UpstreamGapsViewQuery, UpstreamGapsViewQueryVariables>(
    'UpstreamGapsView',
    vars,
    gapsNonce,
  );
  // The CSV holds every candidate: the list again with every gap's list, 外区企业 included (the view lists the
  // first UPSTREAM_LISTED_GAPS gaps' and counts the 外区企业).
  const [exporting, setExporting] = useState<'idle' | 'busy' | ApiError>('idle');
  const onExport = async () => {
    setExporting('busy');
    try {
      const full = await gql<UpstreamGapsViewQuery, UpstreamGapsViewQueryVariables>('UpstreamGapsView', {
        ...vars,
        listOtherDistricts: true,
        listCandidates: null,
      });
      exportCsv(full.upstreamGaps);
      setExporting('idle');
    } catch (err) {
      setExporting(err instanceof ApiError ? err : new ApiError(String(err), 'INTERNAL'));
    }
  };
  const chain = useQuery<ChainViewQuery, ChainViewQueryVariables>(
    'ChainView',
    chainId ? { id: chainId, zone } : null,
  );
  // The leads per gap come apart from the gaps, and again after a lead is opened here.
  const [leadsNonce, setLeadsNonce] = useState(0);
  const leads = useQuery<UpstreamLeadsQuery, UpstreamLeadsQueryVariables>(
    'UpstreamLeads',
    { product: productId, zone },
    leadsNonce,
  );
  const leadsOf = new Map((leads.data?.upstreamGaps.leadCounts ?? []).map((c) => [c.product.id, c]));
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
        <Legend extra={[{ mark: '↑n', text: zh.upstream.distanceMark }]} />
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
            <SortToggle value={sort} onChange={setSort} />
            <button
              type="button"
              onClick={onExport}
              disabled={data.gaps.length === 0 || exporting === 'busy'}
            >
              {exporting === 'busy' ? zh.upstream.exporting : zh.exportCsv}
            </button>
          </div>
          {exporting instanceof ApiError && <ErrorNotice error={exporting} />}
          {data.gaps.length === 0 && <p className="muted">{zh.upstream.noGaps}</p>}
          <ol className="gap-list">
            {data.gaps.map((g) => (
              <UpstreamGapItem
                key={g.product.id}
                gap={g}
                poolLoaded={up.data?.poolLoaded ?? false}
                zone={zone}
                leads={leadsOf.get(g.product.id)}
                onFocus={onFocus}
                onLeadCreated={() => setLeadsNonce((n) => n + 1)}
                onCandidatesChanged={() => setGapsNonce((n) => n + 1)}
              />
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}
