import { allows } from '../../auth/token.ts';
import { poolLoaded } from '../../pool/import.ts';
import { readAliasSuggestions } from '../../pool/suggestions.ts';
import { notFound } from '../errors.ts';
import type { QueryResolvers } from '../types.generated.ts';
import { requireRange } from './query.ts';

/** Most names one answer lists. */
export const MAX_ALIAS_SUGGESTIONS = 50;

/** Query.aliasSuggestions: validate → read (server/pool/suggestions.ts) → shape; canEdit and poolLoaded beside. */
export const aliasesQuery: Pick<QueryResolvers, 'aliasSuggestions' | 'canEdit' | 'poolLoaded'> = {
  canEdit: async (_p, _a, ctx) => {
    const actor = await ctx.actor();
    return actor.role !== null && allows(actor.role, 'editor');
  },
  poolLoaded: (_p, _a, ctx) => poolLoaded((name, params) => ctx.db.read(name, params)),
  aliasSuggestions: async (_p, { link, first }, ctx) => {
    const n = first ?? 20;
    requireRange('first', n, 1, MAX_ALIAS_SUGGESTIONS);
    const [found, actor] = await Promise.all([
      readAliasSuggestions((name, params) => ctx.db.read(name, params), link, { first: n }),
      ctx.actor(),
    ]);
    if (!found) throw notFound('Product', link);
    return {
      link: found.link,
      pool: found.pool,
      suggestions: found.narrower,
      total: found.narrowerTotal,
      broader: found.broader,
      broaderTotal: found.broaderTotal,
      matched: found.matched,
      matchedTotal: found.matchedTotal,
      aliases: found.aliases,
      canEdit: actor.role !== null && allows(actor.role, 'editor'),
    };
  },
};
