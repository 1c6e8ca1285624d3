import { LEAD_STAGE } from '../../../vocab/lead.ts';
import type { LinkLeadsFragment } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { chipStyle } from '../views/common.tsx';

/** A gap's leads: one chip per stage with its count (线索 2 · 洽谈 1), in pipeline order. */
export function LeadChips({ counts }: { counts: LinkLeadsFragment | undefined }) {
  if (!counts || counts.stages.length === 0) return null;
  return (
    <span className="lead-chips" data-testid="lead-chips" title={zh.pipeline.leadCounts(counts.open)}>
      {counts.stages.map((s) => (
        <span key={s.stage} className="lead-chip" data-stage={s.stage} style={chipStyle(LEAD_STAGE[s.stage])}>
          {LEAD_STAGE[s.stage].label} {s.count}
        </span>
      ))}
    </span>
  );
}
