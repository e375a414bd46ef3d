import { z } from 'zod';
import { isoDate, pageQuery } from './common.js';

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  regionCode: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListQuery = pageQuery.extend({
  /** Exact action ('user.created'), or a family with a trailing dot ('auth.'). */
  action: z.string().trim().max(64).optional(),
  targetType: z.string().trim().max(32).optional(),
  targetId: z.string().trim().max(64).optional(),
  /** The actor's account id, or part of the actor's name. */
  actor: z.string().trim().max(64).optional(),
  /** Calendar days in China Standard Time (UTC+8), both inclusive. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditProblems = ['altered', 'broken_link'] as const;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadEventId: z.number().int().nullable(),
  /** altered: the event's content no longer matches its hash; broken_link: the event before it is missing or changed. */
  problem: z.enum(auditProblems).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
