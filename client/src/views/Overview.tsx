import type { OverviewQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { Counts, Legend } from './common.tsx';
import { DistrictMatrix } from './DistrictMatrix.tsx';
import { defaultTarget, industryDistricts, targetFigures, type YearTarget } from './industryCard.ts';

export function Overview({
  data,
  onOpenChain,
  onImport,
  onOpenZones,
  targetOf = () => null,
}: {
  data: OverviewQuery;
  onOpenChain: (id: string) => void;
  /** The empty scope's ways on: import a plan, see its zones and enterprises. */
  onImport?: () => void;
  onOpenZones?: () => void;
  /** The industry's target in the plan viewed (its year: 2030 of 十五五); null: the 2025 target. */
  targetOf?: (industry: string) => YearTarget | null;
}) {
  // Only industries with a chain in the answer: in a region scope only the chains of its districts' plans come
  // back, and with several plans only the viewed plan's.
  const industries = data.industries.filter((ind) => data.chains.some((c) => c.industry.id === ind.id));
  const compared = data.chains.some((c) => c.districts.length >= 2);
  return (
    <div className="overview">
      <Legend />
      {compared && <p className="meta district-note">{zh.districts.note}</p>}
      {/* No chain in the scope: a district imported from a plan that writes none (an imported county), or an
          empty graph — not the legend alone over a blank page. */}
      {industries.length === 0 && (
        <div className="notice" data-testid="overview-empty">
          <p>{zh.overviewEmpty}</p>
          <p className="notice-actions">
            {onImport && (
              <button type="button" className="primary" onClick={onImport}>
                {zh.overviewImport}
              </button>
            )}{' '}
            {onOpenZones && (
              <button type="button" onClick={onOpenZones}>
                {zh.overviewZones}
              </button>
            )}
          </p>
        </div>
      )}
      <div className="industry-grid">
        {industries.map((ind) => {
          const chains = data.chains.filter((c) => c.industry.id === ind.id);
          const target = targetOf(ind.id) ?? defaultTarget(ind);
          const districts = compared ? industryDistricts(ind.id, chains) : [];
          // An industry its plan gives no figure for (秀山's 医药: “达到百亿级规模”) says so, not “2025 年目标 —”.
          const figures = targetFigures(target.output, target.valueAdded);
          return (
            <section key={ind.id} className="industry-card" data-testid={`industry-${ind.id}`}>
              <h2>
                {ind.name}
                {districts.length > 0 && <span className="muted small"> · {districts.join('、')}</span>}
              </h2>
              <p className="meta">
                {figures ? `${zh.plans.target(target.year)}：${figures}` : zh.plans.noTarget}
              </p>
              <ul className="chain-list">
                {chains.map((c) => (
                  <li key={c.id}>
                    <button type="button" onClick={() => onOpenChain(c.id)} title={c.expression}>
                      <span className="chain-name">{c.name}</span>
                      <Counts counts={c.counts} />
                    </button>
                    {c.districts.length >= 2 && <DistrictMatrix districts={c.districts} />}
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
