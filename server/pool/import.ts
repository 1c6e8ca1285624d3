/**
 * Imports the national target pool: reads and validates every line first, matches main products to the
 * graph's links, then writes in ONE transaction (all or nothing): upsert firms, drop firms and edges that no
 * longer hold, upsert MAIN_PRODUCT edges, keep the rows that can make an edge (PoolMainProducts, re-matched by
 * rematch.ts when the links change), and the audit entries of the actor (IMPORT_POOL: one per firm added, changed
 * or removed, and one summary with the kept rows' count). Every write MERGEs on ids, so running it twice changes nothing but the
 * summary entry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { query } from '../../cypher/index.ts';
import { refreshLinkCounts } from '../../seed/linkCounts.ts';
import { type AuditActor, type AuditInput, type Props, recordAudits, unchanged } from '../audit/entries.ts';
import type { Db } from '../db/neo4j.ts';
import { repoRoot, seedDir } from '../paths.ts';
import {
  type Alias,
  aliasFileSchema,
  buildMatcher,
  type Link,
  type Matcher,
  normaliseProductName,
} from './match.ts';
import { keptRows, type PoolReport, planImport } from './plan.ts';

type PoolPlan = ReturnType<typeof planImport>;

import { type PoolData, readPool } from './read.ts';

/** Rows per UNWIND batch. */
export const BATCH = 5000;

export class AliasFileError extends Error {
  override name = 'AliasFileError';
}

/** Reads and validates the alias table (seed/aliases.json); errors name the entry and field. */
export function readAliases(file: string): Alias[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AliasFileError(`${file}: ${(err as Error).message}`);
  }
  const result = aliasFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AliasFileError(`${file}: field "${issue?.path.join('.') || '(root)'}": ${issue?.message}`);
  }
  return result.data.aliases;
}

export interface ImportOptions {
  dir: string;
  /** Who runs the import: `CLI:<os user>` from `npm run pool:import`. */
  actor: AuditActor;
  aliases: Alias[];
  dryRun?: boolean;
  /** Already read (and so validated) pool data; read from `dir` when absent. */
  data?: PoolData;
}

export interface ImportResult extends PoolReport {
  dryRun: boolean;
  removedEnterprises: number;
  removedMainProducts: number;
  ms: { read: number; write: number };
}

function* batches<T>(rows: T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** A named read: `db.read`, or a query run inside the caller's write transaction. */
export type ReadNamed = (
  name: string,
  params?: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

/** Whether a pool was imported: its kept rows' node exists (a label count, answered from the count store). */
export async function poolLoaded(read: ReadNamed): Promise<boolean> {
  const [kept] = await read('pool/rows-kept');
  return Number(kept?.n ?? 0) > 0;
}

/**
 * The matcher over the graph's links as they are now: the links, the file's aliases (seed/aliases.json) and the
 * aliases added through the API (Alias nodes), which win over the file's entries for the same pool name.
 */
export async function graphMatcher(read: ReadNamed, fileAliases: readonly Alias[]): Promise<Matcher> {
  const links = (await read('pool/links')) as unknown as Link[];
  const edited = (await read('pool/aliases')) as { pool: string; link: string }[];
  const editedAliases: Alias[] = edited.map(({ pool, link }) => ({
    pool,
    link,
    note: 'added through the API (addAlias)',
  }));
  const editedPools = new Set(editedAliases.map((a) => a.pool));
  return buildMatcher(links, [...fileAliases.filter((a) => !editedPools.has(a.pool)), ...editedAliases]);
}

export async function importPool(db: Db, opts: ImportOptions): Promise<ImportResult> {
  const t0 = performance.now();
  // Everything is read and validated before the first write.
  const data = opts.data ?? (await readPool(opts.dir));
  const plan = planImport(data, await graphMatcher((name) => db.read(name), opts.aliases));
  const kept = keptRows(data);
  const t1 = performance.now();
  const result: ImportResult = {
    ...plan.report,
    dryRun: opts.dryRun ?? false,
    removedEnterprises: 0,
    removedMainProducts: 0,
    ms: { read: Math.round(t1 - t0), write: 0 },
  };
  if (opts.dryRun) return result;

  await db.write(async (tx) => {
    const run = (name: string, params: Record<string, unknown>) => tx.run(query(name), params);
    const before = new Map<string, Props>();
    for (const rows of batches(plan.enterprises)) {
      const states = await run('pool/enterprise-states', { ids: rows.map((e) => e.id) });
      for (const r of states.records) before.set(r.get('id'), r.get('state'));
      await run('pool/enterprises', { rows });
    }
    const gone = await run('pool/remove-stale-enterprises', { ids: plan.enterprises.map((e) => e.id) });
    const removed: { id: string; name: string }[] = gone.records[0]?.get('removed') ?? [];
    result.removedEnterprises = removed.length;
    // Pool firms are outside firms, counted nowhere, unless an edit made one local: recount what they touch.
    await refreshLinkCounts(tx, {
      firms: plan.enterprises.map((e) => e.id),
      links: (gone.records[0]?.get('links') as string[] | undefined) ?? [],
    });
    const stale = await tx.run(query('pool/remove-stale-main-products'), {
      keys: plan.edges.map((e) => `${e.enterprise}>${e.product}`),
    });
    result.removedMainProducts = Number(stale.records[0]?.get('removed') ?? 0);
    for (const rows of batches(plan.edges)) await tx.run(query('pool/main-products'), { rows });
    // The rows stay in the graph (not in the audit entries), so new links are matched without the files.
    await run('pool/keep-rows', {
      enterprises: kept.map((r) => r.enterprise),
      names: kept.map((r) => r.productName),
      weights: kept.map((r) => r.weight),
      keys: kept.map((r) => normaliseProductName(r.productName)),
    });
    const entries = firmEntries(plan.enterprises, plan.edges, before, removed);
    entries.push({
      action: 'IMPORT_POOL',
      entity: `pool:${path.basename(opts.dir)}`,
      entityType: 'Import',
      before: null,
      after: {
        dir: opts.dir,
        companies: plan.enterprises.length,
        firmsChanged: entries.length,
        removedEnterprises: result.removedEnterprises,
        mainProductEdges: plan.edges.length,
        removedMainProducts: result.removedMainProducts,
        keptRows: kept.length,
      },
    });
    await recordAudits(run, opts.actor, entries);
  });
  result.ms.write = Math.round(performance.now() - t1);
  return result;
}

/** One IMPORT_POOL entry per firm the import adds, changes (its pool facts or main products) or removes. */
function firmEntries(
  firms: PoolPlan['enterprises'],
  edges: PoolPlan['edges'],
  before: Map<string, Props>,
  removed: { id: string; name: string }[],
): AuditInput[] {
  const mainProducts = new Map<string, string[]>();
  for (const e of edges)
    mainProducts.set(e.enterprise, [...(mainProducts.get(e.enterprise) ?? []), e.product]);
  const entry = (entity: string, b: Props | null, a: Props | null): AuditInput => ({
    action: 'IMPORT_POOL',
    entity,
    entityType: 'Enterprise',
    before: b,
    after: a,
  });
  const out = firms
    .map(({ id, ...facts }) => {
      const after = { ...facts, mainProducts: (mainProducts.get(id) ?? []).sort() };
      return entry(id, before.get(id) ?? null, after);
    })
    .filter((e) => !unchanged(e.before, e.after));
  for (const { id, name } of removed) out.push(entry(id, { name }, null));
  return out;
}

/** The pool's folder: CHAINKG_DIR, else ../shared/data/chainkg next to the repository. Never committed. */
export function defaultPoolDir(): string {
  return process.env.CHAINKG_DIR
    ? path.resolve(process.env.CHAINKG_DIR)
    : path.resolve(repoRoot, '../shared/data/chainkg');
}

export const aliasesFile = path.join(seedDir, 'aliases.json');
