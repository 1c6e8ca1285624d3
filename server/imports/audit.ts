/** The audit entries of a plan import: one IMPORT_PLAN entry per chain added and one summary on the document. */
import type { ImportReport } from '../../vocab/imports.ts';
import type { AuditInput } from '../audit/entries.ts';
import type { ImportRows } from './plan.ts';

/** The action of a plan import's audit entries (no confirmation of the facts: see mutationAudit.ts). */
export const IMPORT_PLAN = 'IMPORT_PLAN';

export function auditEntries(
  rows: ImportRows,
  chainsBefore: Set<string>,
  report: ImportReport,
): AuditInput[] {
  const linksOf = (chain: string) => rows.hasLink.filter((h) => h.chain === chain).length;
  const entries: AuditInput[] = rows.chains
    .filter((c) => !chainsBefore.has(c.id))
    .map((c) => ({
      action: IMPORT_PLAN,
      entity: c.id,
      entityType: 'Chain',
      before: null,
      after: { name: c.name, document: rows.document.id, links: linksOf(c.id) },
    }));
  const counts = Object.fromEntries(
    Object.entries(report.facts).map(([k, v]) => [k, { added: v.added.length, merged: v.merged.length }]),
  );
  entries.push({
    action: IMPORT_PLAN,
    entity: rows.document.id,
    entityType: 'Import',
    before: null,
    after: {
      title: rows.document.title,
      district: report.district?.name ?? null,
      chainsAdded: report.chainsAdded.length,
      chainsUnchanged: report.chainsUnchanged.length,
      productsAdded: report.productsAdded.length,
      productsMerged: report.productsMerged.length,
      feeds: rows.feeds.length,
      facts: counts,
    },
  });
  return entries;
}
