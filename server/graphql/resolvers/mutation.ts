import { randomBytes } from 'node:crypto';
import type { AuditActor } from '../../audit/entries.ts';
import { readChains } from '../../db/reads.ts';
import { toChain } from '../../domain/chain.ts';
import { matchPoolAudit, rematchPool } from '../../pool/rematch.ts';
import type { Context } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import type { EnterpriseModel, ProjectModel, ZoneModel } from '../models.ts';
import type { MutationResolvers } from '../types.generated.ts';
import {
  aliasInput,
  createEnterpriseInput,
  type EnterpriseInput,
  leaderInput,
  parse,
  projectStatusInput,
  updateEnterpriseInput,
  zoneTargetsInput,
} from './mutationInput.ts';
import { inWriteTx, type Props, type Run, recordAudit } from './mutationTx.ts';

export { MAX_LEADER_LENGTH } from './mutationInput.ts';

/**
 * Every mutation reads the same way: check the role (editor) → validate → one write transaction that changes
 * the graph and records an AuditEntry with the changed properties → read the entity back.
 */
export const Mutation: MutationResolvers = {
  setChainLeader: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const { leader } = parse(leaderInput, { leader: args.leader });
    await inWriteTx(ctx.db, async (run) => {
      const before = await state(run, 'edit/chain-state', args.chain);
      if (!before) throw notFound('Chain', args.chain);
      const after = { leader: leader === '' ? null : leader };
      await run('set-chain-leader', { id: args.chain, leader: after.leader });
      await recordAudit(run, actor, {
        action: 'setChainLeader',
        entity: args.chain,
        entityType: 'Chain',
        before,
        after,
      });
    });
    return chainInDistrict(ctx, args.chain);
  },

  createEnterprise: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const given = parse(createEnterpriseInput, args.input, 'input');
    const id = `ent-u-${randomBytes(5).toString('hex')}`;
    await inWriteTx(ctx.db, async (run) => {
      const input = await linkStated(run, given, null);
      await checkRefs(run, input);
      const after = await writeEnterprise(run, id, input);
      await recordAudit(run, actor, {
        action: 'createEnterprise',
        entity: id,
        entityType: 'Enterprise',
        before: null,
        after,
      });
    });
    return enterprise(ctx, id);
  },

  updateEnterprise: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const given = parse(updateEnterpriseInput, args.input, 'input');
    await inWriteTx(ctx.db, async (run) => {
      const before = await state(run, 'edit/enterprise-state', args.id);
      if (!before) throw notFound('Enterprise', args.id);
      const input = await linkStated(run, given, before);
      await checkRefs(run, input);
      const after = await writeEnterprise(run, args.id, input);
      await recordAudit(run, actor, {
        action: 'updateEnterprise',
        entity: args.id,
        entityType: 'Enterprise',
        before,
        after,
      });
    });
    return enterprise(ctx, args.id);
  },

  setProjectStatus: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const { status } = parse(projectStatusInput, { status: args.status });
    await inWriteTx(ctx.db, async (run) => {
      const before = await state(run, 'edit/project-state', args.id);
      if (!before) throw notFound('Project', args.id);
      await run('edit/set-project-status', { id: args.id, status });
      await recordAudit(run, actor, {
        action: 'setProjectStatus',
        entity: args.id,
        entityType: 'Project',
        before,
        after: { status },
      });
    });
    const project: ProjectModel | null = await ctx.projects.clear(args.id).load(args.id);
    if (!project) throw notFound('Project', args.id);
    return project;
  },

  setZoneTargets: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const targets = parse(zoneTargetsInput, {
      output2025: args.output2025,
      valueAdded2025: args.valueAdded2025,
    });
    await inWriteTx(ctx.db, async (run) => {
      const before = await state(run, 'edit/zone-state', args.id);
      if (!before) throw notFound('Zone', args.id);
      await run('edit/set-zone-targets', { id: args.id, ...targets });
      await recordAudit(run, actor, {
        action: 'setZoneTargets',
        entity: args.id,
        entityType: 'Zone',
        before,
        after: targets,
      });
    });
    // Read the zones afresh: the per-request zone list may predate the write.
    const rows = await ctx.db.read<{ zone: ZoneModel }>('zones');
    const zone = rows.find((r) => r.zone.id === args.id)?.zone;
    if (!zone) throw notFound('Zone', args.id);
    return zone;
  },

  addAlias: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const { pool } = parse(aliasInput, { pool: args.pool });
    await inWriteTx(ctx.db, async (run) => {
      const [missing] = await run<{ products: string[] }>('edit/missing-refs', {
        zones: [],
        products: [args.link],
        industries: [],
      });
      if (missing?.products.length) throw badInput('link', `names no chain link: "${args.link}"`);
      const before = await state(run, 'edit/alias-state', pool);
      await run('edit/add-alias', { pool, link: args.link });
      await recordAudit(run, actor, {
        action: 'addAlias',
        entity: pool,
        entityType: 'Alias',
        before: before?.link ? before : null,
        after: { link: args.link },
      });
      await rematchAfterAlias(run, actor, pool);
    });
    const product = await ctx.products.load(args.link);
    if (!product) throw notFound('Product', args.link);
    return { pool, link: { id: product.id, name: product.name } };
  },

  removeAlias: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const { pool } = parse(aliasInput, { pool: args.pool });
    return inWriteTx(ctx.db, async (run) => {
      const before = await state(run, 'edit/alias-state', pool);
      if (!before?.link) return false;
      await run('edit/remove-alias', { pool });
      await recordAudit(run, actor, {
        action: 'removeAlias',
        entity: pool,
        entityType: 'Alias',
        before,
        after: null,
      });
      await rematchAfterAlias(run, actor, pool);
      return true;
    });
  },
};

/** The pool's MAIN_PRODUCT edges follow an alias at once (same transaction), with a MATCH_POOL entry on it. */
async function rematchAfterAlias(run: Run, actor: AuditActor, pool: string): Promise<void> {
  const change = matchPoolAudit(await rematchPool(run), pool, 'Alias');
  if (change) await recordAudit(run, actor, change);
}

/** The `state` column of a *-state query: the entity's editable properties; null when it does not exist. */
async function state(run: Run, name: string, id: string): Promise<Props | null> {
  const [row] = await run<{ state: Props }>(name, { id, pool: id });
  return row?.state ?? null;
}

/** BAD_USER_INPUT naming the field when a zone, product or industry id does not exist. */
async function checkRefs(run: Run, input: EnterpriseInput): Promise<void> {
  const [missing] = await run<{ zones: string[]; products: string[]; industries: string[] }>(
    'edit/missing-refs',
    {
      zones: input.zone ? [input.zone] : [],
      products: input.produces ?? [],
      industries: input.industries ?? [],
    },
  );
  if (!missing) return;
  const unknown = (ids: string[]) => ids.map((i) => `"${i}"`).join(', ');
  if (missing.zones.length) throw badInput('input.zone', `names no zone: ${unknown(missing.zones)}`);
  if (missing.products.length)
    throw badInput('input.produces', `names no chain link: ${unknown(missing.products)}`);
  if (missing.industries.length)
    throw badInput('input.industries', `names no industry: ${unknown(missing.industries)}`);
}

/**
 * A stated product (未入链产品) is one no chain names: a name among `statedProducts` that is some chain's link (of
 * another district, or added by a later plan) is produced as that link instead — added to `produces` (to the
 * links it produced before when `produces` is not given), left out of `statedProducts`.
 */
async function linkStated(run: Run, input: EnterpriseInput, before: Props | null): Promise<EnterpriseInput> {
  if (!input.statedProducts?.length) return input;
  const [row] = await run<{ links: { name: string; id: string }[] }>('edit/link-names', {
    names: input.statedProducts,
  });
  const links = row?.links ?? [];
  if (!links.length) return input;
  const names = new Set(links.map((l) => l.name));
  const produces = input.produces ?? (before?.produces as string[] | undefined) ?? [];
  return {
    ...input,
    statedProducts: input.statedProducts.filter((n) => !names.has(n)),
    produces: [...new Set([...produces, ...links.map((l) => l.id)])],
  };
}

/** Writes the given fields (omitted ones stay) and returns the enterprise's state afterwards. */
async function writeEnterprise(run: Run, id: string, input: EnterpriseInput): Promise<Props> {
  const props: Props = {};
  for (const key of ['name', 'fullName', 'local', 'creditCode', 'note'] as const) {
    if (input[key] !== undefined) props[key] = input[key];
  }
  if (input.industries !== undefined) props.industries = input.industries ?? [];
  if (input.statedProducts !== undefined) props.statedProducts = input.statedProducts ?? [];
  const before = await state(run, 'edit/enterprise-state', id);
  await run('edit/upsert-enterprise', { id, props });
  if (input.zone !== undefined) {
    await run('edit/set-enterprise-zone', { id, zone: input.zone });
    // Its province and city for the region pages (seed/scopeKeys.ts), in the same transaction.
    await run('enterprise-scope/refresh', { firms: [id], zones: [] });
  }
  if (input.produces !== undefined)
    await run('edit/set-enterprise-products', { id, products: input.produces ?? [] });
  // The stored producer counts of the links it produced before and produces now (its zone or `local` may have
  // changed too).
  const old = (before?.produces as string[] | undefined) ?? [];
  await run('link-counts/refresh', { links: old, firms: [id], zones: [], within: null });
  const after = await state(run, 'edit/enterprise-state', id);
  if (!after) throw new Error(`Enterprise ${id} vanished inside its write transaction`);
  return after;
}

async function enterprise(ctx: Context, id: string): Promise<EnterpriseModel> {
  const e = await ctx.enterprises.clear(id).load(id);
  if (!e) throw notFound('Enterprise', id);
  return e;
}

async function chainInDistrict(ctx: Context, id: string) {
  const [row] = await readChains(ctx.db, { ids: [id], industries: null, zone: null });
  if (!row) throw notFound('Chain', id);
  return toChain(row, await ctx.scope(null));
}
