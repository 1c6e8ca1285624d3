import type { PlanComparisonQuery, PlanComparisonQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { ErrorNotice, Loading, Section, StatusBadge } from './common.tsx';
import { comparisonPair, districtPlans, type PlanItem, planLabel } from './plans.ts';

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

/** 规划对比: what changed from an earlier plan of a district to a later one (the current one by default). */
export function PlanCompare({
  plans,
  from,
  to,
  onPick,
  onOpenChain,
}: {
  plans: readonly PlanItem[];
  from: string | null;
  to: string | null;
  onPick: (from: string, to: string) => void;
  onOpenChain: (id: string) => void;
}) {
  const pair = comparisonPair(plans, from, to);
  const result = useQuery<PlanComparisonQuery, PlanComparisonQueryVariables>(
    'PlanComparison',
    pair ? { from: pair.from.id, to: pair.to.id } : null,
  );
  if (!pair) return <p className="notice">{zh.plans.needTwo}</p>;
  const mine = districtPlans(plans, pair.to);
  return (
    <div className="plan-compare-page">
      <h2>
        {zh.nav.compare} · {pair.to.district.name}
      </h2>
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
