import type { OverviewQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { Counts, Legend } from './common.tsx';

type YearTarget = { year: number; output?: number | null; valueAdded?: number | null };

export function Overview({
  data,
  onOpenChain,
  targetOf = () => null,
  hideEmpty = false,
}: {
  data: OverviewQuery;
  onOpenChain: (id: string) => void;
  /** The industry's target in the plan viewed (its year: 2030 of 十五五); null: the 2025 target. */
  targetOf?: (industry: string) => YearTarget | null;
  /** With several plans, an industry the viewed plan states no chain of is left out. */
  hideEmpty?: boolean;
}) {
  const industries = hideEmpty
    ? data.industries.filter((i) => data.chains.some((c) => c.industry.id === i.id))
    : data.industries;
  return (
    <div className="overview">
      <Legend />
      {data.industries.length === 0 && (
        <p className="notice" data-testid="overview-empty">
          {zh.overviewEmpty}
        </p>
      )}
      <div className="industry-grid">
        {industries.map((ind) => {
          const chains = data.chains.filter((c) => c.industry.id === ind.id);
          const t = targetOf(ind.id);
          const target = t ?? { year: 2025, output: ind.output2025, valueAdded: ind.valueAdded2025 };
          return (
            <section key={ind.id} className="industry-card" data-testid={`industry-${ind.id}`}>
              <h2>{ind.name}</h2>
              <p className="meta">
                {zh.plans.target(target.year)}：{zh.output} {target.output ?? '—'} {zh.yi} · {zh.valueAdded}{' '}
                {target.valueAdded ?? '—'} {zh.yi}
              </p>
              <ul className="chain-list">
                {chains.map((c) => (
                  <li key={c.id}>
                    <button type="button" onClick={() => onOpenChain(c.id)} title={c.expression}>
                      <span className="chain-name">{c.name}</span>
                      <Counts counts={c.counts} />
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
