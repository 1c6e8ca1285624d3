import type { ImportReport } from '../../../vocab/imports.ts';
import { FACT_KINDS } from '../../../vocab/imports.ts';
import { zh } from '../i18n/zh.ts';
import { Section } from '../views/common.tsx';
import { WithdrawPlan } from '../views/WithdrawPlan.tsx';

const T = zh.importer;

/**
 * What a plan import committed: chains and links, the pool firms now matching its links (when the graph has the
 * national pool), then added/merged/skipped per kind of fact. Its chain opens in
 * the plan's district (a new district's officer sees its links' status there, not across every district).
 */
export function ImportReportView({
  report,
  title,
  onOpenChain,
}: {
  report: ImportReport;
  /** The plan's title, for 撤回导入 (an editor may withdraw the plan just committed). */
  title?: string;
  onOpenChain: (id: string, district: string | null) => void;
}) {
  return (
    <Section title={report.district ? `${T.report} · ${report.district.name}` : T.report}>
      <ul data-testid="import-report">
        <li>
          {T.added(report.chainsAdded.length)}：{report.chainsAdded.join('、') || '—'}
        </li>
        <li>{T.unchanged(report.chainsUnchanged.length)}</li>
        <li>{T.newLinks(report.productsAdded.length)}</li>
        <li>
          {T.merged(report.productsMerged.length)}：{report.productsMerged.join('、') || '—'}
        </li>
        <li>{T.skipped(report.skipped)}</li>
        {report.pool && (
          <li data-testid="import-report-pool">
            {report.pool.firms > 0
              ? `${T.poolMatched(report.pool.firms)}：${report.pool.links
                  .slice(0, 12)
                  .map((l) => `${l.name} ${l.firms}`)
                  .join('、')}${report.pool.links.length > 12 ? '…' : ''}`
              : T.poolNone}
          </li>
        )}
        {FACT_KINDS.map((k) => {
          const r = report.facts[k];
          return (
            <li key={k} data-testid={`import-report-${k}`}>
              {T.factsReport(T.facts.kinds[k], r.added.length, r.merged.length, r.skipped)}
              {r.added.length > 0
                ? `：${r.added.slice(0, 12).join('、')}${r.added.length > 12 ? '…' : ''}`
                : ''}
            </li>
          );
        })}
      </ul>
      {report.firstChainId && (
        <button
          type="button"
          className="primary"
          onClick={() => report.firstChainId && onOpenChain(report.firstChainId, report.district?.id ?? null)}
        >
          {T.open}
        </button>
      )}
      <WithdrawPlan
        plan={{ id: report.documentId, title: title ?? report.district?.name ?? '' }}
        onWithdrawn={() => {}}
      />
    </Section>
  );
}
