import { readChildren, readPath, readZoneSearch } from '../../db/scopeTree.ts';
import { openTree } from '../../domain/scopeTree.ts';
import type { Context } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import type { ZoneModel } from '../models.ts';
import type { QueryResolvers } from '../types.generated.ts';
import { MAX_SEARCH_LENGTH, requireRange } from './query.ts';

/** The most zones one search answers (the tree shows them with their paths). */
export const MAX_ZONE_MATCHES = 50;

/** Zones read by the tree's queries answer their own `parent { id }` without another read. */
function primed(ctx: Context, zones: ZoneModel[]): ZoneModel[] {
  for (const z of zones) ctx.zone.prime(z.id, z);
  return zones;
}

/** The scope selector's fields (issue #20): a level of the tree at a time and a name search with a limit. */
export const scopeTreeQuery: Pick<QueryResolvers, 'scopeTree' | 'zoneChildren' | 'zoneSearch'> = {
  scopeTree: async (_p, { zone }, ctx) => {
    const path = zone ? await readPath(ctx.db, zone) : [];
    return primed(ctx, await openTree(path, (parent) => readChildren(ctx.db, parent)));
  },

  zoneChildren: async (_p, { parent }, ctx) => {
    if (parent && !(await ctx.zone.load(parent))) throw notFound('Zone', parent);
    return primed(ctx, await readChildren(ctx.db, parent ?? null));
  },

  zoneSearch: async (_p, { query, first, kind, kinds }, ctx) => {
    const q = query.replace(/\s+/g, '');
    if (q.length === 0) throw badInput('query', 'must not be empty');
    if (q.length > MAX_SEARCH_LENGTH)
      throw badInput('query', `must be at most ${MAX_SEARCH_LENGTH} characters`);
    const n = first ?? 20;
    requireRange('first', n, 1, MAX_ZONE_MATCHES);
    // One more than asked: whether there are more.
    if (kind != null && kinds != null) throw badInput('kinds', 'give kind or kinds, not both');
    if (kinds?.length === 0) throw badInput('kinds', 'must name at least one kind');
    const rows = await readZoneSearch(ctx.db, q, n + 1, kinds ?? (kind != null ? [kind] : null));
    const shown = rows.slice(0, n);
    const matches = primed(
      ctx,
      shown.map((r) => r.zone),
    );
    const matched = new Set(matches.map((z) => z.id));
    const above = [...new Set(shown.flatMap((r) => r.above))].filter((id) => !matched.has(id));
    const ancestors = (await ctx.zone.loadMany(above)).filter(
      (z): z is ZoneModel => z !== null && !(z instanceof Error),
    );
    return { matches, ancestors, truncated: rows.length > n };
  },
};
