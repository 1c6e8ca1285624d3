import { zh } from '../i18n/zh.ts';
import { type PlanItem, planLabel, viewedPlan } from './plans.ts';

/**
 * The header's plan switcher: the plans of the viewed scope's district (Scope.district: the district of the zone
 * in view, or the graph's one district), the current one chosen by default; picking an earlier plan shows the
 * explorer as that plan states it. Hidden when the district holds one plan, or when no district is in view (a
 * province or the country with several).
 */
export function PlanSwitcher({
  plans,
  district,
  plan,
  onPick,
  onCompare,
}: {
  plans: readonly PlanItem[];
  district: string | null;
  plan: string | null;
  onPick: (plan: string | null) => void;
  onCompare: () => void;
}) {
  const mine = plans.filter((p) => p.district.id === district);
  // One plan: nothing to switch between.
  if (mine.length < 2) return null;
  const viewed = viewedPlan(mine, plan, district);
  return (
    <div className="plan-switcher">
      <label className="scope-select">
        <span className="scope-label">{zh.plans.label}</span>
        <select
          value={viewed?.id ?? ''}
          data-testid="plan-select"
          aria-label={zh.plans.label}
          onChange={(e) => {
            const picked = mine.find((p) => p.id === e.target.value);
            onPick(picked && !picked.current ? picked.id : null);
          }}
        >
          {mine.map((p) => (
            <option key={p.id} value={p.id}>
              {planLabel(p)}
            </option>
          ))}
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
