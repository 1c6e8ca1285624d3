import type { OverviewQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { Counts, Legend } from './common.tsx';
import { DistrictMatrix } from './DistrictMatrix.tsx';

export function Overview({ data, onOpenChain }: { data: OverviewQuery; onOpenChain: (id: string) => void }) {
  // In a region scope only the chains of its districts' plans come back: industries without one are left out.
  const industries = data.industries.filter((ind) => data.chains.some((c) => c.industry.id === ind.id));
  const compared = data.chains.some((c) => c.districts.length >= 2);
  return (
    <div className="overview">
      <Legend />
      {compared && <p className="meta district-note">{zh.districts.note}</p>}
      {data.industries.length === 0 && (
        <p className="notice" data-testid="overview-empty">
          {zh.overviewEmpty}
        </p>
      )}
      <div className="industry-grid">
        {industries.map((ind) => {
          const chains = data.chains.filter((c) => c.industry.id === ind.id);
          return (
            <section key={ind.id} className="industry-card" data-testid={`industry-${ind.id}`}>
              <h2>{ind.name}</h2>
              <p className="meta">
                {zh.target2025}：{zh.output} {ind.output2025 ?? '—'} {zh.yi} · {zh.valueAdded}{' '}
                {ind.valueAdded2025 ?? '—'} {zh.yi}
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
