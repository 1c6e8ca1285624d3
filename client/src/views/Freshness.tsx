import { zh } from '../i18n/zh.ts';

export interface FreshnessInfo {
  updatedAt: string | null;
  stale: boolean;
  lastChange: { actor: string; at: string } | null;
}

/** How old a fact is: who changed it last and when, and a mark when it is older than the stale limit. */
export function Freshness({ info }: { info: FreshnessInfo }) {
  const F = zh.freshness;
  return (
    <span className="freshness small muted">
      {info.lastChange
        ? ` · ${F.changed(info.lastChange.actor, info.lastChange.at.slice(0, 10))}`
        : info.updatedAt
          ? ` · ${F.asOf(info.updatedAt.slice(0, 10))}`
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
