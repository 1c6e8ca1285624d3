import { factStale } from '../../domain/staleness.ts';
import { IMPORT_PLAN } from '../../imports/audit.ts';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import type { AuditEntryModel } from '../models.ts';
import type { QueryResolvers } from '../types.generated.ts';

export const MAX_AUDIT = 500;

/** Query.audit: the audit trail, newest first. It names who changed what: a viewer token in every mode. */
export const auditQuery: Pick<QueryResolvers, 'audit'> = {
  audit: async (_p, { entity, first }, ctx) => {
    await ctx.requireRole('viewer');
    const n = first ?? 50;
    if (!Number.isInteger(n) || n < 1 || n > MAX_AUDIT)
      throw badInput('first', `must be an integer from 1 to ${MAX_AUDIT}, got ${n}`);
    const rows = await ctx.db.read<{ entry: AuditEntryModel }>('audit/list', {
      entity: entity ?? null,
      first: n,
    });
    return rows.map((r) => r.entry);
  },
};

/**
 * When someone last confirmed a fact: its last edit or table import. A plan import is no confirmation — the plan's
 * facts are as old as its text says (a 2023 news page imported today is of 2023), so it dates nothing itself.
 */
async function confirmedAt(id: string, ctx: Context): Promise<string | null> {
  const edit = await ctx.lastChange.load(id);
  return edit && edit.action !== IMPORT_PLAN ? edit.at : null;
}

/**
 * A fact is as old as its last confirmation, else as the newest plan citing it (its issue date, or its import's
 * when the text gave none), else as the plans in the graph (seeded facts without sources).
 */
async function updatedAt(id: string, ctx: Context): Promise<string | null> {
  const [edit, dates] = await Promise.all([confirmedAt(id, ctx), ctx.planDates.load(id)]);
  return edit ?? dates.issued ?? (await ctx.planIssued());
}

/** lastChange, updatedAt and stale: the same three field resolvers on Enterprise, Project, Zone and Chain. */
export const freshness = {
  lastChange: (x: { id: string }, _a: unknown, ctx: Context) => ctx.lastChange.load(x.id),
  updatedAt: (x: { id: string }, _a: unknown, ctx: Context) => updatedAt(x.id, ctx),
  // Staleness follows the plan's period (domain/staleness.ts factStale).
  stale: async (x: { id: string }, _a: unknown, ctx: Context) => {
    const [edit, issued, dates] = await Promise.all([
      confirmedAt(x.id, ctx),
      ctx.planIssued(),
      ctx.planDates.load(x.id),
    ]);
    return factStale(
      { editedAt: edit, issued: dates.issued ?? issued, planEnds: dates.ends },
      ctx.now,
      ctx.settings.staleAfterMonths,
    );
  },
};
