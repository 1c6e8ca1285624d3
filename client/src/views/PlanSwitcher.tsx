import type { PlansQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { type PlanItem, planLabel, viewedPlan } from './plans.ts';

/**
 * The header's plan switcher: every plan of the graph's districts (grouped by district when there are several),
 * the current one chosen by default; picking an earlier plan shows the explorer as that plan states it.
 */
export function PlanSwitcher({
  plans,
  plan,
  onPick,
  onCompare,
}: {
  plans: PlansQuery['plans'];
  plan: string | null;
  onPick: (plan: string | null) => void;
  onCompare: () => void;
}) {
  const districts = [...new Set(plans.map((p) => p.district.name))];
  // One plan per district: nothing to switch between.
  if (plans.length <= districts.length) return null;
  const viewed = viewedPlan(plans, plan);
  const option = (p: PlanItem) => (
    <option key={p.id} value={p.id}>
      {planLabel(p)}
    </option>
  );
  return (
    <div className="plan-switcher">
      <label className="scope-select">
        <span className="scope-label">{zh.plans.label}</span>
        <select
          value={viewed?.id ?? ''}
          data-testid="plan-select"
          aria-label={zh.plans.label}
          onChange={(e) => {
            const picked = plans.find((p) => p.id === e.target.value);
            onPick(picked && !picked.current ? picked.id : null);
          }}
        >
          {districts.length > 1
            ? districts.map((d) => (
                <optgroup key={d} label={d}>
                  {plans.filter((p) => p.district.name === d).map(option)}
                </optgroup>
              ))
            : plans.map(option)}
        </select>
      </label>
      <button type="button" className="plan-compare" data-testid="plan-compare" onClick={onCompare}>
        {zh.plans.compare}
      </button>
    </div>
  );
}

/** Above the overview while an earlier plan is shown: which plan, and the way back to the current one. */
export function EarlierPlanNotice({ plan, onBack }: { plan: PlanItem | null; onBack: () => void }) {
  if (!plan || plan.current) return null;
  return (
    <p className="notice plan-notice" data-testid="earlier-plan">
      {zh.plans.viewingEarlier(plan.title, zh.plans.period(plan.periodStart, plan.periodEnd))}
      <button type="button" className="link-button" onClick={onBack}>
        {zh.plans.backToCurrent}
      </button>
    </p>
  );
}
