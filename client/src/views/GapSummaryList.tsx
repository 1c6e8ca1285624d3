import type { GapKind } from '../../../vocab/priority.ts';
import type { LinkStatus } from '../../../vocab/status.ts';
import type { GapPriorityFragment } from '../api/types.generated.ts';
import { StatusBadge } from './common.tsx';
import { GapKindChip, PriorityParts, TierBadge } from './gaps.tsx';

export interface GapSummary {
  key: string;
  productId: string;
  name: string;
  /** Where it sits: 第 3 环, or the chain's name. */
  where: string;
  status: LinkStatus;
  gapKind: GapKind;
  breaksChain: boolean;
  priority: GapPriorityFragment;
  /** The chain it is shown in (zone page). */
  chainId?: string;
}

/** A compact list of gaps (chain page, zone page), in the order given: tier, kind, and one line per part. */
export function GapSummaryList({
  gaps,
  onOpen,
}: {
  gaps: readonly GapSummary[];
  onOpen: (g: GapSummary) => void;
}) {
  return (
    <ol className="gap-list compact-gaps">
      {gaps.map((g) => (
        <li key={g.key} data-testid="gap-summary">
          <div className="gap-head">
            <button type="button" className="link" onClick={() => onOpen(g)}>
              {g.name}
            </button>
            <TierBadge tier={g.priority.tier} score={g.priority.score} />
            <GapKindChip kind={g.gapKind} breaksChain={g.breaksChain} />
            <StatusBadge status={g.status} />
            <span className="muted small">{g.where}</span>
          </div>
          <PriorityParts priority={g.priority} />
        </li>
      ))}
    </ol>
  );
}
