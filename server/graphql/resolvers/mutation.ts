import { badInput, notFound } from '../errors.ts';
import type { MutationResolvers } from '../types.generated.ts';
import { type ChainRow, toChain } from './shape.ts';

export const MAX_LEADER_LENGTH = 50;

export const Mutation: MutationResolvers = {
  // Validate → write → read the chain back in the whole district.
  setChainLeader: async (_p, { chain, leader }, ctx) => {
    const value = leader.trim();
    if ([...value].length > MAX_LEADER_LENGTH)
      throw badInput('leader', `must be at most ${MAX_LEADER_LENGTH} characters`);
    const written = await ctx.db.write<{ id: string }>('set-chain-leader', {
      id: chain,
      leader: value === '' ? null : value,
    });
    if (written.length === 0) throw notFound('Chain', chain);
    const [row] = await ctx.db.read<ChainRow>('chains', { ids: [chain], industries: null, zone: null });
    if (!row) throw notFound('Chain', chain);
    return toChain(row, await ctx.scope(null));
  },
};
