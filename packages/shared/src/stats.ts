// The targets dashboard: indicators of the packs a region adopts, evaluated live from the roll-ups.
import { z } from 'zod';
import { hubKinds, organizationStatuses, serviceFields, tiers } from './enums.js';
import { comparators, indicatorKinds, indicatorStatuses, pendingSources } from './policies.js';
import { trainingAudiences } from './training.js';

const localized = z.object({ zh: z.string(), en: z.string() });
const packId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'policy_id_invalid' });

/** '' (or no region) asks for the actor's whole scope; the country for platform-wide accounts. */
export const statsRegionQuery = z.object({
  region: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { message: 'region_code_invalid' }),
    ])
    .optional(),
});

export const statsIndicatorsQuery = statsRegionQuery.extend({ policy: packId.optional() });
export type StatsIndicatorsQuery = z.infer<typeof statsIndicatorsQuery>;

/** GET /stats/indicators/export: the same table as .xlsx (one sheet per pack) or .csv (one section per pack). */
export const statsIndicatorsExportQuery = statsIndicatorsQuery.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const statsTrendQuery = statsRegionQuery.extend({
  policy: packId,
  months: z.coerce.number().int().min(1).max(120).default(24),
});

/** The organization-list filters that reproduce a number, so every figure can link to its organizations. */
export const organizationFilterSchema = z.object({
  tier: z.array(z.enum(tiers)).optional(),
  status: z.array(z.enum(organizationStatuses)).optional(),
  hubKind: z.array(z.enum(hubKinds)).optional(),
  serviceField: z.array(z.enum(serviceFields)).optional(),
  isBrand: z.boolean().optional(),
  isDemonstration: z.boolean().optional(),
  isObservationPoint: z.boolean().optional(),
});
export type OrganizationFilter = z.infer<typeof organizationFilterSchema>;

export const indicatorValueSchema = z.object({
  status: z.enum(indicatorStatuses),
  /** null when there is no data source, or nothing to divide by */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorResultSchema = indicatorValueSchema.extend({
  id: z.string(),
  name: localized,
  kind: z.enum(indicatorKinds),
  /** How `value` reads: organizations per community, a share 0–1, or a plain number. */
  unit: z.enum(['per_community', 'share', 'count']),
  comparator: z.enum(comparators),
  target: z.number(),
  startsOn: z.string(),
  deadline: z.string().nullable(),
  judgedAt: z.number().int(),
  /** coverage / per_region_min: the level of the regions that must each qualify */
  regionLevel: z.number().int().nullable(),
  citation: z.object({ file: z.string(), clause: z.string() }),
  /** Set when the data comes from a capability not built yet: the value is then null, never made up. */
  noDataSource: z.enum(pendingSources).nullable(),
  /** Filters for the organization list behind the numerator (null when it is not a set of organizations). */
  organizations: organizationFilterSchema.nullable(),
  /** Filters for the training attendance list behind a person-times numerator (null for other subjects). */
  training: z.object({ audiences: z.array(z.enum(trainingAudiences)), from: z.string() }).nullable(),
});
export type IndicatorResult = z.infer<typeof indicatorResultSchema>;

export const regionRefSchema = z.object({ code: z.string(), name: z.string(), level: z.number().int() });
export type RegionRef = z.infer<typeof regionRefSchema>;

export const childRegionRowSchema = regionRefSchema.extend({
  /** indicator id → its value in this child region */
  values: z.record(z.string(), indicatorValueSchema),
  /** Indicators with data that this child does not meet: the table sorts on it, behind first. */
  behind: z.number().int(),
});
export type ChildRegionRow = z.infer<typeof childRegionRowSchema>;

export const packResultSchema = z.object({
  id: z.string(),
  title: localized,
  documentNumber: z.string(),
  issuer: localized,
  /** Where the region got it: its own binding or an ancestor's. */
  boundAt: regionRefSchema,
  indicators: z.array(indicatorResultSchema),
  children: z.array(childRegionRowSchema),
});
export type PackResult = z.infer<typeof packResultSchema>;

export const statsIndicatorsSchema = z.object({
  region: regionRefSchema.extend({ path: z.array(regionRefSchema) }),
  /** Level of the rows in `children`; null for a community (it has none). */
  childLevel: z.number().int().nullable(),
  evaluatedAt: z.string(),
  packs: z.array(packResultSchema),
});
export type StatsIndicators = z.infer<typeof statsIndicatorsSchema>;

export const statsBreakdownSchema = z.object({
  region: regionRefSchema,
  /** Active organizations, every tier */
  active: z.number().int(),
  tiers: z.array(z.object({ tier: z.enum(tiers), count: z.number().int() })),
  /** Per adopted pack: active organizations per category (one organization may sit in several) */
  categories: z.array(
    z.object({
      policy: z.string(),
      title: localized,
      items: z.array(z.object({ id: z.string(), name: localized, count: z.number().int(), serviceFields: z.array(z.enum(serviceFields)) })),
    }),
  ),
  /** Communities by number of active organizations: buckets 0, 1–4, 5–9, 10–14, 15–19, 20+ */
  distribution: z.array(z.object({ from: z.number().int(), to: z.number().int().nullable(), communities: z.number().int() })),
});
export type StatsBreakdown = z.infer<typeof statsBreakdownSchema>;

export const statsTrendSchema = z.object({
  region: regionRefSchema,
  policy: z.string(),
  /** Month-end (or on-demand) snapshots, oldest first */
  points: z.array(
    z.object({
      takenOn: z.string(),
      /** Rebuilt afterwards from founding dates rather than copied on the day */
      reconstructed: z.boolean(),
      values: z.record(z.string(), indicatorValueSchema),
    }),
  ),
});
export type StatsTrend = z.infer<typeof statsTrendSchema>;

// Bindings: which packs a region adopts. Children inherit every pack bound above them.
export const policyBindingSchema = z.object({
  region: regionRefSchema,
  /** Packs bound on this region itself */
  own: z.array(z.string()),
  /** Packs inherited from ancestors, with where each is bound */
  inherited: z.array(z.object({ policy: z.string(), boundAt: regionRefSchema })),
  version: z.number().int(),
});
export type PolicyBinding = z.infer<typeof policyBindingSchema>;

export const policyBindingBody = z.object({
  policies: z.array(packId).max(20),
  /** The binding's version as read; a concurrent change answers 409 */
  version: z.number().int().min(0),
});

export const policySummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: localized,
  documentNumber: z.string(),
  issuer: localized,
  issuedOn: z.string(),
  sourceFile: z.string(),
  bindsTo: z.string(),
  indicatorCount: z.number().int(),
});
export type PolicySummary = z.infer<typeof policySummarySchema>;

// Re-tagging (shanghai-2021 四（三）): move organizations from one service field to others, previewed first.
export const retaggingBody = z.object({
  region: z
    .string()
    .trim()
    .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { message: 'region_code_invalid' }),
  moves: z
    .array(z.object({ from: z.enum(serviceFields), to: z.array(z.enum(serviceFields)).min(1).max(5) }))
    .min(1)
    .max(31),
});
export type RetaggingBody = z.infer<typeof retaggingBody>;

export const retaggingApplyBody = retaggingBody.extend({
  /** The number the preview showed: if it changed meanwhile, 409 and preview again */
  expectedOrganizations: z.number().int().min(0),
});

export const retaggingPreviewSchema = z.object({
  organizations: z.number().int(),
  categories: z.array(
    z.object({
      policy: z.string(),
      title: localized,
      items: z.array(z.object({ id: z.string(), name: localized, before: z.number().int(), after: z.number().int() })),
    }),
  ),
});
export type RetaggingPreview = z.infer<typeof retaggingPreviewSchema>;
