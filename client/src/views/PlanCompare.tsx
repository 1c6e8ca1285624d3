import { useEffect, useState } from 'react';
import { REGION_KINDS } from '../../../vocab/region.ts';
import type { PlanComparisonQuery, PlanComparisonQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { ZoneFinder } from '../shell/ZoneFinder.tsx';
import { ErrorNotice, Loading, Section, StatusBadge } from './common.tsx';
import { comparisonPair, districtPlans, type PlanItem, planLabel } from './plans.ts';
import { useComparedPlans } from './useComparedPlans.ts';

type Comparison = PlanComparisonQuery['planComparison'];

function PlanPicker({
  label,
  plans,
  value,
  onPick,
  testId,
}: {
  label: string;
  plans: readonly PlanItem[];
  value: string;
  onPick: (id: string) => void;
  testId: string;
}) {
  return (
    <label className="scope-select">
      <span className="scope-label">{label}</span>
      <select value={value} onChange={(e) => onPick(e.target.value)} data-testid={testId} aria-label={label}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {planLabel(p)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Names({ items, testId }: { items: string[]; testId: string }) {
  if (items.length === 0) return <p className="meta">{zh.plans.none}</p>;
  return (
    <ul className="compare-list" data-testid={testId}>
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

function Changes({ c, onOpenChain }: { c: Comparison; onOpenChain: (id: string) => void }) {
  return (
    <div className="compare" data-testid="plan-comparison">
      <Section title={`${zh.plans.chainsAdded}（${c.chainsAdded.length}）`}>
        <ul className="compare-list" data-testid="chains-added">
          {c.chainsAdded.map((x) => (
            <li key={x.id}>
              <button type="button" className="link-button" onClick={() => onOpenChain(x.id)}>
                {x.name}
              </button>
            </li>
          ))}
        </ul>
        {c.chainsAdded.length === 0 && <p className="meta">{zh.plans.none}</p>}
      </Section>
      <Section title={`${zh.plans.linksAdded}（${c.linksAdded.length}）`}>
        <Names items={c.linksAdded.map((l) => `${l.chain}：${l.product.name}`)} testId="links-added" />
      </Section>
      <Section title={`${zh.plans.linksDropped}（${c.linksDropped.length}）`}>
        <Names items={c.linksDropped.map((l) => `${l.chain}：${l.product.name}`)} testId="links-dropped" />
      </Section>
      <Section title={`${zh.plans.targetsChanged}（${c.targetsChanged.length}）`}>
        <Names
          items={c.targetsChanged.map(
            (t) =>
              `${t.owner.name} ${zh.plans.metric[t.metric]}：${zh.plans.yearValue(t.from ?? null)} → ${zh.plans.yearValue(t.to ?? null)}`,
          )}
          testId="targets-changed"
        />
      </Section>
      <Section title={`${zh.plans.gapsClosed}（${c.gapsClosed.length}）`}>
        <ul className="compare-list" data-testid="gaps-closed">
          {c.gapsClosed.map((g) => (
            <li key={g.product.id}>
              {g.chain}：<strong>{g.product.name}</strong> <StatusBadge status={g.before} /> →{' '}
              <StatusBadge status={g.now} />{' '}
              <span className="meta">{zh.plans.gapClosedBy(g.newFacts.join('、'))}</span>
            </li>
          ))}
        </ul>
        {c.gapsClosed.length === 0 && <p className="meta">{zh.plans.none}</p>}
      </Section>
      <Section title={`${zh.plans.chainsDropped}（${c.chainsDropped.length}）`}>
        <Names items={c.chainsDropped.map((x) => x.name)} testId="chains-dropped" />
      </Section>
      <Section title={`${zh.plans.chainsNotRestated}（${c.chainsNotRestated.length}）`}>
        <details>
          <summary>{zh.plans.showList}</summary>
          <Names items={c.chainsNotRestated.map((x) => x.name)} testId="chains-not-restated" />
        </details>
      </Section>
    </div>
  );
}

/**
 * 规划对比: what changed from an earlier plan of a district to a later one (the current one by default). The
 * district is the scope's, or that of the URL's plans, or — opened from a province or the whole country — the one
 * the reader picks here (a region search: 区县, or a 市/省 owning a plan of its own; useComparedPlans).
 */
export function PlanCompare({
  plans: scopePlans,
  from,
  to,
  onPick,
  onOpenChain,
}: {
  plans: readonly PlanItem[];
  from: string | null;
  to: string | null;
  /** `replace`: the URL follows the page (a district picked) rather than the reader going somewhere. */
  onPick: (from: string | null, to: string | null, replace?: boolean) => void;
  onOpenChain: (id: string) => void;
}) {
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const { plans, district, loading } = useComparedPlans(scopePlans, from, to, picked?.id ?? null);
  const pair = comparisonPair(plans, from, to);
  const result = useQuery<PlanComparisonQuery, PlanComparisonQueryVariables>(
    'PlanComparison',
    pair ? { from: pair.from.id, to: pair.to.id } : null,
  );
  // A district picked here: its pair goes into the URL (a reload or a shared link shows the same comparison).
  const shown = picked && pair && !from ? pair : null;
  useEffect(() => {
    if (shown) onPick(shown.from.id, shown.to.id, true);
  }, [shown, onPick]);
  // Another district than the scope's (or none in view): the page says which, and can change it. With nothing to
  // compare in the district shown, the page offers another one too (its notice says so).
  const elsewhere = scopePlans.length === 0 || district?.id !== scopePlans[0]?.district.id;
  const finder = (
    <div className="compare-district" data-testid="compare-district">
      <span className="meta">{district ? zh.plans.districtShown(district.name) : zh.plans.pickDistrict}</span>
      <ZoneFinder
        label={zh.plans.district}
        placeholder={zh.plans.districtHint}
        kinds={REGION_KINDS}
        testId="compare-district"
        onPick={(z) => {
          setPicked({ id: z.id, name: z.name });
          onPick(null, null, true);
        }}
      />
    </div>
  );
  const choose = elsewhere && finder;
  if (loading) return <Loading />;
  if (!pair)
    return (
      <div className="plan-compare-page">
        <h2>
          {zh.nav.compare}
          {district ? ` · ${district.name}` : ''}
        </h2>
        {finder}
        {district && (
          <p className="notice" data-testid="compare-need-two">
            {zh.plans.needTwoIn(district.name)}
          </p>
        )}
        {!district && picked && !from && !to && (
          <p className="notice" data-testid="compare-no-plan">
            {zh.plans.noPlanIn(picked.name)}
          </p>
        )}
      </div>
    );
  const mine = districtPlans(plans, pair.to);
  return (
    <div className="plan-compare-page">
      <h2>
        {zh.nav.compare} · {pair.to.district.name}
      </h2>
      {choose}
      <div className="compare-pickers">
        <PlanPicker
          label={zh.plans.from}
          plans={mine}
          value={pair.from.id}
          onPick={(id) => onPick(id, pair.to.id)}
          testId="compare-from"
        />
        <PlanPicker
          label={zh.plans.to}
          plans={mine}
          value={pair.to.id}
          onPick={(id) => onPick(pair.from.id, id)}
          testId="compare-to"
        />
      </div>
      {result.state === 'error' && <ErrorNotice error={result.error} />}
      {result.data ? <Changes c={result.data.planComparison} onOpenChain={onOpenChain} /> : <Loading />}
    </div>
  );
}
