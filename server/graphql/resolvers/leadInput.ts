import { z } from 'zod';
import { LEAD_LIMITS } from '../../../vocab/lead.ts';
import { id, name, shown, text } from './mutationInput.ts';

/** YYYY-MM-DD, a real calendar date. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'is not a calendar date')
  .nullish()
  .transform((v) => v ?? null);

const amount = z.number().finite().min(0, 'must be 0 or more').nullish();

const leadFields = {
  firm: id.nullish(),
  firmName: name(LEAD_LIMITS.firm).nullish(),
  owner: name(LEAD_LIMITS.owner),
  investment: amount,
  capacity: z.number().finite().positive('must be more than 0').nullish(),
  capacityUnit: text(20),
  nextStep: text(LEAD_LIMITS.nextStep),
  nextStepDate: isoDate,
  notes: text(LEAD_LIMITS.notes),
};

export const createLeadInput = z.object({ ...leadFields, link: id, zone: id });
export const updateLeadInput = z.object({ ...leadFields, owner: leadFields.owner.optional() });
export type UpdateLead = z.infer<typeof updateLeadInput>;

export const moveReason = z.object({
  reason: shown(
    z
      .string()
      .trim()
      .min(1, 'must say why the lead moves')
      .max(LEAD_LIMITS.reason, `must be at most ${LEAD_LIMITS.reason} characters`),
  ),
});
