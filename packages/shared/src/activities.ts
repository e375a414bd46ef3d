// Activities of organizations (活动) and the major-activity reports some of them need (重大活动报告):
// suzhou-2021 二（三）/二（四）2, shanghai-2021 四（二）. Request and response shapes, vocabularies and their labels.
import { z } from 'zod';
import { csvOf, isoDate, optionalText, pageQuery, regionCodeSchema, text } from './common.js';
import { targetGroups } from './enums.js';
import type { LabelLanguage } from './labels.js';

// The kinds the table allows; the last four are the ones suzhou-2021 二（四）2 names for reporting
// (节庆活动、文化演出、体育竞赛、人员集会).
export const activityKinds = [
  'service',
  'culture_sports',
  'volunteering',
  'consultation',
  'festival',
  'performance',
  'competition',
  'gathering',
  'other',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const activityStatuses = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** Who acknowledges a major-activity report, from the smallest to the largest (shanghai-2021 四（二）分级报告). */
export const reportLevels = ['committee', 'street', 'district'] as const;
export type ReportLevel = (typeof reportLevels)[number];

export const reportStatuses = ['reported', 'acknowledged', 'returned'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Why "mark as held" is refused right now; null when it is not. */
export const heldBlocks = ['not_started', 'report_missing', 'report_pending'] as const;
export type HeldBlock = (typeof heldBlocks)[number];

export const activityCheckKeys = {
  endsBeforeStart: 'ends_before_start',
  toBeforeFrom: 'to_before_from',
  unknownSeries: 'unknown_activity_series',
  unknownOrganization: 'activity_organization_unknown',
  organizationNotActive: 'activity_organization_not_active',
  extensionMismatch: 'attachment_extension_mismatch',
} as const;

const participants = z.number().int().min(0).max(1_000_000);
const dateTime = z.iso.datetime({ offset: true });

/** People served per target group (mca-2017 三（二）): { "老年人": 40 }. Groups left out served nobody. */
export const beneficiariesSchema = z.partialRecord(z.enum(targetGroups), participants);
export type Beneficiaries = z.infer<typeof beneficiariesSchema>;

/** Judged only when both times are well-formed (a malformed one has its own error). */
const endsAfterStart = (a: { startsAt?: unknown; endsAt?: unknown }) =>
  !dateTime.safeParse(a.startsAt).success ||
  !dateTime.safeParse(a.endsAt).success ||
  new Date(a.endsAt as string) > new Date(a.startsAt as string);

/** What an activity says about itself, without defaults (a partial of it is a change). */
const activityChangeFields = z.object({
  title: text(100),
  kind: z.enum(activityKinds),
  /** An activitySeries id of a pack bound to the organization's region */
  seriesId: z.string().trim().max(64).nullable(),
  startsAt: dateTime,
  endsAt: dateTime,
  venue: optionalText(200),
  isPublic: z.boolean(),
  expectedParticipants: participants,
  beneficiaries: beneficiariesSchema,
  summary: optionalText(2000),
});

export const createActivityBody = activityChangeFields
  .extend({
    organizationId: z.uuid(),
    seriesId: activityChangeFields.shape.seriesId.default(null),
    venue: activityChangeFields.shape.venue.default(''),
    isPublic: activityChangeFields.shape.isPublic.default(true),
    beneficiaries: activityChangeFields.shape.beneficiaries.default({}),
    summary: activityChangeFields.shape.summary.default(''),
  })
  .refine(endsAfterStart, { message: activityCheckKeys.endsBeforeStart, path: ['endsAt'] });
export type CreateActivityBody = z.output<typeof createActivityBody>;

export const updateActivityBody = activityChangeFields
  .partial()
  .extend({ version: z.number().int() })
  .refine(endsAfterStart, { message: activityCheckKeys.endsBeforeStart, path: ['endsAt'] });
export type UpdateActivityBody = z.output<typeof updateActivityBody>;

/** Beneficiaries and summary left out keep what was recorded when the activity was planned. */
export const markHeldBody = z.object({
  actualParticipants: participants,
  beneficiaries: beneficiariesSchema.optional(),
  summary: optionalText(2000).optional(),
  version: z.number().int(),
});
export type MarkHeldBody = z.output<typeof markHeldBody>;

export const versionBody = z.object({ version: z.number().int() });

export const acknowledgeReportBody = z.object({ version: z.number().int(), comment: optionalText(500).default('') });
export const returnReportBody = z.object({ version: z.number().int(), comment: text(500) });

const period = {
  /** Activities starting on or after this day (China time) */
  from: isoDate.optional(),
  /** … and on or before this day */
  to: isoDate.optional(),
};
const fromBeforeTo = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;

export const activityListQuery = pageQuery
  .extend({
    region: regionCodeSchema.optional(),
    organizationId: z.uuid().optional(),
    kind: csvOf(activityKinds).optional(),
    seriesId: z.string().trim().max(64).optional(),
    status: csvOf(activityStatuses).optional(),
    ...period,
    q: z.string().trim().max(50).optional(),
  })
  .refine(fromBeforeTo, { message: activityCheckKeys.toBeforeFrom, path: ['to'] });

export const publicActivitiesQuery = pageQuery.extend({ when: z.enum(['upcoming', 'past']).default('upcoming') });

export const reportListQuery = pageQuery
  .extend({
    region: regionCodeSchema.optional(),
    status: csvOf(reportStatuses).optional(),
    level: csvOf(reportLevels).optional(),
    organizationId: z.uuid().optional(),
    /** Reports waiting for the viewer's office: reported, at its level, of planned activities */
    queue: z.enum(['mine']).optional(),
    ...period,
  })
  .refine(fromBeforeTo, { message: activityCheckKeys.toBeforeFrom, path: ['to'] });

export const attachmentQuery = z.object({ filename: text(200) });
export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
export const activitySeriesQuery = z.object({ region: regionCodeSchema.optional() });

const localizedText = z.object({ zh: z.string(), en: z.string() });

export const majorActivityRuleViewSchema = z.object({
  /** The packs whose rules were combined (the strictest wins) */
  packIds: z.array(z.string()),
  kinds: z.array(z.enum(activityKinds)),
  participantThreshold: z.number().int(),
  levels: z.array(z.object({ from: z.number().int(), level: z.enum(reportLevels) })),
  leadDays: z.number().int(),
});
export type MajorActivityRuleView = z.infer<typeof majorActivityRuleViewSchema>;

export const activitySeriesSchema = z.object({
  region: z.string(),
  series: z.array(z.object({ id: z.string(), name: localizedText, packId: z.string(), clause: z.string() })),
  majorActivityRule: majorActivityRuleViewSchema.nullable(),
});
export type ActivitySeriesList = z.infer<typeof activitySeriesSchema>;

/** What the bound packs' rules say of the activity as it stands now. */
export const majorEvaluationSchema = z.object({
  required: z.boolean(),
  level: z.enum(reportLevels).nullable(),
  leadDays: z.number().int(),
  /** Each pack rule that made it major, and why: its kind is listed, or its expected participants reach the threshold */
  reasons: z.array(
    z.object({
      packId: z.string(),
      /** The document and clause: 沪民社管发〔2021〕2号 四（二） */
      source: z.string(),
      kind: z.enum(activityKinds).nullable(),
      threshold: z.number().int().nullable(),
    }),
  ),
});
export type MajorEvaluation = z.infer<typeof majorEvaluationSchema>;

export const majorReportSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  level: z.enum(reportLevels),
  status: z.enum(reportStatuses),
  late: z.boolean(),
  /** Returned because the activity changed after it was reported (not by an office) */
  voidedByChange: z.boolean(),
  reportedByName: z.string().nullable(),
  reportedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string(),
  version: z.number().int(),
  abilities: z.object({ acknowledge: z.boolean(), return: z.boolean() }),
});
export type MajorReport = z.infer<typeof majorReportSchema>;

export const activitySchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  title: z.string(),
  kind: z.enum(activityKinds),
  seriesId: z.string().nullable(),
  seriesName: localizedText.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.string(),
  isPublic: z.boolean(),
  expectedParticipants: z.number().int(),
  actualParticipants: z.number().int().nullable(),
  beneficiaries: z.record(z.string(), z.number()),
  summary: z.string(),
  status: z.enum(activityStatuses),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  major: majorEvaluationSchema,
  report: majorReportSchema.nullable(),
  heldBlockedBy: z.enum(heldBlocks).nullable(),
  abilities: z.object({ update: z.boolean(), markHeld: z.boolean(), cancel: z.boolean(), fileReport: z.boolean(), attach: z.boolean() }),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityAttachmentSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ActivityAttachment = z.infer<typeof activityAttachmentSchema>;

export const activityDetailSchema = activitySchema.extend({ attachments: z.array(activityAttachmentSchema) });
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

/** A report in an office's queue, with what the office needs to judge the activity. */
export const majorReportListItemSchema = majorReportSchema.extend({
  organizationId: z.string(),
  organizationName: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  activity: z.object({
    title: z.string(),
    kind: z.enum(activityKinds),
    startsAt: z.string(),
    endsAt: z.string(),
    venue: z.string(),
    expectedParticipants: z.number().int(),
    status: z.enum(activityStatuses),
  }),
});
export type MajorReportListItem = z.infer<typeof majorReportListItemSchema>;

/** What residents see: no people, no personal data. */
export const publicActivitySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(activityKinds),
  seriesName: localizedText.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.string(),
  organizationName: z.string(),
  regionName: z.string(),
  status: z.enum(activityStatuses),
  summary: z.string(),
});
export type PublicActivity = z.infer<typeof publicActivitySchema>;

type Labels<T extends string> = Record<LabelLanguage, Record<T, string>>;

export const activityKindLabels: Labels<ActivityKind> = {
  'zh-CN': {
    service: '为民服务',
    culture_sports: '文体活动',
    volunteering: '志愿服务',
    consultation: '协商议事',
    festival: '节庆活动',
    performance: '文化演出',
    competition: '体育竞赛',
    gathering: '人员集会',
    other: '其他',
  },
  'en-US': {
    service: 'Community service',
    culture_sports: 'Culture and sports',
    volunteering: 'Volunteering',
    consultation: 'Consultation',
    festival: 'Festival',
    performance: 'Performance',
    competition: 'Sports competition',
    gathering: 'Gathering',
    other: 'Other',
  },
};

export const activityStatusLabels: Labels<ActivityStatus> = {
  'zh-CN': { planned: '计划中', held: '已举办', cancelled: '已取消' },
  'en-US': { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' },
};

export const reportLevelLabels: Labels<ReportLevel> = {
  'zh-CN': { committee: '居（村）委会', street: '街道（乡镇）', district: '区民政局' },
  'en-US': { committee: 'Committee', street: 'Street office', district: 'District civil affairs' },
};

export const reportStatusLabels: Labels<ReportStatus> = {
  'zh-CN': { reported: '待确认', acknowledged: '已确认', returned: '已退回' },
  'en-US': { reported: 'Awaiting acknowledgement', acknowledged: 'Acknowledged', returned: 'Returned' },
};
