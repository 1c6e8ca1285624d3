import { useState } from 'react';
import { LEAD_STAGE, LEAD_STAGES, type LeadStage, SIGNED_STAGE } from '../../../vocab/lead.ts';
import { gql } from '../api/client.ts';
import type {
  CreateLeadMutation,
  CreateLeadMutationVariables,
  ZonesQuery,
  ZonesQueryVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';

const T = zh.pipeline;

/** What a lead starts from: a candidate of a gap (firm of the graph, or a name), the link and the scope's zone. */
export interface LeadDraft {
  link: { id: string; name: string };
  firm: { id: string; name: string } | null;
  firmName: string;
  zone: string | null;
}

/** A failed lead write as the officer reads it: the token hint for FORBIDDEN, else the server's message. */
export const leadError = (e: unknown) =>
  (e as { code?: string }).code === 'FORBIDDEN' ? T.forbidden : (e as Error).message;

const num = (v: string) => (v.trim() === '' ? null : Number(v));
const opt = (v: string) => (v.trim() === '' ? null : v.trim());

/**
 * Opens a lead (招商线索) on a gap: prefilled from the candidate it starts from; the officer adds the owner, the
 * zone (the scope's by default), the expected investment and capacity, the next step and its date. Needs an
 * editor token; the server audits it.
 */
export function LeadForm({
  draft,
  onDone,
  onCancel,
}: {
  draft: LeadDraft;
  onDone: (firmName: string) => void;
  onCancel: () => void;
}) {
  const zones = useQuery<ZonesQuery, ZonesQueryVariables>('Zones', {});
  const [firmName, setFirmName] = useState(draft.firm?.name ?? draft.firmName);
  const [zone, setZone] = useState(draft.zone ?? '');
  const [owner, setOwner] = useState('');
  const [stage, setStage] = useState<LeadStage>('CLUE');
  const [investment, setInvestment] = useState('');
  const [capacity, setCapacity] = useState('');
  const [unit, setUnit] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [nextStepDate, setNextStepDate] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    if (!zone) return setError(T.chooseZone);
    // A firm of the graph keeps its id unless the officer typed another name.
    const sameFirm = draft.firm !== null && firmName.trim() === draft.firm.name;
    try {
      await gql<CreateLeadMutation, CreateLeadMutationVariables>('CreateLead', {
        input: {
          link: draft.link.id,
          zone,
          firm: sameFirm ? (draft.firm?.id ?? null) : null,
          firmName: sameFirm ? null : firmName.trim(),
          owner: owner.trim(),
          stage,
          investment: num(investment),
          capacity: num(capacity),
          capacityUnit: opt(unit),
          nextStep: opt(nextStep),
          nextStepDate: opt(nextStepDate),
          notes: opt(notes),
        },
      });
      onDone(firmName.trim());
    } catch (e) {
      setError(leadError(e));
    }
  };

  return (
    <form
      className="enterprise-form lead-form"
      data-testid="lead-form"
      aria-label={T.createFor(firmName)}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="wide">
        <strong>{T.createFor(firmName)}</strong> · {T.link}：{draft.link.name}
      </p>
      <label>
        {T.firm}
        <input value={firmName} onChange={(e) => setFirmName(e.target.value)} required maxLength={100} />
      </label>
      <label>
        {T.zone}
        <select value={zone} onChange={(e) => setZone(e.target.value)} required>
          <option value="">{T.chooseZone}</option>
          {(zones.data?.zones ?? []).map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {T.owner}
        <input value={owner} onChange={(e) => setOwner(e.target.value)} required maxLength={50} />
      </label>
      <label>
        {T.stage}
        <select value={stage} onChange={(e) => setStage(e.target.value as LeadStage)}>
          {LEAD_STAGES.filter((s) => s !== SIGNED_STAGE).map((s) => (
            <option key={s} value={s}>
              {LEAD_STAGE[s].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {T.investmentField}
        <input
          type="number"
          min={0}
          step="any"
          value={investment}
          onChange={(e) => setInvestment(e.target.value)}
        />
      </label>
      <label>
        {T.capacityField}
        <input
          type="number"
          min={0}
          step="any"
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
        />
      </label>
      <label>
        {T.unitField}
        <input value={unit} onChange={(e) => setUnit(e.target.value)} maxLength={20} />
      </label>
      <label>
        {T.nextStep}
        <input value={nextStep} onChange={(e) => setNextStep(e.target.value)} maxLength={200} />
      </label>
      <label>
        {T.nextStepDate}
        <input type="date" value={nextStepDate} onChange={(e) => setNextStepDate(e.target.value)} />
      </label>
      <label className="wide">
        {T.notes}
        <input value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={1000} />
      </label>
      {error && (
        <p className="notice error wide" role="alert">
          {error}
        </p>
      )}
      <div className="wide form-actions">
        <button type="submit" className="primary">
          {T.save}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {T.cancel}
        </button>
      </div>
    </form>
  );
}
