import { z } from 'zod';
import { csvOf, optionalText, pageQuery, regionCodeSchema, text } from './common.js';
import { filingActions, filingKinds, filingStatuses, tiers, type FilingAction } from './enums.js';
import { organizationChangeFields, organizationFields } from './organizations.js';

// tianjin-2018 三（二）: the materials of a filing: a simple charter (简易章程), the member list, the leader, the venue.
export const filingMember = z.object({
  name: text(50),
  role: optionalText(30).default(''),
});

/** What an establishment filing proposes: a mass-activity team or an activity group. */
export const proposedOrganization = organizationFields
  .omit({ legalForm: true, creditCode: true, hubKind: true, isBrand: true, isDemonstration: true, isObservationPoint: true })
  .extend({
    tier: z.enum(tiers).exclude(['registered']),
    charter: text(20000),
    members: z.array(filingMember).min(1).max(2000),
  });

/**
 * What a change filing changes: built from the fields without defaults, so a field left out stays as it is
 * (a partial of proposedOrganization would fill in its defaults and clear the description, venue, …).
 */
export const proposedChanges = organizationChangeFields
  .pick({
    name: true,
    serviceFields: true,
    targetGroups: true,
    description: true,
    leaderName: true,
    leaderPhone: true,
    leaderIdNumber: true,
    contactName: true,
    contactPhone: true,
    memberCount: true,
    foundedOn: true,
    venue: true,
  })
  .extend({ charter: proposedOrganization.shape.charter, members: proposedOrganization.shape.members })
  .partial();

export const submitFilingBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('establish'), organization: proposedOrganization }),
  z.object({
    kind: z.literal('change'),
    organizationId: z.uuid(),
    reason: text(2000),
    changes: proposedChanges,
  }),
  z.object({ kind: z.literal('cancel'), organizationId: z.uuid(), reason: text(2000) }),
]);
export type SubmitFilingBody = z.infer<typeof submitFilingBody>;

/** Returning and rejecting must say why: the applicant corrects from the comment. */
export const actionsNeedingComment: readonly FilingAction[] = ['return', 'reject'];

export const transitionBody = z
  .object({
    action: z.enum(filingActions),
    comment: optionalText(2000).default(''),
    version: z.number().int(),
  })
  .refine((body) => !actionsNeedingComment.includes(body.action) || body.comment !== '', { message: 'required', path: ['comment'] });

export const resubmitBody = z.object({
  version: z.number().int(),
  comment: optionalText(2000).default(''),
  organization: proposedOrganization.optional(),
  changes: proposedChanges.optional(),
  reason: optionalText(2000).optional(),
});

export const filingListQuery = pageQuery.extend({
  region: regionCodeSchema.optional(),
  status: csvOf(filingStatuses).optional(),
  kind: csvOf(filingKinds).optional(),
  /** Only filings that wait for the current user to act (work queue), oldest first. */
  queue: z.enum(['mine']).optional(),
  mine: z.enum(['submitted']).optional(),
  /** The filings of one organization (change and cancellation; its establishment filing once filed). */
  organizationId: z.uuid().optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['submittedAt', '-submittedAt', 'statusSince', '-statusSince']).default('-submittedAt'),
});

export const filingTransitionSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorName: z.string().nullable(),
  comment: z.string(),
  at: z.string(),
});

export const filingSchema = z.object({
  id: z.string(),
  kind: z.enum(filingKinds),
  status: z.enum(filingStatuses),
  regionCode: z.string(),
  regionPath: z.string(),
  organizationId: z.string().nullable(),
  /** The organization's name (proposed or current). */
  organizationName: z.string(),
  payload: z.record(z.string(), z.unknown()),
  /** Masked. */
  leaderPhone: z.string().nullable(),
  leaderIdNumber: z.string().nullable(),
  contactPhone: z.string().nullable(),
  filingNumber: z.string().nullable(),
  submittedBy: z.string(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  statusSince: z.string(),
  /** Past the review time limit for its current step. */
  overdue: z.boolean(),
  dueAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ actions: z.array(z.enum(filingActions)) }),
});
export type Filing = z.infer<typeof filingSchema>;

export const filingDetailSchema = filingSchema.extend({ transitions: z.array(filingTransitionSchema) });
export type FilingDetail = z.infer<typeof filingDetailSchema>;
