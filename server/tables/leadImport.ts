import { createHash } from 'node:crypto';
import type { Transaction } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';
import { SIGNED_STAGE } from '../../vocab/lead.ts';
import { type AuditActor, type AuditInput, type Props, recordAudits, unchanged } from '../audit/entries.ts';
import type { Db } from '../db/neo4j.ts';
import { type RunRows, rowsOf, signLead, unsignLead } from '../leads/sign.ts';
import { planReport, type TableReport } from './import.ts';
import { type LeadReference, type LeadRow, planLeads } from './leadPlan.ts';
import { readTable } from './read.ts';
import { checkCsvRows, checkRows } from './rows.ts';

export type LeadTableReport = Omit<TableReport, 'kind' | 'unchained'> & { kind: 'leads' };

const hash = (s: Uint8Array) => createHash('sha1').update(s).digest('hex').slice(0, 12);

const NO_PROJECT = { project: null, projectStatus: null, projectMade: false };

/** Each lead's facts (for the audit entries) and its project, if signed (to undo a signature). */
async function states(run: RunRows, ids: string[]) {
  const rows = await run<{ id: string; state: Props; projectStatus: string | null; projectMade: boolean }>(
    'leads/states',
    { ids },
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        state: r.state,
        was: {
          project: (r.state.project as string | null) ?? null,
          projectStatus: r.projectStatus,
          projectMade: r.projectMade,
        },
      },
    ]),
  );
}

const named = (tx: Transaction) => (name: string, params: Record<string, unknown>) =>
  tx.run(query(name), params);

/**
 * The weekly report of leads: validates every row (planLeads) and — unless this is a dry run or any row was
 * rejected — writes them in ONE transaction: leads added or updated; a lead moved to 签约 becomes a project (as
 * moveLead does), one moved back from it loses the project it made. Every changed lead gets an IMPORT_TABLE audit
 * entry with before/after (and the row's 变更原因), the import one summary entry.
 */
export async function importLeads(
  db: Db,
  bytes: Uint8Array,
  file: string,
  opts: { dryRun: boolean; actor: AuditActor },
): Promise<LeadTableReport> {
  checkCsvRows(bytes, file);
  const table = await readTable(bytes, file);
  checkRows(table.rows.length);
  const [base] = await db.read<Pick<LeadReference, 'zones' | 'products' | 'enterprises'>>('tables/reference');
  if (!base) throw new Error('reference query returned nothing');
  const leads = await db.read<LeadReference['leads'][number]>('leads/import-reference');
  const plan = planLeads(table, { ...base, leads });
  const report: LeadTableReport = { kind: 'leads', ...planReport(file, opts.dryRun, plan) };
  if (opts.dryRun || plan.rejected.length > 0 || plan.rows.length === 0) return report;
  await db.write(async (tx) => {
    const ids = plan.rows.map((r) => r.id);
    const run = rowsOf(tx);
    const before = await states(run, ids);
    const projects: AuditInput[] = [];
    for (const r of plan.rows.filter((x) => x.from === SIGNED_STAGE && x.stage !== SIGNED_STAGE)) {
      const removed = await unsignLead(run, r.id, before.get(r.id)?.was ?? NO_PROJECT, 'IMPORT_TABLE');
      if (removed) projects.push(removed);
    }
    await run('leads/import', { rows: plan.rows.map(({ from: _f, reason: _r, ...row }) => row) });
    for (const r of plan.rows.filter((x) => x.stage === SIGNED_STAGE && x.from !== SIGNED_STAGE))
      projects.push(await signLead(run, r.id, 'IMPORT_TABLE'));
    const after = await states(run, ids);
    const byId = new Map<string, LeadRow>(plan.rows.map((r) => [r.id, r]));
    const entries: AuditInput[] = ids
      .map((id) => ({ id, before: before.get(id)?.state ?? null, after: after.get(id)?.state ?? null }))
      .filter((s) => !unchanged(s.before, s.after))
      .map((s) => {
        const reason = byId.get(s.id)?.reason;
        const moved = s.before?.stage !== s.after?.stage && reason;
        return {
          action: 'IMPORT_TABLE',
          entity: s.id,
          entityType: 'Lead',
          before: s.before,
          after: s.after && moved ? { ...s.after, reason } : s.after,
        };
      });
    await recordAudits(named(tx), opts.actor, [...entries, ...projects]);
    const summary = {
      file,
      kind: 'leads',
      rows: plan.rows.length,
      added: report.added.length,
      changed: entries.length,
    };
    await recordAudits(named(tx), opts.actor, [
      {
        action: 'IMPORT_TABLE',
        entity: `doc-table-${hash(bytes)}`,
        entityType: 'Import',
        before: null,
        after: summary,
      },
    ]);
  });
  return { ...report, written: true };
}
