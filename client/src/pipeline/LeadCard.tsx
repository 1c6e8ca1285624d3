import { useState } from 'react';
import { LEAD_STAGE, type LeadStage } from '../../../vocab/lead.ts';
import { gql } from '../api/client.ts';
import type {
  LeadCardFragment,
  MoveLeadMutation,
  MoveLeadMutationVariables,
} from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { StatusBadge } from '../views/common.tsx';
import { TierBadge } from '../views/gaps.tsx';
import { otherStages } from './board.ts';
import { leadError } from './LeadForm.tsx';

const T = zh.pipeline;

/** Moves a lead to another stage with a reason; the server checks the move and the role and audits it. */
function MoveControl({ lead, onMoved }: { lead: LeadCardFragment; onMoved: () => void }) {
  const stages = otherStages(lead.stage);
  const [to, setTo] = useState<LeadStage>(stages.find((s) => s > lead.stage) ?? (stages[0] as LeadStage));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const move = async () => {
    setError(null);
    if (!reason.trim()) return setError(T.reasonNeeded);
    try {
      await gql<MoveLeadMutation, MoveLeadMutationVariables>('MoveLead', { id: lead.id, stage: to, reason });
      setReason('');
      onMoved();
    } catch (e) {
      setError(leadError(e));
    }
  };
  return (
    <form
      className="move-lead"
      onSubmit={(e) => {
        e.preventDefault();
        void move();
      }}
    >
      <select value={to} aria-label={T.moveTo} onChange={(e) => setTo(e.target.value as LeadStage)}>
        {stages.map((s) => (
          <option key={s} value={s}>
            {LEAD_STAGE[s].label}
          </option>
        ))}
      </select>
      <input
        value={reason}
        aria-label={T.reason}
        placeholder={T.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit">{T.move}</button>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** One lead on the board: firm, link, zone, owner, the gap's priority, the next step (overdue in red), project. */
export function LeadCard({ lead, onMoved }: { lead: LeadCardFragment; onMoved: () => void }) {
  return (
    <li
      className={`lead-card${lead.overdue ? ' overdue' : ''}`}
      data-testid="lead-card"
      data-stage={lead.stage}
    >
      <div className="lead-head">
        <strong>{lead.firmName}</strong>
        {lead.priority && <TierBadge tier={lead.priority.tier} />}
      </div>
      <div className="small">
        {lead.link.name} · {lead.zone.name} · {T.owner} {lead.owner} <StatusBadge status={lead.linkStatus} />
      </div>
      {lead.nextStep && (
        <div
          className={`small${lead.overdue ? ' overdue-text' : ''}`}
          data-overdue={lead.overdue || undefined}
        >
          {T.next(lead.nextStep, lead.nextStepDate)}
          {lead.overdue && <b> · {T.overdue}</b>}
        </div>
      )}
      {!lead.nextStep && lead.overdue && <div className="small overdue-text">{T.overdue}</div>}
      {(lead.investment !== null || lead.capacity !== null) && (
        <div className="small muted">
          {lead.investment !== null && T.investment(lead.investment)}
          {lead.investment !== null && lead.capacity !== null && ' · '}
          {lead.capacity !== null && T.capacity(lead.capacity, lead.capacityUnit)}
        </div>
      )}
      {lead.project && <div className="small">{T.project(lead.project.name, lead.project.status)}</div>}
      <MoveControl lead={lead} onMoved={onMoved} />
    </li>
  );
}
