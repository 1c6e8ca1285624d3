/**
 * One gap of the upstream list: its head, reason, priority parts and ranked candidates. The list is read with
 * the 外区企业 counted, not listed (listOtherDistricts: false), and with the candidates of its first
 * UPSTREAM_LISTED_GAPS gaps only (listCandidates). 列出外区企业, or 列出候选 on a gap past those, reads this gap's
 * whole list (product(id:, zone:) candidates, the same server function: nearest region first, with where each
 * firm is) and shows it in place.
 */
import { useState } from 'react';
import { UPSTREAM_LISTED_GAPS } from '../../../vocab/priority.ts';
import type {
  GapCandidatesQuery,
  GapCandidatesQueryVariables,
  UpstreamGapsViewQuery,
  UpstreamLeadsQuery,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { CandidatesWithLeads } from '../pipeline/GapLeads.tsx';
import { LeadChips } from '../pipeline/LeadChips.tsx';
import { FoldedAliasSuggestions } from './AliasSuggestions.tsx';
import { ErrorNotice, StatusBadge } from './common.tsx';
import { GapKindChip, PriorityParts, TierBadge } from './gaps.tsx';

type Gap = UpstreamGapsViewQuery['upstreamGaps']['gaps'][number];
export function UpstreamGapItem({
  gap: g,
  poolLoaded,
  zone,
  leads,
  onFocus,
  onLeadCreated,
  onCandidatesChanged,
}: {
  gap: Gap;
  /** Whether the national pool was imported: what an empty candidate list says. */
  poolLoaded: boolean;
  zone: string | null;
  leads: UpstreamLeadsQuery['upstreamGaps']['leadCounts'][number] | undefined;
  onFocus: (id: string) => void;
  onLeadCreated: () => void;
  /** An alias changed the pool firms that match: the list is read again. */
  onCandidatesChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const full = useQuery<GapCandidatesQuery, GapCandidatesQueryVariables>(
    'GapCandidates',
    open ? { product: g.product.id, zone } : null,
  );
  const others = g.otherDistrictCount ?? 0;
  const listed = open && full.state === 'ok' ? full.data.product.candidates : null;
  return (
    <li data-testid="gap">
      <div className="gap-head">
        <button type="button" className="link" onClick={() => onFocus(g.product.id)}>
          {g.product.name}
        </button>
        <TierBadge tier={g.priority.tier} score={g.priority.score} />
        <GapKindChip kind={g.kind} breaksChain={g.breaksChain} />
        <StatusBadge status={g.status} />
        <span className="muted small distance">{zh.upstream.distance(g.distance)}</span>
        <LeadChips counts={leads} />
      </div>
      <p className="small muted">{g.reason.summary}</p>
      <PriorityParts priority={g.priority} />
      {listed || g.candidatesListed ? (
        <CandidatesWithLeads
          candidates={listed ?? g.candidates}
          poolLoaded={poolLoaded}
          link={g.product}
          zone={zone}
          onCreated={onLeadCreated}
        />
      ) : (
        <p className="small muted" data-testid="candidates-unlisted">
          {zh.upstream.unlisted(UPSTREAM_LISTED_GAPS)}{' '}
          <button type="button" className="small" disabled={open} onClick={() => setOpen(true)}>
            {open ? zh.upstream.listingOthers : zh.upstream.listCandidates}
          </button>
        </p>
      )}
      {!listed && g.candidatesListed && others > 0 && (
        <p className="small others-line" data-testid="others-count">
          {zh.upstream.others(others)}{' '}
          <button type="button" className="small" disabled={open} onClick={() => setOpen(true)}>
            {open ? zh.upstream.listingOthers : zh.upstream.listOthers}
          </button>
        </p>
      )}
      {open && full.state === 'error' && <ErrorNotice error={full.error} />}
      <FoldedAliasSuggestions label={zh.aliases.title} link={g.product} onChanged={onCandidatesChanged} />
    </li>
  );
}
