import { z } from 'zod';
import { BIDI_REASON, hasBidiControl } from '../../../vocab/names.ts';
import { PROJECT_STATUSES } from '../../../vocab/project.ts';
import { badInput } from '../errors.ts';

export const MAX_LEADER_LENGTH = 50;

/** A name shown to people: no bidirectional control characters (vocab/names.ts). */
export const shown = (schema: z.ZodString) => schema.refine((v) => !hasBidiControl(v), BIDI_REASON);
export const name = (max: number) =>
  shown(z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

export const id = z.string().trim().min(1, 'must not be empty').max(200);
const ids = z
  .array(id)
  .max(200)
  .transform((list) => [...new Set(list)].sort());
/** Optional text: '' and null clear it. */
export const text = (max: number) =>
  shown(z.string().trim().max(max, `must be at most ${max} characters`))
    .nullish()
    .transform((v) => (v === '' ? null : v));
/** 统一社会信用代码: 18 characters, digits and capitals without I, O, S, V, Z. */
const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([0-9A-HJ-NP-RTUWXY]{18})?$/, 'must be an 18-character unified social credit code')
  .nullish()
  .transform((v) => (v === '' ? null : v));

/** At most this many stated products (未入链产品) per enterprise. */
export const MAX_STATED_PRODUCTS = 50;
/** Products that are no chain link, as the firm states them: each once, in the order given. */
const statedProducts = z
  .array(name(50))
  .max(MAX_STATED_PRODUCTS, `must be at most ${MAX_STATED_PRODUCTS} products`)
  .transform((list) => [...new Set(list)]);

const enterpriseFields = {
  name: name(100),
  fullName: text(200),
  local: z.boolean(),
  zone: id.nullish(),
  produces: ids.nullish(),
  statedProducts: statedProducts.nullish(),
  industries: ids.nullish(),
  creditCode,
  note: text(1000),
};

export const createEnterpriseInput = z.object(enterpriseFields);
export const updateEnterpriseInput = z.object({
  ...enterpriseFields,
  name: enterpriseFields.name.optional(),
  local: enterpriseFields.local.optional(),
});
export type EnterpriseInput = z.infer<typeof updateEnterpriseInput>;

/** Project statuses an editor may set: the shared list. */
export const projectStatusInput = z.object({ status: z.enum(PROJECT_STATUSES) });
const target = z.number().finite().min(0, 'must be 0 or more');
export const zoneTargetsInput = z.object({ output2025: target, valueAdded2025: target });
export const leaderInput = z.object({
  leader: shown(z.string().trim()).refine(
    (v) => [...v].length <= MAX_LEADER_LENGTH,
    `must be at most ${MAX_LEADER_LENGTH} characters`,
  ),
});
export const aliasInput = z.object({
  pool: name(100),
});

/** Validates with zod; the first problem becomes BAD_USER_INPUT naming the field (e.g. `input.zone`). */
export function parse<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [prefix, ...(issue?.path ?? [])].filter((p) => p !== undefined && p !== '').join('.');
  throw badInput(field || (prefix ?? 'input'), issue?.message ?? 'is invalid');
}
