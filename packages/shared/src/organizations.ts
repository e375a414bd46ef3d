import { z } from 'zod';
import { booleanQuery, checkKeys, csvOf, isoDate, optionalText, pageQuery, regionCodeSchema, text } from './common.js';
import { isValidCreditCode } from './credit-code.js';
import {
  hubKinds,
  legalForms,
  organizationStatuses,
  serviceFields,
  targetGroups,
  tiers,
} from './enums.js';
import { isValidIdNumber, isValidPhone } from './id-number.js';

export const creditCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isValidCreditCode, { message: checkKeys.creditCode });
export const phoneSchema = z.string().trim().refine(isValidPhone, { message: checkKeys.phone });
export const idNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isValidIdNumber, { message: checkKeys.idNumber });
const pastDate = isoDate.refine((d) => d <= new Date().toISOString().slice(0, 10), { message: checkKeys.dateInFuture });

/**
 * The organization's own data without defaults: a partial of it is a change that leaves out what it does
 * not mention (a partial of a schema with defaults would fill them in and overwrite stored values).
 */
export const organizationChangeFields = z.object({
  name: text(100),
  tier: z.enum(tiers),
  legalForm: z.enum(legalForms).nullable().optional(),
  creditCode: creditCodeSchema.nullable().optional(),
  regionCode: regionCodeSchema,
  serviceFields: z.array(z.enum(serviceFields)).min(1).max(10),
  targetGroups: z.array(z.enum(targetGroups)).max(12),
  description: optionalText(2000),
  leaderName: text(50),
  leaderPhone: phoneSchema.nullable().optional(),
  leaderIdNumber: idNumberSchema.nullable().optional(),
  contactName: optionalText(50).nullable().optional(),
  contactPhone: phoneSchema.nullable().optional(),
  memberCount: z.number().int().min(0).max(1_000_000),
  foundedOn: pastDate.nullable().optional(),
  venue: optionalText(200),
  hubKind: z.enum(hubKinds),
  isBrand: z.boolean(),
  isDemonstration: z.boolean(),
  isObservationPoint: z.boolean(),
});

/** The organization's own data, as an officer records it or a filing proposes it. */
export const organizationFields = organizationChangeFields.extend({
  targetGroups: organizationChangeFields.shape.targetGroups.default([]),
  description: organizationChangeFields.shape.description.default(''),
  venue: organizationChangeFields.shape.venue.default(''),
  hubKind: organizationChangeFields.shape.hubKind.default('none'),
  isBrand: organizationChangeFields.shape.isBrand.default(false),
  isDemonstration: organizationChangeFields.shape.isDemonstration.default(false),
  isObservationPoint: organizationChangeFields.shape.isObservationPoint.default(false),
});

const legalFormOnlyWhenRegistered = (o: { tier?: string; legalForm?: string | null }) =>
  o.tier === undefined || o.tier === 'registered' || !o.legalForm;

export const createOrganizationBody = organizationFields
  .extend({ leaderUsername: z.string().trim().max(32).nullable().optional() })
  .refine(legalFormOnlyWhenRegistered, { message: checkKeys.legalFormTier, path: ['legalForm'] });

export const updateOrganizationBody = organizationChangeFields
  .partial()
  .extend({
    status: z.enum(organizationStatuses).optional(),
    version: z.number().int(),
  })
  .refine(legalFormOnlyWhenRegistered, { message: checkKeys.legalFormTier, path: ['legalForm'] });

export const organizationListQuery = pageQuery.extend({
  region: regionCodeSchema.optional(),
  tier: csvOf(tiers).optional(),
  status: csvOf(organizationStatuses).optional(),
  serviceField: csvOf(serviceFields).optional(),
  hubKind: csvOf(hubKinds).optional(),
  isBrand: booleanQuery.optional(),
  isDemonstration: booleanQuery.optional(),
  isObservationPoint: booleanQuery.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z
    .enum(['name', '-name', 'foundedOn', '-foundedOn', 'memberCount', '-memberCount', 'updatedAt', '-updatedAt', 'createdAt', '-createdAt'])
    .default('-updatedAt'),
});

export const organizationAbilities = z.object({
  update: z.boolean(),
  reveal: z.boolean(),
  fileChange: z.boolean(),
  fileCancel: z.boolean(),
});

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.enum(tiers),
  legalForm: z.enum(legalForms).nullable(),
  creditCode: z.string().nullable(),
  filingNumber: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  /** 黄浦区 / 南京东路街道 / 云南中路居委会 */
  regionPath: z.string(),
  serviceFields: z.array(z.string()),
  targetGroups: z.array(z.string()),
  description: z.string(),
  leaderName: z.string(),
  /** Masked unless revealed through POST /organizations/:id/reveal */
  leaderPhone: z.string().nullable(),
  leaderIdNumber: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** The linked org_leader account; null for residents' views */
  leaderUsername: z.string().nullable().optional(),
  memberCount: z.number().int(),
  foundedOn: z.string().nullable(),
  venue: z.string(),
  hubKind: z.enum(hubKinds),
  isBrand: z.boolean(),
  isDemonstration: z.boolean(),
  isObservationPoint: z.boolean(),
  status: z.enum(organizationStatuses),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: organizationAbilities,
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationChangeSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type OrganizationChange = z.infer<typeof organizationChangeSchema>;

/** GET /organizations/:id/history, newest first */
export const organizationHistorySchema = z.object({ items: z.array(organizationChangeSchema) });

export const revealedPersonalData = z.object({
  leaderPhone: z.string().nullable(),
  leaderIdNumber: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
