import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GapSort } from '../../../vocab/priority.ts';
import { sideQueries, useSideQueriesReleased } from '../api/sideQueries.ts';
import type {
  AllChainsQuery,
  AllChainsQueryVariables,
  ChainGapsQuery,
  ChainGapsQueryVariables,
  ChainPipelineQuery,
  ChainPipelineQueryVariables,
  ChainViewQuery,
  ChainViewQueryVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { ChainMap } from '../map/ChainMap.tsx';
import { withNeighbours } from '../map/elements.ts';
import { exportPng, exportSvg } from '../map/exportImage.ts';
import { leadLine } from '../pipeline/board.ts';
import { HealthChart } from '../pipeline/HealthChart.tsx';
import { Sheet } from '../shell/Sheet.tsx';
import { parseUrl } from '../state/url.ts';
import { Counts, ErrorNotice, Legend, Loading, Section } from './common.tsx';
import { Freshness } from './Freshness.tsx';
import { type GapSummary, GapSummaryList } from './GapSummaryList.tsx';
import { SortToggle } from './gaps.tsx';

/** The chain's gaps, by priority (default) or in chain order: fetched apart from the map, when shown. */
function ChainGaps({
  chainId,
  zone,
  onFocus,
}: {
  chainId: string;
  zone: string | null;
  onFocus: (id: string) => void;
}) {
  const [sort, setSort] = useState<GapSort>('PRIORITY');
  const released = useSideQueriesReleased();
  const q = useQuery<ChainGapsQuery, ChainGapsQueryVariables>(
    'ChainGaps',
    released ? { id: chainId, zone } : null,
  );
  const links = q.data?.chain.id === chainId ? q.data.chain.links : null;
  if (!links) return null;
  const gaps: GapSummary[] = links.flatMap((l) =>
    l.priority && l.gapKind
      ? [
          {
            key: l.product.id,
            productId: l.product.id,
            name: l.product.name,
            where: zh.gaps.stage(l.stage),
            status: l.status,
            gapKind: l.gapKind,
            breaksChain: l.breaksChain,
            priority: l.priority,
          },
        ]
      : [],
  );
  if (sort === 'PRIORITY') gaps.sort((a, b) => b.priority.score - a.priority.score);
  return (
    <Section title={zh.gaps.chainGaps(gaps.length)}>
      <SortToggle value={sort} onChange={setSort} other={zh.gaps.byChain} />
      <GapSummaryList gaps={gaps} onOpen={(g) => onFocus(g.productId)} />
    </Section>
  );
}

import { Inspector } from './Inspector.tsx';

export interface ChainViewProps {
  chainId: string;
  zone: string | null;
  focus: string | null;
  onFocus: (id: string | null) => void;
  onOpenChain: (chainId: string, focus: string | null) => void;
  onUpstream: (productId: string) => void;
  onBriefing: () => void;
  /**
   * The industry's target in the plan viewed (its year: 2026 of 秀山's plan, 2030 of 十五五); null: the 2025 target.
   * Undefined while the plans are loading: the target is then left out rather than shown as 未载明.
   */
  targetOf?: ((industry: string) => { year: number; output: number | null } | null) | undefined;
}

/** The industry's output target of the plan viewed, with its year; says so when the plan gives no figure. */
function IndustryTarget({
  target,
  fallback,
}: {
  target: { year: number; output: number | null } | null;
  fallback: number | null;
}) {
  const t = target ?? { year: 2025, output: fallback };
  if (t.output === null) return <span data-testid="industry-target">{zh.plans.noTarget}</span>;
  return (
    <span data-testid="industry-target">
      {zh.plans.target(t.year)}：{zh.output} {t.output} {zh.yi}
    </span>
  );
}

export function ChainView({
  chainId,
  zone,
  focus,
  onFocus,
  onOpenChain,
  onUpstream,
  onBriefing,
  targetOf,
}: ChainViewProps) {
  const q = useQuery<ChainViewQuery, ChainViewQueryVariables>('ChainView', { id: chainId, zone });
  const [expanded, setExpanded] = useState<string[]>([]);
  const all = useQuery<AllChainsQuery, AllChainsQueryVariables>(
    'AllChains',
    expanded.length ? { zone } : null,
  );
  const cyRef = useRef<Core | null>(null);
  const onReady = useCallback((cy: Core) => {
    cyRef.current = cy;
  }, []);
  const [find, setFind] = useState('');

  // Leads per link (a second line on the map's nodes) and the health chart: apart from the map's own query, and
  // after its first frame (api/sideQueries.ts); the lead lines are then written into the map as it stands.
  const released = useSideQueriesReleased();
  const pipeline = useQuery<ChainPipelineQuery, ChainPipelineQueryVariables>(
    'ChainPipeline',
    released ? { id: chainId, zone, months: 12 } : null,
  );
  const chain = q.data?.chain.id === chainId ? q.data.chain : null;
  const piped = pipeline.data?.chain.id === chainId ? pipeline.data.chain : null;
  const neighbours = useMemo(
    () => (all.data?.chains ?? []).filter((c) => expanded.includes(c.id)),
    [all.data, expanded],
  );
  const elements = useMemo(() => {
    if (!chain) return [];
    const leads = new Map((piped?.leadCounts ?? []).map((c) => [c.product.id, leadLine(c.stages)]));
    const links = chain.links.map((l) => ({ ...l, leads: leads.get(l.product.id) ?? '' }));
    return withNeighbours(links, chain.feeds, neighbours);
  }, [chain, piped, neighbours]);

  // No map will be drawn (an error, or the reader went elsewhere first): the other queries need not wait for one.
  useEffect(() => {
    if (q.state === 'error') sideQueries.release();
  }, [q.state]);
  // Leaving the chain page releases them; a remount on the same page (Suspense) does not.
  useEffect(
    () => () => {
      if (parseUrl(window.location.search).view !== 'chain') sideQueries.release();
    },
    [],
  );

  if (q.state === 'error' && !chain) return <ErrorNotice error={q.error} />;
  if (!chain) return <Loading />;

  const link = chain.links.find((l) => l.product.id === focus);
  const toggle = (id: string) =>
    setExpanded((e) => (e.includes(id) ? e.filter((x) => x !== id) : [...e, id]));
  const findLink = (name: string) => {
    const hit =
      chain.links.find((l) => l.product.name === name) ??
      chain.links.find((l) => l.product.name.includes(name));
    if (hit) {
      onFocus(hit.product.id);
      const node = cyRef.current?.getElementById(hit.product.id);
      if (node?.length) cyRef.current?.animate({ center: { eles: node }, zoom: 1.2 }, { duration: 250 });
    }
  };

  return (
    <div className="chain-view">
      <div className="chain-head">
        <div>
          <h2>{chain.name}</h2>
          <p className="expression" title={chain.entered ? zh.chain.enteredHint : zh.chain.expressionHint}>
            {chain.expression}
            {chain.entered && (
              <span className="badge entered" data-testid="chain-entered">
                {zh.chain.entered}
              </span>
            )}
          </p>
          <p className="meta">
            {chain.industry.name} ·{' '}
            {targetOf && (
              <>
                <IndustryTarget target={targetOf(chain.industry.id)} fallback={chain.industry.output2025} /> ·{' '}
              </>
            )}
            {zh.scope}：{chain.scope.label} · <Counts counts={chain.counts} />
            {chain.leader && ` · ${zh.briefing.leader}：${chain.leader}`}
            <Freshness info={chain} />
          </p>
        </div>
        <Legend />
      </div>
      <div className="toolbar">
        <form
          className="find"
          onSubmit={(e) => {
            e.preventDefault();
            findLink(find.trim());
          }}
        >
          <input
            list="chain-links"
            value={find}
            onChange={(e) => setFind(e.target.value)}
            placeholder={zh.chain.find}
            aria-label={zh.chain.find}
          />
          <datalist id="chain-links">
            {chain.links.map((l) => (
              <option key={l.product.id} value={l.product.name} />
            ))}
          </datalist>
          <button type="submit">{zh.chain.locate}</button>
        </form>
        <span className="spacer" />
        {focus && (
          <button type="button" className="primary" onClick={() => onUpstream(focus)}>
            {zh.inspector.upstream}
          </button>
        )}
        <button type="button" onClick={() => cyRef.current && exportPng(cyRef.current, chain.name)}>
          {zh.chain.png}
        </button>
        <button type="button" onClick={() => cyRef.current && exportSvg(cyRef.current, chain.name)}>
          {zh.chain.svg}
        </button>
        <a
          className="button"
          href={`/tables/export/chains/${encodeURIComponent(chainId)}.json${zone ? `?zone=${zone}` : ''}`}
        >
          {zh.chain.json}
        </a>
        <a
          className="button"
          href={`/tables/export/chains/${encodeURIComponent(chainId)}.graphml${zone ? `?zone=${zone}` : ''}`}
        >
          {zh.chain.graphml}
        </a>
        <button type="button" onClick={onBriefing}>
          {zh.chain.briefing}
        </button>
      </div>
      <div className="chain-body">
        <ChainMap elements={elements} selected={focus} onSelect={onFocus} onReady={onReady} />
        <Sheet label={zh.inspector.title} raiseOn={focus}>
          {focus ? (
            <>
              <Inspector
                productId={focus}
                zone={zone}
                onFocus={(id) => onFocus(id)}
                onOpenChain={onOpenChain}
                onUpstream={onUpstream}
              />
              {/* The link first (its title, status and why); the chains it is shared with after it. */}
              {link && link.sharedWith.length > 0 && (
                <Section title={zh.chain.neighbours}>
                  <ul className="plain">
                    {link.sharedWith.map((c) => (
                      <li key={c.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={expanded.includes(c.id)}
                            onChange={() => toggle(c.id)}
                          />{' '}
                          {zh.chain.expand(c.name)}
                        </label>
                      </li>
                    ))}
                  </ul>
                </Section>
              )}
            </>
          ) : (
            <>
              <h2>{zh.links}</h2>
              <p className="muted">{zh.inspector.hint}</p>
              {piped && (
                <Section title={zh.pipeline.health}>
                  <HealthChart months={piped.health} />
                </Section>
              )}
              <ChainGaps chainId={chainId} zone={zone} onFocus={(id) => onFocus(id)} />
              {chain.targets.length > 0 && (
                <Section title={zh.inspector.targets}>
                  <p className="small">{chain.targets.map((t) => t.name).join('、')}</p>
                </Section>
              )}
              <Section title={zh.inspector.sources}>
                {chain.sources.map((s) => (
                  <blockquote key={s.id}>
                    “{s.quote}”<cite>{s.section}</cite>
                  </blockquote>
                ))}
              </Section>
            </>
          )}
        </Sheet>
      </div>
    </div>
  );
}
