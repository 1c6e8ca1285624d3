/**
 * The pipeline's mutations: open a lead, change its facts, move it between stages. Each reads like the other
 * mutations: editor role → zod input → one write transaction that changes the graph and records audit entries
 * (the lead's, and the project's when signing makes or removes one) → read the lead back.
 */
import { randomBytes } from 'node:crypto';
import { LEAD_STAGE, type LeadStage, SIGNED_STAGE } from '../../../vocab/lead.ts';
import { moveRefusal } from '../../domain/leads.ts';
import { signLead, unsignLead } from '../../leads/sign.ts';
import type { Context } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import type { LeadModel } from '../models.ts';
import type { MutationResolvers } from '../types.generated.ts';
import { createLeadInput, moveReason, type UpdateLead, updateLeadInput } from './leadInput.ts';
import { leadLoader } from './leads.ts';
import { parse } from './mutationInput.ts';
import { inWriteTx, type Props, type Run, recordAudit } from './mutationTx.ts';

interface LeadState {
  state: Props;
  projectStatus: string | null;
  projectMade: boolean;
}

async function leadState(run: Run, id: string): Promise<LeadState | null> {
  const [row] = await run<{ state: Props; projectStatus: string | null; projectMade: boolean }>(
    'leads/states',
    { ids: [id] },
  );
  return row ?? null;
}

/** BAD_USER_INPUT naming the field when the link, the zone or the firm does not exist; the firm's name. */
async function checkLeadRefs(
  run: Run,
  refs: { link?: string; zone?: string; firm?: string | null },
): Promise<string | null> {
  const [row] = await run<{ link: boolean; zone: boolean; firmName: string | null }>('leads/refs', {
    link: refs.link ?? '',
    zone: refs.zone ?? '',
    firm: refs.firm ?? '',
  });
  if (refs.link !== undefined && !row?.link)
    throw badInput('input.link', `names no chain link: "${refs.link}"`);
  if (refs.zone !== undefined && !row?.zone) throw badInput('input.zone', `names no zone: "${refs.zone}"`);
  if (refs.firm && !row?.firmName) throw badInput('input.firm', `names no enterprise: "${refs.firm}"`);
  return row?.firmName ?? null;
}

/** The lead's properties an input sets (omitted fields stay; null clears). */
function leadProps(input: UpdateLead, firmName: string | null): Props {
  const props: Props = {};
  for (const key of [
    'owner',
    'investment',
    'capacity',
    'capacityUnit',
    'nextStep',
    'nextStepDate',
    'notes',
  ] as const) {
    if (input[key] !== undefined) props[key] = input[key];
  }
  if (firmName !== null) props.firmName = firmName;
  else if (input.firmName) props.firmName = input.firmName;
  return props;
}

async function lead(ctx: Context, id: string): Promise<LeadModel> {
  const l = await leadLoader(ctx).clear(id).load(id);
  if (!l) throw notFound('Lead', id);
  return l;
}

/** Signing: link an existing project, or make the lead's project and record its creation. */
async function sign(run: Run, actor: Parameters<typeof recordAudit>[1], id: string, project: string | null) {
  if (project) {
    const [linked] = await run('leads/link-project', { id, project });
    if (!linked) throw badInput('project', `names no project: "${project}"`);
    return project;
  }
  const entry = await signLead(run, id, 'moveLead');
  await recordAudit(run, actor, entry);
  return entry.entity;
}

export const leadMutations: Pick<MutationResolvers, 'createLead' | 'updateLead' | 'moveLead'> = {
  createLead: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const input = parse(createLeadInput, args.input, 'input');
    const stage: LeadStage = args.input.stage ?? 'CLUE';
    if (stage === SIGNED_STAGE)
      throw badInput('input.stage', 'cannot be SIGNED at creation: open the lead, then move it to SIGNED');
    if (!input.firm && !input.firmName)
      throw badInput('input.firmName', 'is needed when input.firm is omitted');
    const id = `lead-${randomBytes(5).toString('hex')}`;
    await inWriteTx(ctx.db, async (run) => {
      const firmName = await checkLeadRefs(run, input);
      await run('leads/create', {
        id,
        stage,
        link: input.link,
        zone: input.zone,
        firm: input.firm ?? '',
        props: leadProps(input, firmName),
      });
      const after = await leadState(run, id);
      await recordAudit(run, actor, {
        action: 'createLead',
        entity: id,
        entityType: 'Lead',
        before: null,
        after: after?.state ?? null,
      });
    });
    return lead(ctx, id);
  },

  updateLead: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const input = parse(updateLeadInput, args.input, 'input');
    await inWriteTx(ctx.db, async (run) => {
      const before = await leadState(run, args.id);
      if (!before) throw notFound('Lead', args.id);
      const firmName = input.firm ? await checkLeadRefs(run, { firm: input.firm }) : null;
      const setFirm = input.firm !== undefined || (input.firmName !== undefined && input.firmName !== null);
      await run('leads/update', {
        id: args.id,
        props: leadProps(input, firmName),
        setFirm,
        firm: input.firm ?? '',
      });
      const after = await leadState(run, args.id);
      await recordAudit(run, actor, {
        action: 'updateLead',
        entity: args.id,
        entityType: 'Lead',
        before: before.state,
        after: after?.state ?? null,
      });
    });
    return lead(ctx, args.id);
  },

  moveLead: async (_p, args, ctx) => {
    const actor = await ctx.requireRole('editor');
    const { reason } = parse(moveReason, { reason: args.reason });
    await inWriteTx(ctx.db, async (run) => {
      const before = await leadState(run, args.id);
      if (!before) throw notFound('Lead', args.id);
      const from = before.state.stage as LeadStage;
      const refusal = moveRefusal(from, args.stage, reason, before.projectStatus);
      if (refusal) throw badInput('stage', `${refusal} (lead ${args.id}, ${LEAD_STAGE[from].label})`);
      if (from === SIGNED_STAGE) {
        const was = { ...before, project: (before.state.project as string | null) ?? null };
        const removed = await unsignLead(run, args.id, was, 'moveLead');
        if (removed) await recordAudit(run, actor, removed);
      }
      await run('leads/set-stage', { id: args.id, stage: args.stage });
      const project =
        args.stage === SIGNED_STAGE ? await sign(run, actor, args.id, args.project ?? null) : null;
      await recordAudit(run, actor, {
        action: 'moveLead',
        entity: args.id,
        entityType: 'Lead',
        before: { stage: from, project: before.state.project ?? null },
        after: { stage: args.stage, project, reason },
      });
    });
    return lead(ctx, args.id);
  },
};
