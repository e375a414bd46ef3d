// Training (培训, suzhou-2021 二（二）1): courses run by civil-affairs offices, street offices and hubs, their sessions,
// and attendance per person. One attendance row is one person-time (人次); person-times roll up by region and period.
import { z } from 'zod';
import { csvOf, isoDate, optionalText, pageQuery, regionCodeSchema, text } from './common.js';
import type { LabelLanguage } from './labels.js';

// 社区社会组织负责人 / 社区社会组织骨干 / 社区社会工作者 / 社区志愿者 (suzhou-2021 二（二）1 names them as trainees)
export const trainingAudiences = ['leaders', 'backbones', 'social_workers', 'volunteers'] as const;
export type TrainingAudience = (typeof trainingAudiences)[number];

export const trainingAudienceLabels: Record<LabelLanguage, Record<TrainingAudience, string>> = {
  'zh-CN': { leaders: '组织负责人', backbones: '骨干', social_workers: '社区社会工作者', volunteers: '志愿者' },
  'en-US': { leaders: 'Leaders', backbones: 'Backbones', social_workers: 'Community social workers', volunteers: 'Volunteers' },
};

const audienceList = z
  .array(z.enum(trainingAudiences))
  .min(1)
  .max(trainingAudiences.length)
  .refine((values) => new Set(values).size === values.length, { message: 'duplicate_choice' });

/** A period in China dates, both ends included; `to` may not come before `from`. */
const period = z.object({ from: isoDate.optional(), to: isoDate.optional() });
const fromNotAfterTo = (value: { from?: string; to?: string }) => !value.from || !value.to || value.from <= value.to;
const periodCheck = { message: 'to_before_from', path: ['to'] };

export const createCourseBody = z.object({
  title: text(100),
  audiences: audienceList,
  description: optionalText(2000).default(''),
  /** Staff: the region the course serves (default their own). A hub's course takes the hub's region. */
  regionCode: regionCodeSchema.optional(),
  /** The hub (枢纽型社会组织) that runs it; a hub's staff may leave it out when they lead one hub. */
  providerOrganizationId: z.uuid().nullable().optional(),
});

export const updateCourseBody = z
  .object({ title: text(100), audiences: audienceList, description: optionalText(2000) })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing_changed' });

export const courseListQuery = pageQuery.extend({
  region: regionCodeSchema.optional(),
  audience: csvOf(trainingAudiences).optional(),
  /** The providing hub */
  organizationId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
});

export const courseSchema = z.object({
  id: z.string(),
  title: z.string(),
  audiences: z.array(z.enum(trainingAudiences)),
  description: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  /** 黄浦区 / 南京东路街道 */
  regionPath: z.string(),
  providerOrganizationId: z.string().nullable(),
  providerOrganizationName: z.string().nullable(),
  sessionCount: z.number().int(),
  personTimes: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), addSession: z.boolean() }),
});
export type TrainingCourse = z.infer<typeof courseSchema>;

const instant = z.iso.datetime({ offset: true });

export const createSessionBody = z
  .object({ startsAt: instant, endsAt: instant, venue: optionalText(200).default('') })
  .refine((body) => Date.parse(body.endsAt) > Date.parse(body.startsAt), { message: 'ends_before_start', path: ['endsAt'] });

export const sessionListQuery = pageQuery
  .extend({
    region: regionCodeSchema.optional(),
    ...period.shape,
    audience: csvOf(trainingAudiences).optional(),
    courseId: z.uuid().optional(),
    /** The providing hub */
    organizationId: z.uuid().optional(),
    sort: z.enum(['startsAt', '-startsAt']).default('-startsAt'),
  })
  .refine(fromNotAfterTo, periodCheck);

export const sessionSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  audiences: z.array(z.enum(trainingAudiences)),
  providerOrganizationName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.string(),
  /** Person-times recorded for the session */
  attendance: z.number().int(),
  abilities: z.object({ recordAttendance: z.boolean() }),
});
export type TrainingSession = z.infer<typeof sessionSchema>;

export const attendeeInput = z.object({
  name: text(50),
  audience: z.enum(trainingAudiences),
  /** The organization the person comes from; it must lie in the region the course serves */
  organizationId: z.uuid().nullable().optional(),
  /** The person's own account, when they have one */
  userId: z.uuid().nullable().optional(),
});
export type AttendeeInput = z.infer<typeof attendeeInput>;

/** A sign-in sheet: a person already recorded for the session (same name and organization) is skipped, not doubled. */
export const recordAttendanceBody = z.object({ attendees: z.array(attendeeInput).min(1).max(500) });

export const attendanceSchema = z.object({
  id: z.number().int(),
  sessionId: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  attendeeName: z.string(),
  audience: z.enum(trainingAudiences),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  userId: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  attendedAt: z.string(),
  recordedAt: z.string(),
  abilities: z.object({ remove: z.boolean() }),
});
export type TrainingAttendance = z.infer<typeof attendanceSchema>;

export const recordAttendanceResult = z.object({
  /** Person-times added */
  recorded: z.number().int(),
  /** Names that were already on the session (or twice on the sheet) and were skipped */
  skipped: z.array(z.string()),
  items: z.array(attendanceSchema),
});
export type RecordAttendanceResult = z.infer<typeof recordAttendanceResult>;

export const attendanceListQuery = pageQuery
  .extend({
    region: regionCodeSchema.optional(),
    ...period.shape,
    audience: csvOf(trainingAudiences).optional(),
    /** The organization the attendees come from */
    organizationId: z.uuid().optional(),
    sessionId: z.uuid().optional(),
    courseId: z.uuid().optional(),
    sort: z.enum(['attendedAt', '-attendedAt']).default('-attendedAt'),
  })
  .refine(fromNotAfterTo, periodCheck);

export const attendanceIdParams = z.object({ id: z.coerce.number().int().positive() });

export const personTimesQuery = period
  .extend({ region: z.union([z.literal(''), regionCodeSchema]).optional() })
  .refine(fromNotAfterTo, periodCheck);

const audienceCounts = z.object({
  leaders: z.number().int(),
  backbones: z.number().int(),
  social_workers: z.number().int(),
  volunteers: z.number().int(),
});
const personTimesFigures = z.object({ total: z.number().int(), byAudience: audienceCounts });
export type PersonTimesFigures = z.infer<typeof personTimesFigures>;

export const personTimesSchema = personTimesFigures.extend({
  region: z.object({ code: z.string(), name: z.string(), level: z.number().int() }),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Person-times of courses run at the region itself (a district's own courses), in no child region */
  own: personTimesFigures,
  childLevel: z.number().int().nullable(),
  children: z.array(personTimesFigures.extend({ code: z.string(), name: z.string(), level: z.number().int() })),
});
export type PersonTimes = z.infer<typeof personTimesSchema>;
