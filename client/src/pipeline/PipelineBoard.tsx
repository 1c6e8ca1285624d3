import { useState } from 'react';
import { LEAD_STAGE } from '../../../vocab/lead.ts';
import { PRIORITY_TIERS, type PriorityTier, TIER } from '../../../vocab/priority.ts';
import type { PipelineBoardQuery, PipelineBoardQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { chipStyle, ErrorNotice, Loading } from '../views/common.tsx';
import { columns, filterOptions } from './board.ts';
import { LeadCard } from './LeadCard.tsx';

const T = zh.pipeline;

/**
 * The pipeline board: the leads of the scope (the zone chosen at the top and every zone inside it) in one column
 * per stage, filtered by owner, chain and the gap's priority tier; overdue next steps first and in red.
 */
export function PipelineBoard({
  zone,
  scopeLabel,
  onImport,
}: {
  zone: string | null;
  scopeLabel: string;
  onImport: () => void;
}) {
  const [owner, setOwner] = useState('');
  const [chain, setChain] = useState('');
  const [tier, setTier] = useState<PriorityTier | ''>('');
  const [nonce, setNonce] = useState(0);
  // The filters' options come from the unfiltered board of the scope.
  const all = useQuery<PipelineBoardQuery, PipelineBoardQueryVariables>('PipelineBoard', { zone }, nonce);
  const q = useQuery<PipelineBoardQuery, PipelineBoardQueryVariables>(
    'PipelineBoard',
    { zone, owner: owner || null, chain: chain || null, tier: tier || null },
    nonce,
  );
  if (q.state === 'error' && !q.data) return <ErrorNotice error={q.error} />;
  if (!q.data) return <Loading />;
  const leads = q.data.leads;
  const options = filterOptions(all.data?.leads ?? leads);
  const overdue = leads.filter((l) => l.overdue).length;
  return (
    <div className="pipeline-view" data-testid="pipeline-board">
      <div className="chain-head">
        <div>
          <h2>{T.title}</h2>
          <p className="meta">{T.summary(scopeLabel, leads.length, overdue)}</p>
        </div>
        <div className="filters">
          <select value={owner} aria-label={T.owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{T.allOwners}</option>
            {options.owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          <select value={chain} aria-label={T.chain} onChange={(e) => setChain(e.target.value)}>
            <option value="">{T.allChains}</option>
            {options.chains.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <select
            value={tier}
            aria-label={T.tier}
            onChange={(e) => setTier(e.target.value as PriorityTier | '')}
          >
            <option value="">{T.allTiers}</option>
            {PRIORITY_TIERS.map((t) => (
              <option key={t} value={t}>
                {`优先级${TIER[t].label}`}
              </option>
            ))}
          </select>
          <a
            className="button"
            href={`/tables/export/leads.xlsx${zone ? `?zone=${encodeURIComponent(zone)}` : ''}`}
          >
            {T.exportXlsx}
          </a>
          <button type="button" onClick={onImport}>
            {T.importLeads}
          </button>
        </div>
      </div>
      {leads.length === 0 && all.data && (
        <p className="notice board-empty" data-testid="pipeline-empty">
          {all.data.leads.length === 0 ? (
            T.none(scopeLabel)
          ) : (
            <>
              {T.noneFiltered}{' '}
              <button
                type="button"
                className="link"
                onClick={() => {
                  setOwner('');
                  setChain('');
                  setTier('');
                }}
              >
                {T.clearFilters}
              </button>
            </>
          )}
        </p>
      )}
      <div className="board">
        {columns(leads).map((col) => (
          <section
            key={col.stage}
            className="board-column"
            data-stage={col.stage}
            aria-label={LEAD_STAGE[col.stage].label}
          >
            <h3 style={chipStyle(LEAD_STAGE[col.stage])} title={LEAD_STAGE[col.stage].help}>
              {LEAD_STAGE[col.stage].label} <span className="count">{col.leads.length}</span>
            </h3>
            {col.leads.length === 0 && <p className="small muted">{T.empty}</p>}
            <ul className="plain">
              {col.leads.map((l) => (
                <LeadCard key={l.id} lead={l} onMoved={() => setNonce((n) => n + 1)} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
