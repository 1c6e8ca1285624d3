/**
 * Withdrawing an imported plan (撤回导入): the graph as it would be without it, keeping what anyone else stated or did,
 * in ONE transaction with its audit entry; a dry run answers the same report and writes nothing. The rules are
 * docs/IMPORTS.md's, worked out by withdrawPlan.ts on what this file reads.
 */
import type { Transaction as Tx } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';
import { refreshLinkCounts } from '../../seed/linkCounts.ts';
import { isImportedPlan, type WithdrawReport } from '../../vocab/withdraw.ts';
import { type AuditActor, type AuditInput, recordAudits } from '../audit/entries.ts';
import type { Db } from '../db/neo4j.ts';
import { MATCH_POOL, rematchPool } from '../pool/rematch.ts';
import { IMPORT_PLAN } from './audit.ts';
import { writeOrDryRun } from './dryRun.ts';
import {
  type GNode,
  type GRel,
  type PlanEntry,
  planWithdrawal,
  type WithdrawInputs,
  type WithdrawPlan,
} from './withdrawPlan.ts';

/** The action of a withdrawal's audit entries. */
export const WITHDRAW_PLAN = 'WITHDRAW_PLAN';

/** Actions of the importers themselves: an entry by any other action is someone's work on the node. */
export const MACHINE_ACTIONS = [
  IMPORT_PLAN,
  MATCH_POOL,
  'IMPORT_POOL',
  'RENAME_IMPORT_GROUP',
  WITHDRAW_PLAN,
  'SEED',
];

/** The document is not there (404) or is no plan import (400: the seed plan, a table import). */
export class WithdrawError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

const parse = (json: unknown): Record<string, unknown> => {
  if (typeof json !== 'string') return {};
  try {
    return (JSON.parse(json) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
};

type Run = (name: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Everything withdrawPlan.ts needs, read inside the transaction. */
async function readInputs(
  run: Run,
  document: string,
  sources: string[],
  targets: string[],
  districts: string[],
): Promise<WithdrawInputs & { regionsCreated: string[] }> {
  const rawEntries = await run('imports/withdraw-entries', { document });
  const entries: PlanEntry[] = rawEntries
    .filter((e) => e.entityType !== 'Import')
    .map((e) => ({
      entity: String(e.entity),
      entityType: String(e.entityType),
      before: parse(e.before),
      after: parse(e.after),
    }))
    .filter((e) => e.after.document === document);
  const summary = rawEntries.filter((e) => e.entityType === 'Import' && e.entity === document).at(-1);
  const recorded = parse(summary?.after);
  const regionsCreated = ((recorded.regionsCreated ?? []) as string[]).filter((x) => typeof x === 'string');
  // A summary with neither is an old commit's: no figure entries, no attach `plans`, no regions recorded.
  const legacy = recorded.provenance === undefined && recorded.regionsCreated === undefined;
  const nodes = (await run('imports/withdraw-touched', { sources })).map(
    (r) => ({ ...r, props: r.props ?? {} }) as unknown as GNode,
  );
  const rels = (await run('imports/withdraw-rels', { keys: nodes.map((n) => n.key), districts })).map(
    (r) => r as unknown as GRel,
  );
  const work = await run('imports/withdraw-work', {
    document,
    ids: nodes.map((n) => n.id),
    machine: MACHINE_ACTIONS,
  });
  const S = new Set(sources);
  const others = new Set<string>();
  for (const n of nodes) for (const s of (n.props.sources ?? []) as string[]) if (!S.has(s)) others.add(s);
  for (const r of rels) {
    const p = r.props;
    for (const s of [p.source, ...((p.sources ?? []) as unknown[])])
      if (typeof s === 'string' && !S.has(s)) others.add(s);
  }
  const docs = await run('imports/withdraw-source-docs', { ids: [...others] });
  return {
    document,
    sources: S,
    nodes,
    rels,
    edited: new Set(work.filter((w) => w.edited).map((w) => String(w.id))),
    aliased: new Set(work.filter((w) => w.aliased).map((w) => String(w.id))),
    entries,
    sourceDocs: new Map(
      docs.map((d) => [
        String(d.id),
        { doc: String(d.doc), title: String(d.title), kind: d.kind as 'import' | 'table' | 'seed' },
      ]),
    ),
    targets: new Set(targets),
    districts: new Set(districts),
    legacy,
    regionsCreated,
  };
}

/**
 * Withdraws the imported plan `document` (a Document id, doc-import-…) as docs/IMPORTS.md says, with the audit
 * entries of `actor`; `dryRun` rolls everything back and answers the same report. Throws WithdrawError for an
 * unknown document (404) or one no plan import made (400), before anything is written.
 */
export async function withdrawImport(
  db: Db,
  document: string,
  actor: AuditActor,
  opts: { dryRun?: boolean } = {},
): Promise<WithdrawReport> {
  const work = async (tx: Tx): Promise<WithdrawReport> => {
    const run: Run = async (name, params = {}) =>
      (await tx.run(query(name), params)).records.map((r) => r.toObject());
    const [doc] = await run('imports/withdraw-document', { document });
    if (!doc) throw new WithdrawError(404, `no document "${document}": nothing to withdraw`);
    if (!doc.imported || doc.kind === 'table' || !isImportedPlan(document))
      throw new WithdrawError(
        400,
        doc.kind === 'table'
          ? `"${document}" is a table import, not a plan: only a plan committed through /imports can be withdrawn`
          : `"${doc.title ?? document}" was not imported through /imports (the seed plan): it cannot be withdrawn`,
      );
    const districts = (doc.districts ?? []) as { id: string; name: string }[];
    const sources = (doc.sources ?? []) as string[];
    const targetRows = (doc.targets ?? []) as { id: string; name: string }[];
    const targets = targetRows.map((t) => t.id);
    const inputs = await readInputs(
      run,
      document,
      sources,
      targets,
      districts.map((d) => d.id),
    );
    const plan = planWithdrawal(inputs);
    await run('imports/withdraw-write', {
      relUpdates: plan.relUpdates,
      deleteRels: plan.deleteRels,
      nodeSources: plan.nodeSources,
      restores: plan.restores,
      deleteNodes: plan.deleteNodes,
    });
    if (plan.stated.length > 0) await run('imports/withdraw-stated', { rows: plan.stated });
    await run('imports/withdraw-document-delete', { document });
    const removed = plan.removed;
    removed.yearTargets = targetRows.map((t) => t.name.trim());
    // Region zones the commit created, the districts first (a city goes once its districts are gone).
    const regionsGone: string[] = [];
    for (let pass = 0, left = inputs.regionsCreated; pass < 3 && left.length > 0; pass++) {
      const still: string[] = [];
      for (const id of left) {
        const [r] = await run('imports/withdraw-region', { id });
        if (Number(r?.removed ?? 0) > 0) {
          regionsGone.push(id);
          removed.regions.push(String(r?.name ?? id));
        } else still.push(id);
      }
      left = still;
    }
    // An old commit recorded no regions: a district left with nothing on it may be the plan's, and stays.
    const idle = inputs.legacy
      ? await run('imports/withdraw-region-idle', { ids: districts.map((d) => d.id) })
      : [];
    const unsure = [
      ...plan.unsure,
      ...idle.map((r) => ({
        reason: 'NO_REGION_RECORD' as const,
        outcome: 'kept' as const,
        name: String(r.name ?? r.id),
        fields: [],
        by: [],
      })),
    ];
    await refreshLinkCounts(tx, {
      links: plan.links,
      firms: [...plan.firms, ...plan.stated.map((s) => s.id)],
      zones: districts.map((d) => d.id).filter((id) => !regionsGone.includes(id)),
    });
    const pool = opts.dryRun ? null : await rematchPool(run);
    const report: WithdrawReport = {
      documentId: document,
      title: String(doc.title ?? document),
      district: districts[0] ?? null,
      dryRun: opts.dryRun === true,
      removed,
      kept: plan.kept,
      restored: plan.restored,
      unsure,
      sources: sources.length,
      relations: plan.deleteRels.length,
      pool: pool ? { added: pool.added, removed: pool.removed } : null,
    };
    await recordAudits((name, params) => tx.run(query(name), params), actor, auditOf(report, plan.restores));
    return report;
  };
  return writeOrDryRun(db, work, opts.dryRun === true);
}

/** One WITHDRAW_PLAN entry on the document: what went (names per kind), what stayed and why, what came back. */
function auditOf(report: WithdrawReport, restores: WithdrawPlan['restores']): AuditInput[] {
  const entries: AuditInput[] = [
    {
      action: WITHDRAW_PLAN,
      entity: report.documentId,
      entityType: 'Import',
      before: { title: report.title, district: report.district?.name ?? null },
      after: {
        withdrawn: true,
        removed: report.removed,
        kept: report.kept.map((k) => ({ kind: k.kind, name: k.name, reasons: k.reasons })),
        restored: report.restored,
        unsure: report.unsure,
        sources: report.sources,
        relations: report.relations,
        pool: report.pool,
      },
    },
  ];
  report.restored.forEach((r, i) => {
    entries.push({
      action: WITHDRAW_PLAN,
      entity: r.id,
      entityType: r.type as AuditInput['entityType'],
      before: restores[i]?.was ?? {},
      after: { ...(restores[i]?.props ?? {}), document: report.documentId },
    });
  });
  return entries;
}
