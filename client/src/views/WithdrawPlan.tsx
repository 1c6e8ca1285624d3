/**
 * 撤回导入 for an imported plan (docs/IMPORTS.md): the button opens a dialog that first runs the withdrawal as a dry
 * run (nothing written) and lists what would go, per kind, and what stays and why; 确认撤回 withdraws it and shows
 * the result. Shown to editors only (Query.canEdit) and for plans committed through /imports only.
 */
import { useState } from 'react';
import { isImportedPlan, WITHDRAW_KINDS, type WithdrawReport } from '../../../vocab/withdraw.ts';
import type { CanEditQuery, CanEditQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { withdrawWords as w } from '../i18n/withdraw.ts';
import { withdrawPlan } from '../import/api.ts';

/** Names shown per kind before 等 N 项. */
const SHOWN = 8;

type Step =
  | { at: 'closed' }
  | { at: 'preview' }
  | { at: 'ready'; report: WithdrawReport }
  | { at: 'working'; report: WithdrawReport }
  | { at: 'done'; report: WithdrawReport }
  | { at: 'error'; message: string };

function Names({ names }: { names: readonly string[] }) {
  const shown = names.slice(0, SHOWN).join('、');
  return <>{names.length > SHOWN ? `${shown} ${w.more(names.length)}` : shown}</>;
}

/** What goes per kind, what stays with its reasons, and the figures put back. */
export function WithdrawSummary({ report, done }: { report: WithdrawReport; done: boolean }) {
  const kinds = WITHDRAW_KINDS.filter((k) => report.removed[k].length > 0);
  return (
    <div className="withdraw-summary">
      {report.unsure.length > 0 && <Unsure report={report} />}
      <h4>{done ? w.removedDone : w.removedTitle}</h4>
      {kinds.length === 0 ? (
        <p>{w.nothing}</p>
      ) : (
        <ul data-testid="withdraw-removed">
          {kinds.map((k) => (
            <li key={k}>
              <strong>
                {w.kinds[k]} {report.removed[k].length}
              </strong>
              ：<Names names={report.removed[k]} />
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{w.counts(report.sources, report.relations)}</p>
      <h4>{w.keptTitle}</h4>
      {report.kept.length === 0 ? (
        <p>{w.nothing}</p>
      ) : (
        <ul data-testid="withdraw-kept">
          {report.kept.map((k) => (
            <li key={`${k.kind}:${k.id}`}>
              {w.kinds[k.kind]}「{k.name}」：{k.reasons.map((r) => w.reasons[r]).join('、')}
              {k.by.length > 0 && <span className="hint">（{k.by.join('、')}）</span>}
            </li>
          ))}
        </ul>
      )}
      {report.restored.length > 0 && (
        <>
          <h4>{w.restoredTitle}</h4>
          <ul data-testid="withdraw-restored">
            {report.restored.map((r) => (
              <li key={`${r.type}:${r.id}`}>
                {r.name}：{r.fields.map((f) => w.fields[f] ?? f).join('、')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A plan committed before provenance was kept: what the withdrawal cannot undo exactly, item by item, and why. */
function Unsure({ report }: { report: WithdrawReport }) {
  return (
    <div className="withdraw-unsure" role="alert" data-testid="withdraw-unsure">
      <h4>{w.unsureTitle}</h4>
      <p className="hint">{w.unsureHint}</p>
      <ul>
        {report.unsure.map((u) => (
          <li key={`${u.reason}:${u.name}`}>
            <strong>{w.unsureOutcome[u.outcome]}</strong>「{u.name}」
            {u.fields.length > 0 && `（${u.fields.map((f) => w.fields[f] ?? f).join('、')}）`}：
            {w.unsureReasons[u.reason]}
            {u.by.length > 0 && <span className="hint">（{w.unsureBy(u.by.join('、'))}）</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Props {
  plan: { id: string; title: string };
  onWithdrawn: () => void;
}

/**
 * The button and its dialog; `onWithdrawn` runs once the plan is gone (the page reloads its data). A plan no
 * import made (the seed's) shows nothing and asks nothing of the server.
 */
export function WithdrawPlan(props: Props) {
  return isImportedPlan(props.plan.id) ? <WithdrawButton {...props} /> : null;
}

function WithdrawButton({ plan, onWithdrawn }: Props) {
  const canEdit = useQuery<CanEditQuery, CanEditQueryVariables>('CanEdit', {});
  const [step, setStep] = useState<Step>({ at: 'closed' });
  if (canEdit.data?.canEdit !== true) return null;

  const open = async () => {
    setStep({ at: 'preview' });
    try {
      setStep({ at: 'ready', report: await withdrawPlan(plan.id, true) });
    } catch (err) {
      setStep({ at: 'error', message: (err as Error).message });
    }
  };
  const confirm = async (report: WithdrawReport) => {
    setStep({ at: 'working', report });
    try {
      setStep({ at: 'done', report: await withdrawPlan(plan.id, false) });
    } catch (err) {
      setStep({ at: 'error', message: (err as Error).message });
    }
  };
  const close = () => {
    const finished = step.at === 'done';
    setStep({ at: 'closed' });
    if (finished) onWithdrawn();
  };

  return (
    <>
      <button type="button" className="link withdraw-button" onClick={open}>
        {w.button}
      </button>
      {step.at !== 'closed' && (
        <div className="withdraw-backdrop">
          <div className="withdraw-dialog" role="dialog" aria-modal="true" aria-label={w.title(plan.title)}>
            <h3>{w.title(plan.title)}</h3>
            {step.at === 'preview' && <p>{w.previewing}</p>}
            {step.at === 'error' && <p className="error">{step.message}</p>}
            {(step.at === 'ready' || step.at === 'working') && (
              <>
                <p className="hint">{w.intro}</p>
                <WithdrawSummary report={step.report} done={false} />
              </>
            )}
            {step.at === 'done' && (
              <>
                <p role="status">{w.done(plan.title)}</p>
                <WithdrawSummary report={step.report} done />
              </>
            )}
            <div className="withdraw-actions">
              {(step.at === 'ready' || step.at === 'working') && (
                <button
                  type="button"
                  className="danger"
                  disabled={step.at === 'working'}
                  onClick={() => confirm(step.report)}
                >
                  {step.at === 'working' ? w.working : w.confirm}
                </button>
              )}
              <button type="button" onClick={close} disabled={step.at === 'working'}>
                {step.at === 'done' || step.at === 'error' ? w.close : w.cancel}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
