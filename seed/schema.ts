import { z } from 'zod';

/**
 * The shape of the reviewed seed files under seed/data/. Every entry and every relationship carries the
 * verbatim quote from the plan that states it (see docs/SEED.md).
 */
const id = (prefix: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}-[a-z0-9]+(?:-[a-z0-9]+)*$`),
      `must look like "${prefix}-some-name" (ASCII kebab-case)`,
    );
const name = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s && !/\s{2,}/.test(s), 'must not have leading/trailing or repeated spaces');

export const sourceSchema = z.strictObject({
  section: z.string().min(1),
  quote: z.string().min(2).max(200),
});

export const zoneSchema = z.strictObject({
  id: id('zone'),
  name,
  kind: z.enum(['高新区', '组团', '园区', '镇街', '其他']),
  parent: id('zone').optional(),
  output2025: z.number().positive().optional(),
  valueAdded2025: z.number().positive().optional(),
  targetsSource: sourceSchema.optional(),
  focus: z.array(z.strictObject({ industry: id('ind'), source: sourceSchema })).optional(),
  description: z.string().optional(),
  source: sourceSchema,
});

export const zonesFileSchema = z.strictObject({
  /** The district the plan is for, as GB/T 2260 names it (重庆市綦江区); resolved by seed/regions.ts. */
  district: z.string().min(2).optional(),
  /** The district's own 2025 targets (工业总产值, 工业增加值), with the sentence that states them. */
  districtTargets: z
    .strictObject({
      output2025: z.number().positive().optional(),
      valueAdded2025: z.number().positive().optional(),
      source: sourceSchema,
    })
    .optional(),
  zones: z.array(zoneSchema).min(1),
});

export const indicatorSchema = z.strictObject({
  id: id('kpi'),
  category: z.string().optional(),
  name,
  unit: z.string(),
  baseline2020: z.string().nullable(),
  target2025: z.string(),
  target2025Value: z.number().optional(),
  cumulative: z.boolean().optional(),
  kind: z.enum(['预期性', '约束性']),
  source: sourceSchema,
});

export const indicatorsFileSchema = z.strictObject({ indicators: z.array(indicatorSchema).min(1) });

export const chainSchema = z.strictObject({
  id: id('chain'),
  name,
  expression: z.string().min(3),
  kind: z.enum(['产业链', '产品链', '产品群']).optional(),
  stages: z.array(z.array(name).min(1)).min(2),
  source: sourceSchema,
});

const capacitySchema = z.strictObject({
  value: z.number().positive(),
  unit: z.string().min(1),
  product: name.optional(),
});

export const enterpriseSchema = z.strictObject({
  id: id('ent'),
  name,
  fullName: name.optional(),
  local: z.boolean(),
  source: sourceSchema,
  zone: z.strictObject({ zone: id('zone'), source: sourceSchema }).optional(),
  produces: z.array(z.strictObject({ product: name, source: sourceSchema })).optional(),
  targetFor: z
    .array(
      z
        .strictObject({ product: name.optional(), chain: id('chain').optional(), source: sourceSchema })
        .refine((t) => t.product !== undefined || t.chain !== undefined, 'give a product, a chain, or both'),
    )
    .optional(),
});

export const projectSchema = z.strictObject({
  id: id('proj'),
  name,
  kind: z.enum(['产业化项目', '配套项目']),
  status: z.enum(['规划', '在建', '建成']).optional(),
  enterprise: id('ent').optional(),
  zone: id('zone').optional(),
  builds: z.array(name).optional(),
  capacities: z.array(capacitySchema).optional(),
  investment: z.strictObject({ value: z.number().positive(), unit: z.string() }).optional(),
  source: sourceSchema,
});

export const industryFileSchema = z.strictObject({
  industry: z.strictObject({
    id: id('ind'),
    name,
    /** Order of the industry's section in the plan (第三章 一 … 六). */
    position: z.number().int().positive(),
    output2025: z.number().positive().optional(),
    valueAdded2025: z.number().positive().optional(),
    source: sourceSchema,
    targetsSource: sourceSchema.optional(),
  }),
  chains: z.array(chainSchema),
  extraProducts: z.array(z.strictObject({ name, source: sourceSchema })).optional(),
  keyZones: z.array(z.strictObject({ zone: id('zone'), source: sourceSchema })).optional(),
  /** Links of the industry the plan names as ones to bring in (重点引进…, 补齐…), each with its sentence. */
  sought: z.array(z.strictObject({ link: name, source: sourceSchema })).optional(),
  enterprises: z.array(enterpriseSchema),
  projects: z.array(projectSchema),
});

export type SourceRef = z.infer<typeof sourceSchema>;
export type ZoneEntry = z.infer<typeof zoneSchema>;
export type DistrictTargetsEntry = NonNullable<z.infer<typeof zonesFileSchema>['districtTargets']>;
export type IndicatorEntry = z.infer<typeof indicatorSchema>;
export type ChainEntry = z.infer<typeof chainSchema>;
export type EnterpriseEntry = z.infer<typeof enterpriseSchema>;
export type ProjectEntry = z.infer<typeof projectSchema>;
export type IndustryFile = z.infer<typeof industryFileSchema>;
