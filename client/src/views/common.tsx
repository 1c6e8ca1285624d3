import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { type Status, zh } from '../i18n/zh.ts';
import { STATUS_STYLE, STATUSES } from '../map/style.ts';

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

export function StatusBadge({ status }: { status: Status }) {
  const s = STATUS_STYLE[status];
  return (
    <span
      className="badge"
      data-status={status}
      style={{ background: s.fill, color: s.text, borderColor: s.border, borderStyle: s.borderStyle }}
    >
      {s.label}
    </span>
  );
}

export function Legend() {
  return (
    <section className="legend" aria-label={zh.legend}>
      {STATUSES.map((st) => (
        <span key={st} className="legend-item" title={STATUS_STYLE[st].help}>
          <StatusBadge status={st} />
          <small>{STATUS_STYLE[st].help}</small>
        </span>
      ))}
      <span className="legend-item">
        <span className="badge shared-mark">⇄</span>
        <small>{zh.shared}</small>
      </span>
    </section>
  );
}

export function Counts({
  counts,
}: {
  counts: { strong: number; weak: number; missing: number; total: number };
}) {
  return (
    <span className="counts">
      <span className="c-strong" title={zh.status.STRONG}>
        {counts.strong}
      </span>
      <span className="c-weak" title={zh.status.WEAK}>
        {counts.weak}
      </span>
      <span className="c-missing" title={zh.status.MISSING}>
        {counts.missing}
      </span>
    </span>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
