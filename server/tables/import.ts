import { createHash } from 'node:crypto';
import type { Transaction } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';
import { refreshLinkCounts } from '../../seed/linkCounts.ts';
import { type AuditActor, type AuditInput, type Props, recordAudits, unchanged } from '../audit/entries.ts';
import type { Db } from '../db/neo4j.ts';
import { NearNames } from './match.ts';
import {
  type EnterpriseRow,
  type Plan,
  planEnterprises,
  planProjects,
  type Reference,
  type RowError,
} from './plan.ts';
import { readTable } from './read.ts';
import { checkCsvRows, checkRows } from './rows.ts';

export type Kind = 'enterprises' | 'projects';

export interface TableReport {
  kind: Kind;
  file: string;
  dryRun: boolean;
  /** True when the rows were written (never when anything was rejected). */
  written: boolean;
  added: { row: number; name: string }[];
  updated: { row: number; name: string }[];
  rejected: RowError[];
  /**
   * Enterprise rows whose 生产环节 names products that are no link of any chain: recorded as the firm's stated
   * products (未入链产品), no link created; `near`: links whose names are close to one of them (the officer may
   * have meant that link). Empty for projects.
   */
  unchained: {
    row: number;
    name: string;
    products: string[];
    near: { product: string; links: string[] }[];
  }[];
}

/** What a plan would do (nothing written yet): the rows added, updated and rejected. */
export function planReport(
  file: string,
  dryRun: boolean,
  plan: Plan<{ row: number; name: string; action: 'add' | 'update' }>,
): Omit<TableReport, 'kind' | 'unchained'> {
  const pick = (action: 'add' | 'update') =>
    plan.rows.filter((r) => r.action === action).map(({ row, name }) => ({ row, name }));
  return {
    file,
    dryRun,
    written: false,
    added: pick('add'),
    updated: pick('update'),
    rejected: plan.rejected,
  };
}

/** Rows per statement: the import is one transaction, written in statements of at most this many rows. */
export const WRITE_BATCH = 2000;

const hash = (s: string | Uint8Array) => createHash('sha1').update(s).digest('hex').slice(0, 12);

function* batches<T>(rows: readonly T[], size = WRITE_BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

const ENTITY = { enterprises: 'Enterprise', projects: 'Project' } as const;

async function states(tx: Transaction, kind: Kind, ids: string[]): Promise<Map<string, Props>> {
  const name = kind === 'enterprises' ? 'tables/enterprise-states' : 'tables/project-states';
  const res = await tx.run(query(name), { ids });
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('state') as Props]));
}

/**
 * Validates an enterprise or project table against the graph, and — unless this is a dry run or any row was
 * rejected — writes it in ONE transaction, in statements of WRITE_BATCH rows. Every written row cites its file
 * and row number as its source; every enterprise or project whose facts changed gets an IMPORT_TABLE audit
 * entry of `actor` (before/after), and the import one summary entry on its document. A CSV of more than
 * MAX_TABLE_ROWS data rows is refused (TableLimitError) before it is parsed.
 */
export async function importTable(
  db: Db,
  kind: Kind,
  bytes: Uint8Array,
  file: string,
  opts: { dryRun: boolean; actor: AuditActor },
): Promise<TableReport> {
  checkCsvRows(bytes, file);
  const table = await readTable(bytes, file);
  checkRows(table.rows.length);
  const [ref] = await db.read<{ [K in keyof Reference]: Reference[K] }>('tables/reference');
  if (!ref) throw new Error('reference query returned nothing');
  const plan: Plan<{ row: number; id: string; name: string; action: 'add' | 'update' }> =
    kind === 'enterprises' ? planEnterprises(table, ref) : planProjects(table, ref);
  // Only links are offered: a product a project names (饲料生产) is no link, and a firm making it counts for none.
  const near = new NearNames(ref.products.filter((p) => p.link !== false).map((p) => p.name));
  const unchained =
    kind === 'enterprises'
      ? (plan.rows as EnterpriseRow[])
          .filter((r) => r.statedProducts.length > 0)
          .map((r) => ({
            row: r.row,
            name: r.name,
            products: r.statedProducts,
            near: r.statedProducts
              .map((product) => ({ product, links: near.find(product) }))
              .filter((n) => n.links.length > 0),
          }))
      : [];
  const report: TableReport = { kind, ...planReport(file, opts.dryRun, plan), unchained };
  if (opts.dryRun || plan.rejected.length > 0 || plan.rows.length === 0) return report;
  const docId = `doc-table-${hash(bytes)}`;
  const sourceOf = (row: number) => `src-${hash(`${docId}:${row}`)}`;
  const sources = table.rows.map(({ row, cells }) => ({
    id: sourceOf(row),
    section: `${file} 第 ${row} 行`,
    quote: Object.values(cells).filter(Boolean).join('，').slice(0, 500),
    line: row,
  }));
  await db.write(async (tx) => {
    for (const batch of batches(sources))
      await tx.run(query('tables/document'), { document: { id: docId, title: file }, sources: batch });
    let changedEntities = 0;
    for (const batch of batches(plan.rows)) {
      const ids = batch.map((r) => r.id);
      const before = await states(tx, kind, ids);
      await tx.run(query(`tables/${kind}`), { rows: batch.map((r) => ({ ...r, source: sourceOf(r.row) })) });
      // Firms' zones and links changed: the counts of their links (projects change none).
      if (kind === 'enterprises') await refreshLinkCounts(tx, { firms: ids });
      const after = await states(tx, kind, ids);
      const entries: AuditInput[] = ids
        .map((id) => ({ id, before: before.get(id) ?? null, after: after.get(id) ?? null }))
        .filter((s) => !unchanged(s.before, s.after))
        .map((s) => ({ action: 'IMPORT_TABLE', entity: s.id, entityType: ENTITY[kind], ...s }));
      changedEntities += entries.length;
      await recordAudits(named(tx), opts.actor, entries);
    }
    const summary = {
      file,
      kind,
      rows: plan.rows.length,
      added: report.added.length,
      changed: changedEntities,
      ...(kind === 'enterprises' ? { unchained: unchained.length } : {}),
    };
    await recordAudits(named(tx), opts.actor, [
      { action: 'IMPORT_TABLE', entity: docId, entityType: 'Import', before: null, after: summary },
    ]);
  });
  return { ...report, written: true };
}

const named = (tx: Transaction) => (name: string, params: Record<string, unknown>) =>
  tx.run(query(name), params);
