import { type InputHTMLAttributes, useState } from 'react';
import { LEAD_STAGE, LEAD_STAGES, type LeadStage, SIGNED_STAGE } from '../../../vocab/lead.ts';
import { gql } from '../api/client.ts';
import type { CreateLeadMutation, CreateLeadMutationVariables } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { LeadZoneField } from './LeadZoneField.tsx';

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

/** A labelled text input of the form: the label wraps the input, so the label names it for screen readers. */
function Field({
  label,
  value,
  onChange,
  className,
  ...input
}: { label: string; value: string; onChange: (v: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
>) {
  return (
    <label className={className}>
      {label}
      <input {...input} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

const num = (v: string) => (v.trim() === '' ? null : Number(v));
const opt = (v: string) => (v.trim() === '' ? null : v.trim());

/**
 * Opens a lead (招商线索) on a gap: prefilled from the candidate it starts from; the officer adds the owner, the
 * zone (the scope's by default; the district in view's zones are offered, others found by search), the expected investment and capacity, the next step and its date. Needs an
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
  const [zone, setZone] = useState(draft.zone ?? '');
  const [stage, setStage] = useState<LeadStage>('CLUE');
  const [f, setF] = useState({
    firmName: draft.firm?.name ?? draft.firmName,
    owner: '',
    investment: '',
    capacity: '',
    unit: '',
    nextStep: '',
    nextStepDate: '',
    notes: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const { firmName } = f;
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
          owner: f.owner.trim(),
          stage,
          investment: num(f.investment),
          capacity: num(f.capacity),
          capacityUnit: opt(f.unit),
          nextStep: opt(f.nextStep),
          nextStepDate: opt(f.nextStepDate),
          notes: opt(f.notes),
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
      <Field label={T.firm} value={firmName} onChange={set('firmName')} required maxLength={100} />
      <LeadZoneField scope={draft.zone} value={zone} onChange={setZone} />
      <Field label={T.owner} value={f.owner} onChange={set('owner')} required maxLength={50} />
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
      {(['investment', 'capacity'] as const).map((k) => (
        <Field
          key={k}
          label={k === 'investment' ? T.investmentField : T.capacityField}
          type="number"
          min={0}
          step="any"
          value={f[k]}
          onChange={set(k)}
        />
      ))}
      <Field label={T.unitField} value={f.unit} onChange={set('unit')} maxLength={20} />
      <Field label={T.nextStep} value={f.nextStep} onChange={set('nextStep')} maxLength={200} />
      <Field label={T.nextStepDate} type="date" value={f.nextStepDate} onChange={set('nextStepDate')} />
      <Field className="wide" label={T.notes} value={f.notes} onChange={set('notes')} maxLength={1000} />
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
