import type { ReactNode } from 'react';
import { CANDIDATE, type CandidateKind } from '../../../vocab/candidate.ts';
import type { ChipLook } from '../../../vocab/look.ts';
import {
  countKey,
  LINK_STATUSES,
  type LinkStatus,
  STATUS,
  type StatusCounts,
} from '../../../vocab/status.ts';
import type { ApiError } from '../api/client.ts';
import { zh } from '../i18n/zh.ts';
import { statusVar } from '../map/cssVars.ts';

export function Loading() {
  return (
    <div className="notice" role="status">
      {zh.loading}
    </div>
  );
}

export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="notice error" role="alert">
      <span>{error.code === 'NOT_FOUND' ? `${zh.notFound}：${error.message}` : error.message}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {zh.retry}
        </button>
      )}
    </div>
  );
}

export function StatusBadge({ status }: { status: LinkStatus }) {
  return (
    <span
      className="badge"
      data-status={status}
      style={{
        background: statusVar(status, 'fill'),
        color: statusVar(status, 'text'),
        borderColor: statusVar(status, 'border'),
        borderStyle: STATUS[status].borderStyle,
      }}
    >
      {STATUS[status].label}
    </span>
  );
}

/** The statuses and the shared-link mark; a view that draws more marks (the upstream view's ↑n) adds them. */
export function Legend({ extra = [] }: { extra?: readonly { mark: string; text: string }[] } = {}) {
  return (
    <section className="legend" aria-label={zh.legend}>
      {LINK_STATUSES.map((st) => (
        <span key={st} className="legend-item" title={STATUS[st].help}>
          <StatusBadge status={st} />
          <small>{STATUS[st].help}</small>
        </span>
      ))}
      <span className="legend-item">
        <span className="badge shared-mark">⇄</span>
        <small>{zh.shared}</small>
      </span>
      {extra.map((x) => (
        <span key={x.mark} className="legend-item">
          <span className="badge legend-mark">{x.mark}</span>
          <small>{x.text}</small>
        </span>
      ))}
    </section>
  );
}

/** One chip per status: how many links of a chain (or zone) have it. */
export function Counts({ counts }: { counts: StatusCounts }) {
  return (
    <span className="counts">
      {LINK_STATUSES.map((s) => (
        <span
          key={s}
          data-status={s}
          title={STATUS[s].label}
          style={{ background: statusVar(s, 'chip-fill'), color: statusVar(s, 'chip-text') }}
        >
          {counts[countKey(s)]}
        </span>
      ))}
    </span>
  );
}

/** A candidate's kind as a small chip: 规划点名 / 项目 / 全国企业库. */
/** The inline colours of a vocabulary chip (a lead stage, a priority tier …), read from vocab/, never copied. */
export const chipStyle = (look: Pick<ChipLook, 'fill' | 'text'>) => ({
  background: look.fill,
  color: look.text,
});

export function KindChip({ kind }: { kind: CandidateKind }) {
  return <span className={`kind kind-${kind}`}>{CANDIDATE[kind].label}</span>;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
