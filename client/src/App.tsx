import { lazy, Suspense, useEffect, useState } from 'react';
import { useGraphEpoch } from './api/graphEpoch.ts';
import { useSideQueriesReleased } from './api/sideQueries.ts';
import type {
  OverviewQuery,
  OverviewQueryVariables,
  PlansQuery,
  PlansQueryVariables,
} from './api/types.generated.ts';
import { useQuery } from './api/useQuery.ts';
import { zh } from './i18n/zh.ts';
import { Icon } from './shell/icons.tsx';
import { ScopePicker } from './shell/ScopePicker.tsx';
import { ShareButton } from './shell/ShareButton.tsx';
import { useScopeTree } from './shell/useScopeTree.ts';
import { scopePatch } from './state/url.ts';
import { useUrlState } from './state/useUrlState.ts';
import { ChainView } from './views/ChainView.tsx';
import { ErrorNotice, Loading } from './views/common.tsx';
import { Onboarding } from './views/Onboarding.tsx';
import { Overview } from './views/Overview.tsx';
import { EarlierPlanNotice, PlanSwitcher } from './views/PlanSwitcher.tsx';
import { heldPlans, planTarget, strayPlan, viewedPlan } from './views/plans.ts';
import { type Hit, SearchBox } from './views/SearchBox.tsx';
import { TokenButton } from './views/TokenButton.tsx';
import { UpstreamView } from './views/UpstreamView.tsx';
import { ZoneList, ZoneView } from './views/ZoneView.tsx';

// Pages a first visit rarely needs load on demand, keeping them out of the initial JavaScript.
const BriefingView = lazy(() =>
  import('./briefing/BriefingView.tsx').then((m) => ({ default: m.BriefingView })),
);
const PlanCompare = lazy(() => import('./views/PlanCompare.tsx').then((m) => ({ default: m.PlanCompare })));
const ImportView = lazy(() => import('./import/ImportView.tsx').then((m) => ({ default: m.ImportView })));
const PipelineBoard = lazy(() =>
  import('./pipeline/PipelineBoard.tsx').then((m) => ({ default: m.PipelineBoard })),
);

/** The view the URL asks for (the overview when it names nothing that can be shown). */
function page(url: ReturnType<typeof useUrlState>[0]) {
  if (url.view === 'chain' && url.chain) return 'chain';
  if (url.view === 'upstream' && url.focus) return 'upstream';
  if (url.view === 'zone') return 'zone';
  if (url.view === 'briefing' && url.chain) return 'briefing';
  if (url.view === 'import') return 'import';
  if (url.view === 'pipeline') return 'pipeline';
  if (url.view === 'compare') return 'compare';
  return 'overview';
}

export function App() {
  const [url, navigate] = useUrlState();
  // The phone header's two states: the menu of views (with the token button) open, or the search over the header.
  const [menuOpen, setMenuOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  const go = (next: Parameters<typeof navigate>[0]) => {
    setMenuOpen(false);
    navigate(next);
  };
  const shown = page(url);
  // A chain page opened from its address draws its map first; the header's lists follow (api/sideQueries.ts).
  const sideReleased = useSideQueriesReleased();
  // Plans have periods: the viewed scope's district's plans for the switcher (the current one by default) and
  // the targets they give its industries (issue #20: that district's only, not every district's).
  // An import in this tab may add a district or a plan: the header's answers are asked for again (graphEpoch.ts).
  const epoch = useGraphEpoch();
  const plansQuery = useQuery<PlansQuery, PlansQueryVariables>(
    'Plans',
    sideReleased ? { zone: url.zone } : null,
    epoch,
  );
  const district = plansQuery.data?.scope.district ?? null;
  const plans = district?.plans ?? [];
  // The answer of the scope in view (not the previous scope's, still held while the new one loads).
  const answered =
    plansQuery.state === 'ok' && (plansQuery.data.scope.zone?.id ?? null) === url.zone
      ? { zone: url.zone, plans }
      : null;
  // A plan left in the URL from another district (moved scope): ignored, and dropped from the URL.
  const stray = strayPlan(url.plan, url.zone, answered, shown === 'compare');
  useEffect(() => {
    if (stray) navigate({ plan: null }, true);
  }, [stray, navigate]);
  // Only the overview needs every chain's counts; other pages need just the zones for the scope selector. With a
  // plan in the URL it waits for the plans answer, which says whether that plan is one of the district in view.
  const overviewPlan = stray ? null : url.plan;
  const overview = useQuery<OverviewQuery, OverviewQueryVariables>(
    'Overview',
    shown === 'overview' && (!url.plan || answered || plansQuery.state === 'error')
      ? { zone: url.zone, ...(overviewPlan ? { plan: overviewPlan } : {}) }
      : null,
    epoch,
  );
  // The overview of the scope in view: the previous scope's, held while the new one loads, showed its chains for
  // seconds under the new scope's name (found walking 中方县, docs/WALKS.md).
  const overviewData =
    overview.data && (overview.data.inView.zone?.id ?? null) === url.zone ? overview.data : null;
  const viewed = viewedPlan(plans, url.plan, district?.id ?? null);
  const targetOf = (industry: string) => planTarget(industry, plans, url.plan, district?.id ?? null);
  // The scope selector's tree, loaded as it is shown (the way to the current zone, children on expand).
  const tree = useScopeTree(url.zone, sideReleased);
  // The whole graph's name: its district (綦江区), or 全部地区 when it holds several.
  const everywhere = tree.everywhere || overview.data?.scope.label || '';
  // Under the title: the district in view (綦江区 for 北渡组团), the region in view above districts, else the graph's.
  const subtitle = district?.name ?? (url.zone ? tree.path.at(-1)?.name : undefined) ?? everywhere;

  const openChain = (chain: string, focus: string | null = null) => navigate({ view: 'chain', chain, focus });
  const openZone = (zone: string) => navigate({ view: 'zone', zone, focus: null });
  const openUpstream = (product: string) => navigate({ view: 'upstream', focus: product });
  const onPick = (h: Hit) => {
    if (h.kind === 'CHAIN') openChain(h.id);
    else if (h.kind === 'PRODUCT') h.chain ? openChain(h.chain, h.id) : openUpstream(h.id);
    else if (h.kind === 'ZONE') openZone(h.id);
    else if (h.zone) openZone(h.zone);
    else if (h.chain) openChain(h.chain);
  };

  let body: React.ReactNode;
  if (shown === 'chain' && url.chain) {
    body = (
      <ChainView
        chainId={url.chain}
        zone={url.zone}
        focus={url.focus}
        onFocus={(id) => navigate({ focus: id }, true)}
        onOpenChain={openChain}
        onUpstream={openUpstream}
        onBriefing={() => navigate({ view: 'briefing', focus: null })}
        targetOf={plansQuery.data || plansQuery.state === 'error' ? targetOf : undefined}
      />
    );
  } else if (shown === 'upstream' && url.focus) {
    body = (
      <UpstreamView
        productId={url.focus}
        chainId={url.chain}
        zone={url.zone}
        onFocus={(id) => navigate({ focus: id })}
      />
    );
  } else if (shown === 'zone') {
    body = url.zone ? (
      <ZoneView
        zoneId={url.zone}
        onOpenZone={openZone}
        onOpenChain={(id, focus) => openChain(id, focus)}
        heldBy={heldPlans(url.zone, answered, district, plans)}
        onAllZones={() => navigate({ view: 'zone', zone: null, focus: null })}
      />
    ) : (
      <ZoneList onOpenZone={openZone} />
    );
  } else if (shown === 'briefing' && url.chain) {
    body = <BriefingView chainId={url.chain} zone={url.zone} />;
  } else if (shown === 'pipeline') {
    body = (
      <PipelineBoard
        zone={url.zone}
        scopeLabel={tree.path.at(-1)?.name ?? everywhere}
        onImport={() => navigate({ view: 'import', focus: null })}
      />
    );
  } else if (shown === 'import') {
    body = (
      <ImportView
        onOpenChain={(id, district) =>
          navigate({ view: 'chain', chain: id, focus: null, zone: district ?? url.zone })
        }
      />
    );
  } else if (shown === 'compare') {
    body = (
      <PlanCompare
        // A district picked on the page belongs to the scope it was picked in: a new scope starts afresh.
        key={url.zone ?? ''}
        plans={plans}
        from={url.plan}
        to={url.to}
        onPick={(from, to, replace) => navigate({ plan: from, to }, replace)}
        onOpenChain={(id) => navigate({ view: 'chain', chain: id, focus: null, plan: null, to: null })}
      />
    );
  } else if (overview.state === 'error') {
    body = <ErrorNotice error={overview.error} onRetry={() => window.location.reload()} />;
  } else if (
    overviewData &&
    overviewData.industries.length === 0 &&
    overviewData.zoneChildren.length === 0 &&
    url.zone === null
  ) {
    body = <Onboarding onStart={() => go({ view: 'import', chain: null, focus: null })} />;
  } else if (overviewData && (plansQuery.data || plansQuery.state === 'error')) {
    // The industries' targets come from the plans query: the overview waits for it rather than showing
    // 规划未载明 for a target that is on its way (or the 2025 one of another plan).
    body = (
      <>
        <EarlierPlanNotice plan={viewed} onBack={() => navigate({ plan: null })} />
        <Overview
          data={overviewData}
          onOpenChain={(id) => openChain(id)}
          onImport={() => go({ view: 'import', chain: null, focus: null })}
          onOpenZones={() => navigate({ view: 'zone', focus: null })}
          targetOf={targetOf}
        />
      </>
    );
  } else {
    body = <Loading />;
  }

  return (
    <div className="app">
      <header className={`app-header${menuOpen ? ' menu-open' : ''}${searching ? ' searching' : ''}`}>
        <button
          type="button"
          className="header-icon menu-toggle"
          aria-label={zh.shell.menu}
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((o) => !o)}
        >
          <Icon name="menu" />
        </button>
        <button
          type="button"
          className="brand"
          onClick={() => go({ view: 'overview', chain: null, focus: null })}
        >
          <strong>{zh.appTitle}</strong>
          <small>{zh.appSubtitle(subtitle)}</small>
        </button>
        <nav className="nav">
          <button
            type="button"
            aria-current={url.view === 'overview'}
            onClick={() => go({ view: 'overview', chain: null, focus: null })}
          >
            {zh.nav.overview}
          </button>
          <button
            type="button"
            aria-current={url.view === 'zone'}
            onClick={() => go({ view: 'zone', focus: null })}
          >
            {zh.nav.zones}
          </button>
          <button
            type="button"
            aria-current={url.view === 'pipeline'}
            onClick={() => go({ view: 'pipeline', focus: null })}
          >
            {zh.nav.pipeline}
          </button>
          <button
            type="button"
            aria-current={url.view === 'import'}
            onClick={() => go({ view: 'import', focus: null })}
          >
            {zh.nav.import}
          </button>
        </nav>
        <button
          type="button"
          className="header-icon search-toggle"
          aria-label={zh.shell.openSearch}
          onClick={() => {
            setSearching(true);
            setMenuOpen(false);
          }}
        >
          <Icon name="search" />
        </button>
        <SearchBox
          onPick={(h) => {
            setSearching(false);
            onPick(h);
          }}
          open={searching}
          onClose={() => setSearching(false)}
        />
        <TokenButton />
        <ScopePicker tree={tree} current={url.zone} onPick={(zone) => navigate(scopePatch(url.view, zone))} />
        <PlanSwitcher
          plans={plans}
          district={district?.id ?? null}
          plan={url.plan}
          onPick={(plan) => go({ view: 'overview', chain: null, focus: null, plan, to: null })}
          onCompare={() => go({ view: 'compare', chain: null, focus: null, to: null })}
        />
        <ShareButton />
      </header>
      <main className="app-main">
        <Suspense fallback={<Loading />}>{body}</Suspense>
      </main>
    </div>
  );
}
