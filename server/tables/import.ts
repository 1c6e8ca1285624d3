import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { query } from '../db/cypher.ts';
import { bumpGraphVersion } from '../db/graphVersion.ts';
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
  driver: Driver,
  kind: Kind,
  bytes: Uint8Array,
  file: string,
  opts: { dryRun: boolean; database?: string | undefined },
): Promise<TableReport> {
  const table = await readTable(bytes, file);
  const session = driver.session({ database: opts.database });
  try {
    const ref = (
      await session.executeRead((tx) => tx.run(query('tables/reference')))
    ).records[0]?.toObject() as Reference | undefined;
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
    await session.executeWrite(async (tx) => {
      await bumpGraphVersion(tx);
      await tx.run(query('tables/document'), { document: { id: docId, title: file }, sources });
      await tx.run(query(`tables/${kind}`), {
        rows: plan.rows.map((r) => ({ ...r, source: sourceOf(r.row) })),
      });
    });
    return { ...report, written: true };
  } finally {
    await session.close();
  }
}
