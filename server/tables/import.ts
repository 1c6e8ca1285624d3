import { createHash } from 'node:crypto';
import { query } from '../../cypher/index.ts';
import type { Db } from '../db/neo4j.ts';
import { type Plan, planEnterprises, planProjects, type Reference, type RowError } from './plan.ts';
import { readTable } from './read.ts';

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
}

const hash = (s: string | Uint8Array) => createHash('sha1').update(s).digest('hex').slice(0, 12);

/**
 * Validates an enterprise or project table against the graph, and — unless this is a dry run or any row was
 * rejected — writes it in ONE transaction. Every written row cites its file and row number as its source.
 */
export async function importTable(
  db: Db,
  kind: Kind,
  bytes: Uint8Array,
  file: string,
  opts: { dryRun: boolean },
): Promise<TableReport> {
  const table = await readTable(bytes, file);
  const [ref] = await db.read<{ [K in keyof Reference]: Reference[K] }>('tables/reference');
  if (!ref) throw new Error('reference query returned nothing');
  const plan: Plan<{ row: number; name: string; action: 'add' | 'update' }> =
    kind === 'enterprises' ? planEnterprises(table, ref) : planProjects(table, ref);
  const report: TableReport = {
    kind,
    file,
    dryRun: opts.dryRun,
    written: false,
    added: plan.rows.filter((r) => r.action === 'add').map(({ row, name }) => ({ row, name })),
    updated: plan.rows.filter((r) => r.action === 'update').map(({ row, name }) => ({ row, name })),
    rejected: plan.rejected,
  };
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
    await tx.run(query('tables/document'), { document: { id: docId, title: file }, sources });
    await tx.run(query(`tables/${kind}`), {
      rows: plan.rows.map((r) => ({ ...r, source: sourceOf(r.row) })),
    });
  });
  return { ...report, written: true };
}
