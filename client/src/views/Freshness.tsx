import { zh } from '../i18n/zh.ts';

export interface FreshnessInfo {
  updatedAt: string | null;
  stale: boolean;
  lastChange: { actor: string; at: string } | null;
}

/**
 * How old a fact is: who changed it last and when, and a mark when it is older than the stale limit. After other
 * text on a line it starts with " · "; `alone` (a field of its own, as on the zone page) drops that separator.
 */
export function Freshness({ info, alone = false }: { info: FreshnessInfo; alone?: boolean }) {
  const F = zh.freshness;
  const sep = alone ? '' : ' · ';
  return (
    <span className="freshness small muted">
      {info.lastChange
        ? `${sep}${F.changed(info.lastChange.actor, info.lastChange.at.slice(0, 10))}`
        : info.updatedAt
          ? `${sep}${F.asOf(info.updatedAt.slice(0, 10))}`
          : alone
            ? F.unknown
            : ''}
      {info.stale && (
        <span className="stale" title={F.staleHelp}>
          {' '}
          {F.stale}
        </span>
      )}
    </span>
  );
}
