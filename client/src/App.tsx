import type { OverviewQuery, OverviewQueryVariables } from './api/types.generated.ts';
import { useQuery } from './api/useQuery.ts';
import { zh } from './i18n/zh.ts';
import { useUrlState } from './state/useUrlState.ts';
import { ChainView } from './views/ChainView.tsx';
import { ErrorNotice, Loading } from './views/common.tsx';
import { Overview } from './views/Overview.tsx';

export function App() {
  const [url, navigate] = useUrlState();
  const overview = useQuery<OverviewQuery, OverviewQueryVariables>('Overview', { zone: url.zone });
  const zones = overview.data?.zones ?? [];

  return (
    <div className="app">
      <header className="app-header">
        <button
          type="button"
          className="brand"
          onClick={() => navigate({ view: 'overview', chain: null, focus: null })}
        >
          <strong>{zh.appTitle}</strong>
          <small>{zh.appSubtitle}</small>
        </button>
        <label className="scope-select">
          {zh.scope}
          <select
            value={url.zone ?? ''}
            onChange={(e) => navigate({ zone: e.target.value || null })}
            data-testid="zone-select"
          >
            <option value="">{zh.district}</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.parent ? '\u3000' : ''}
                {z.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="app-main">
        {url.view === 'chain' && url.chain ? (
          <ChainView
            chainId={url.chain}
            zone={url.zone}
            focus={url.focus}
            onFocus={(id) => navigate({ focus: id }, true)}
          />
        ) : overview.state === 'error' ? (
          <ErrorNotice error={overview.error} onRetry={() => window.location.reload()} />
        ) : overview.data ? (
          <Overview
            data={overview.data}
            onOpenChain={(id) => navigate({ view: 'chain', chain: id, focus: null })}
          />
        ) : (
          <Loading />
        )}
      </main>
    </div>
  );
}
