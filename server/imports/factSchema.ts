/**
 * The reviewed plan facts (vocab/imports.ts ImportZone … ImportProject) as zod schemas: what /imports/commit and
 * `npm run import` accept besides chains. Names follow the chain rules (trimmed, no bidi controls).
 */
import { z } from 'zod';
import { BIDI_REASON, hasBidiControl } from '../../vocab/names.ts';
import { PROJECT_STATUSES } from '../../vocab/project.ts';

/** A name shown to people: trimmed, 1–`max` characters, no bidirectional control characters. */
export const shownName = (max: number, empty = 'must not be empty') =>
  z
    .string()
    .trim()
    .min(1, empty)
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !hasBidiControl(v), BIDI_REASON);

const optionalName = shownName(100).nullable().optional();
const amount = z.number().finite().min(0).nullable().optional();
const year = z.number().int().min(1990).max(2100).nullable().optional();

const fact = {
  name: shownName(100),
  quote: z.string().min(1, 'every fact needs the sentence it was read from').max(2000),
  start: z.number().int().min(0),
};

export const zoneSchema = z.strictObject({
  ...fact,
  kind: shownName(20),
  parent: optionalName,
  year,
  output: amount,
  valueAdded: amount,
});

/** The whole district's target for one year: the year is required, a figure at least (checkFacts). */
export const districtTargetSchema = z.strictObject({
  quote: fact.quote,
  start: fact.start,
  year: z.number().int().min(1990).max(2100),
  output: amount,
  valueAdded: amount,
});

export const industrySchema = z.strictObject({ ...fact, year, output: amount, valueAdded: amount });

export const firmSchema = z.strictObject({
  ...fact,
  zone: optionalName,
  products: z.array(shownName(100)).max(50).default([]),
  /** Other sentences naming the firm (another spelling), each committed as a source. */
  also: z
    .array(z.strictObject({ quote: fact.quote, start: fact.start }))
    .max(20)
    .optional(),
});

export const targetSchema = z.strictObject({
  ...fact,
  link: shownName(100, 'a target needs the link it is for'),
});

export const projectSchema = z.strictObject({
  ...fact,
  name: shownName(200),
  value: amount,
  unit: z.string().trim().max(20).nullable().optional(),
  product: optionalName,
  zone: optionalName,
  enterprise: optionalName,
  link: optionalName,
  /** One of PROJECT_STATUSES, or null / absent for STATUS_UNSTATED (an existing status is then kept). */
  status: z
    .enum(PROJECT_STATUSES, { message: `must be one of ${PROJECT_STATUSES.join(' ')} or null` })
    .nullable()
    .optional(),
  /** The words that gave the status, as the review shows them: not written to the graph. */
  statusWords: z.string().trim().max(60).nullable().optional(),
});

/** A link the plan says it will bring in: a link of the review's chains or of the graph (checked at the commit). */
export const soughtSchema = z.strictObject(fact);

const list = <T extends z.ZodType>(item: T) => z.array(item).max(5000).default([]);

export const factFields = {
  district: shownName(60).optional(),
  districtHint: shownName(60).optional(),
  districtTargets: z.array(districtTargetSchema).max(50).default([]),
  zones: list(zoneSchema),
  industries: list(industrySchema),
  firms: list(firmSchema),
  targets: list(targetSchema),
  projects: list(projectSchema),
  sought: list(soughtSchema),
  skippedFacts: z
    .strictObject({
      districtTargets: z.number().int().min(0).optional(),
      zones: z.number().int().min(0).optional(),
      industries: z.number().int().min(0).optional(),
      firms: z.number().int().min(0).optional(),
      targets: z.number().int().min(0).optional(),
      projects: z.number().int().min(0).optional(),
      sought: z.number().int().min(0).optional(),
    })
    .default({}),
};
