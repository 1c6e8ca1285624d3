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
  regionsCreated: string[] = [],
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
      // The region zones (省/市/区县) this commit created: a withdrawal removes them when nothing hangs on them.
      regionsCreated,
      // This commit kept what a withdrawal reads back (fact edges' `sources`, attach edges' `plans`, figure
      // entries); a summary without it is a plan committed before (docs/IMPORTS.md).
      provenance: PROVENANCE,
    },
  });
  return entries;
}

/** The version of what a plan commit records for its withdrawal: 1 since the summary carries it. */
export const PROVENANCE = 1;

/** A firm whose stated products (未入链产品) became links of the plan just imported (imports/stated-to-links). */
export interface StatedMove {
  id: string;
  name: string;
  before: string[];
  after: string[];
  links: string[];
}

export function statedMoves(rows: Record<string, unknown>[]): StatedMove[] {
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    before: (r.before ?? []) as string[],
    after: (r.after ?? []) as string[],
    links: (r.links ?? []) as string[],
  }));
}

/** One IMPORT_PLAN entry per such firm: its stated products before and after, and the links it now produces. */
export function statedAudits(moved: StatedMove[], document: string): AuditInput[] {
  return moved.map((m) => ({
    action: IMPORT_PLAN,
    entity: m.id,
    entityType: 'Enterprise',
    before: { statedProducts: m.before },
    after: { statedProducts: m.after, producesAdded: m.links, document },
  }));
}

type Figures = { output2025: number | null; valueAdded2025: number | null } | undefined;

/**
 * The district's 2025 figures as the plan's own targets changed them (imports/fact-district-targets): one
 * IMPORT_PLAN entry on the district with before and after, none when they did not change (committed again).
 */
export function districtTargetAudit(
  district: string,
  document: string,
  before: Figures,
  after: Figures,
): AuditInput | null {
  const b = { output2025: before?.output2025 ?? null, valueAdded2025: before?.valueAdded2025 ?? null };
  const a = { output2025: after?.output2025 ?? null, valueAdded2025: after?.valueAdded2025 ?? null };
  if (b.output2025 === a.output2025 && b.valueAdded2025 === a.valueAdded2025) return null;
  return { action: IMPORT_PLAN, entity: district, entityType: 'Zone', before: b, after: { ...a, document } };
}

/** A node's overwritable properties as imports/figures.cypher reads them. */
export interface FigureRow {
  type: 'Zone' | 'Industry' | 'Project';
  id: string;
  props: Record<string, unknown>;
}

export function figureRows(rows: Record<string, unknown>[]): FigureRow[] {
  return rows.map((r) => ({
    type: r.type as FigureRow['type'],
    id: String(r.id),
    props: (r.props ?? {}) as Record<string, unknown>,
  }));
}

/**
 * One IMPORT_PLAN entry per node that existed before the commit and whose figures (a zone's name and targets, an
 * industry's targets, a project's capacity …) it changed: `before` and `after` (with the document), what a
 * withdrawal puts back when the node still holds the plan's value (server/imports/withdraw.ts). Nodes the commit
 * created have no entry: a withdrawal removes them.
 */
export function figureAudits(before: FigureRow[], after: FigureRow[], document: string): AuditInput[] {
  const now = new Map(after.map((r) => [`${r.type}:${r.id}`, r]));
  const seen = new Set<string>();
  const out: AuditInput[] = [];
  for (const b of before) {
    const key = `${b.type}:${b.id}`;
    const a = now.get(key);
    if (!a || seen.has(key)) continue;
    seen.add(key);
    const changedKeys = Object.keys(a.props).filter(
      (k) => JSON.stringify(a.props[k] ?? null) !== JSON.stringify(b.props[k] ?? null),
    );
    if (changedKeys.length === 0) continue;
    const pick = (p: Record<string, unknown>) =>
      Object.fromEntries(changedKeys.map((k) => [k, p[k] ?? null]));
    out.push({
      action: IMPORT_PLAN,
      entity: b.id,
      entityType: b.type,
      before: pick(b.props),
      after: { ...pick(a.props), document },
    });
  }
  return out;
}
