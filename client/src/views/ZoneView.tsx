import { useState } from 'react';
import type { GapSort } from '../../../vocab/priority.ts';
import type {
  ScopeTreeQuery,
  ScopeTreeQueryVariables,
  ZoneProfileQuery,
  ZoneProfileQueryVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { withdrawWords } from '../i18n/withdraw.ts';
import { zh } from '../i18n/zh.ts';
import { ZoneFinder } from '../shell/ZoneFinder.tsx';
import { kindsByLevel } from '../state/scopeTree.ts';
import { Counts, ErrorNotice, Loading, Section } from './common.tsx';
import { GapSummaryList } from './GapSummaryList.tsx';
import { SortToggle } from './gaps.tsx';
import { type PlanItem, planLabel } from './plans.ts';
import { WithdrawPlan } from './WithdrawPlan.tsx';
import { EnterpriseTable, useEnterpriseTable } from './zone/EnterpriseTable.tsx';
import { ZoneProfile } from './zone/ZoneProfile.tsx';
import { ZoneProjects } from './zone/ZoneProjects.tsx';
import { ZoneSought } from './zone/ZoneSought.tsx';

/**
 * A zone's profile, its chains' gaps, its enterprises (filterable, sortable, paginated) and its projects.
 * `heldBy`: the plans of the region whose plans the scope views when that is another region (Scope.district: a
 * district of 泸州市 without a plan of its own views the city's), shown when the zone has none of its own.
 */
export function ZoneView({
  zoneId,
  onOpenZone,
  onOpenChain,
  heldBy = null,
  onAllZones,
}: {
  zoneId: string;
  onOpenZone: (id: string) => void;
  /** The zone list (no zone chosen): offered when the zone is gone, e.g. its plan was just withdrawn. */
  onAllZones: () => void;
  onOpenChain: (id: string, focus?: string) => void;
  heldBy?: { name: string; plans: readonly PlanItem[] } | null;
}) {
  const [nonce, setNonce] = useState(0);
  const [gapSort, setGapSort] = useState<GapSort>('PRIORITY');
  const refresh = () => setNonce((n) => n + 1);
  const profile = useQuery<ZoneProfileQuery, ZoneProfileQueryVariables>(
    'ZoneProfile',
    { id: zoneId, gapSort },
    nonce,
  );
  const table = useEnterpriseTable(zoneId, nonce);

  if (profile.state === 'error' && profile.error.code === 'NOT_FOUND')
    return (
      <div className="notice" role="alert" data-testid="zone-gone">
        <span>{withdrawWords.zoneGone}</span>{' '}
        <button type="button" onClick={onAllZones}>
          {withdrawWords.allZones}
        </button>
      </div>
    );
  if (profile.state === 'error') return <ErrorNotice error={profile.error} />;
  const z = profile.data?.zone;
  if (!z || z.id !== zoneId) return <Loading />;

  return (
    <div className="zone-view">
      <ZoneProfile z={z} onOpenZone={onOpenZone} onChanged={refresh} />
      {z.gaps.length > 0 && (
        <Section title={zh.gaps.zoneGaps}>
          <SortToggle value={gapSort} onChange={setGapSort} other={zh.gaps.byChain} />
          <GapSummaryList
            gaps={z.gaps.flatMap((g) =>
              g.link.priority && g.link.gapKind
                ? [
                    {
                      key: `${g.chain.id}-${g.link.product.id}`,
                      productId: g.link.product.id,
                      name: g.link.product.name,
                      where: `${g.chain.name} · ${zh.gaps.stage(g.link.stage)}`,
                      status: g.link.status,
                      gapKind: g.link.gapKind,
                      breaksChain: g.link.breaksChain,
                      priority: g.link.priority,
                      chainId: g.chain.id,
                    },
                  ]
                : [],
            )}
            onOpen={(g) => g.chainId && onOpenChain(g.chainId, g.productId)}
          />
        </Section>
      )}
      <ZoneSought links={z.soughtLinks} total={z.soughtLinkCount} onOpenChain={onOpenChain} />
      {z.chainGaps.length > 0 && (
        <Section title={zh.zone.chainGaps}>
          <ul className="chain-list compact">
            {z.chainGaps.map((g) => (
              <li key={g.chain.id}>
                <button type="button" onClick={() => onOpenChain(g.chain.id)}>
                  <span className="chain-name">{g.chain.name}</span>
                  <Counts counts={g.counts} />
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <EnterpriseTable zoneId={zoneId} zoneName={z.name} table={table} onChanged={refresh} />
      <ZoneProjects zone={z} />
      {z.plans.length > 0 && (
        <Section title={zh.zone.plans}>
          <ul className="zone-plans" data-testid="zone-plans">
            {z.plans.map((p) => (
              <li key={p.id}>
                {planLabel(p)} <WithdrawPlan plan={p} onWithdrawn={refresh} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {z.plans.length === 0 && heldBy && heldBy.plans.length > 0 && (
        <Section title={zh.zone.heldPlans(heldBy.name)}>
          <ul className="zone-plans" data-testid="zone-held-plans">
            {heldBy.plans.map((p) => (
              <li key={p.id}>{planLabel(p)}</li>
            ))}
          </ul>
        </Section>
      )}
      {z.sources.length > 0 && (
        <Section title={zh.inspector.sources}>
          {z.sources.map((s) => (
            <blockquote key={s.quote}>
              “{s.quote}”<cite>{s.section}</cite>
            </blockquote>
          ))}
        </Section>
      )}
    </div>
  );
}

/** The most zones of one kind the list shows as chips; the rest are found by name (ZoneFinder). */
export const ZONE_LIST_SHOWN = 60;

/**
 * The zones to open when no zone is chosen (the whole graph in view): the scope tree as it opens for it
 * (ScopeTree without a zone — the header's selector sends the same request: the top level, and while a level holds
 * one zone the zones under it, so 重庆市 › 綦江区 › its zones for the seed and the 31 provinces nationally), by kind,
 * at most ZONE_LIST_SHOWN of a kind; any other zone through the name search (ZoneSearch). Not every zone
 * (issue #20: ~12,000 nationally).
 */
export function ZoneList({ onOpenZone }: { onOpenZone: (id: string) => void }) {
  const top = useQuery<ScopeTreeQuery, ScopeTreeQueryVariables>('ScopeTree', { zone: null });
  if (top.state === 'error')
    return <ErrorNotice error={top.error} onRetry={() => window.location.reload()} />;
  if (!top.data) return <Loading />;
  const zones = top.data.scopeTree;
  const kinds = kindsByLevel(zones);
  return (
    <div className="zone-list" data-testid="zone-list">
      <p className="muted">{zh.zone.pick}</p>
      <ZoneFinder
        label={zh.zone.find}
        placeholder={zh.scopeTree.search}
        testId="zone-list"
        onPick={(z) => onOpenZone(z.id)}
      />
      {kinds.map((k) => {
        const ofKind = zones.filter((z) => z.kind === k);
        return (
          <Section key={k} title={k}>
            <div className="chips">
              {ofKind.slice(0, ZONE_LIST_SHOWN).map((z) => (
                <button key={z.id} type="button" className="chip big" onClick={() => onOpenZone(z.id)}>
                  {z.name}
                </button>
              ))}
            </div>
            {ofKind.length > ZONE_LIST_SHOWN && (
              <p className="meta">{zh.zone.moreByName(ofKind.length - ZONE_LIST_SHOWN)}</p>
            )}
          </Section>
        );
      })}
    </div>
  );
}
