import { query } from '../../cypher/index.ts';
import type { ImportReport } from '../../vocab/imports.ts';
import { type AuditActor, type AuditInput, recordAudits } from '../audit/entries.ts';
import type { Db } from '../db/neo4j.ts';
import { type ImportInput, importInputSchema, planImport } from './plan.ts';

export class ImportInputError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/**
 * Commits a reviewed plan import in ONE transaction: the document, its quotes, the accepted chains and their
 * links (merged with existing Products of the same name) and FEEDS edges, and the audit entries of `actor`:
 * one IMPORT_PLAN entry per chain added and one summary entry on the document. Re-running it adds nothing but
 * the summary entry.
 */
export async function commitImport(db: Db, input: ImportInput, actor: AuditActor): Promise<ImportReport> {
  const parsed = importInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportInputError(issue?.path.join('.') || 'input', issue?.message ?? 'invalid');
  }
  let rows: ReturnType<typeof planImport>;
  try {
    rows = planImport(parsed.data);
  } catch (err) {
    throw new ImportInputError('chains', (err as Error).message);
  }
  return db.write(async (tx) => {
    const run = (name: string, params: Record<string, unknown>) => tx.run(query(`imports/${name}`), params);
    const existing = await run('existing', {
      chainIds: rows.chains.map((c) => c.id),
      productIds: rows.products.map((p) => p.id),
    });
    const chainsBefore = new Set<string>(existing.records[0]?.get('chains') ?? []);
    const productsBefore = new Map<string, string>(
      ((existing.records[0]?.get('products') ?? []) as { id: string; name: string }[]).map((p) => [
        p.id,
        p.name,
      ]),
    );
    await run('document', { document: rows.document });
    await run('sources', { rows: rows.sources });
    await run('industry', { industry: rows.industry });
    await run('chains', { rows: rows.chains });
    await run('products', { rows: rows.products });
    await run('has-link', { rows: rows.hasLink });
    await run('feeds', { rows: rows.feeds });
    const report = {
      documentId: rows.document.id,
      chainsAdded: rows.chains.filter((c) => !chainsBefore.has(c.id)).map((c) => c.name),
      chainsUnchanged: rows.chains.filter((c) => chainsBefore.has(c.id)).map((c) => c.name),
      productsAdded: rows.products.filter((p) => !productsBefore.has(p.id)).map((p) => p.name),
      productsMerged: rows.products
        .filter((p) => productsBefore.has(p.id))
        .map((p) => productsBefore.get(p.id) ?? p.name),
      skipped: parsed.data.skipped,
      firstChainId: rows.chains[0]?.id ?? null,
    };
    const linksOf = (chain: string) => rows.hasLink.filter((h) => h.chain === chain).length;
    const entries: AuditInput[] = rows.chains
      .filter((c) => !chainsBefore.has(c.id))
      .map((c) => ({
        action: 'IMPORT_PLAN',
        entity: c.id,
        entityType: 'Chain',
        before: null,
        after: { name: c.name, document: rows.document.id, links: linksOf(c.id) },
      }));
    entries.push({
      action: 'IMPORT_PLAN',
      entity: rows.document.id,
      entityType: 'Import',
      before: null,
      after: {
        title: rows.document.title,
        chainsAdded: report.chainsAdded.length,
        chainsUnchanged: report.chainsUnchanged.length,
        productsAdded: report.productsAdded.length,
        productsMerged: report.productsMerged.length,
        feeds: rows.feeds.length,
      },
    });
    await recordAudits((name, params) => tx.run(query(name), params), actor, entries);
    return report;
  });
}
