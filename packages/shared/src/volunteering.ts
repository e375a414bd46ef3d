// Volunteers and the time bank (志愿服务与时间银行, tianjin-2018 四（三）): registration, needs and sign-ups,
// service records (志愿服务记录: who, what, where, when, how long, confirmed by whom), points by the street's rule,
// the rewards catalogue, redemptions and service-record certificates anyone can verify.
import { z } from 'zod';
import { booleanQuery, csvOf, isoDate, optionalText, pageQuery, regionCodeSchema, text } from './common.js';
import type { LabelLanguage } from './labels.js';
import { phoneSchema } from './organizations.js';

export const volunteerNeedStatuses = ['open', 'closed', 'cancelled'] as const;
export type VolunteerNeedStatus = (typeof volunteerNeedStatuses)[number];

export const signupStatuses = ['signed_up', 'withdrawn'] as const;
export type SignupStatus = (typeof signupStatuses)[number];

export const rewardStatuses = ['active', 'withdrawn'] as const;
export type RewardStatus = (typeof rewardStatuses)[number];

/**
 * The rule where neither the street nor any region above it set one: 10 points an hour is the platform's own
 * choice (no seed document names a rate); the star levels are the national convention of 100/300/600/1000/1500
 * cumulative hours for one to five stars (民政部《志愿服务记录办法》, 2012). See docs/decisions/0017.
 */
export const defaultTimeBankRule = { pointsPerHour: 10, starHours: [100, 300, 600, 1000, 1500] } as const;

/** An organization confirms hours within this many working days of the need's end (issue 6; Mon–Fri). */
export const CONFIRMATION_WORKING_DAYS = 10;

/** Messages of the checks in these schemas (translated by the server like checkKeys). */
export const volunteerCheckKeys = {
  endsBeforeStart: 'ends_before_start',
  toBeforeFrom: 'to_before_from',
  hoursPrecision: 'hours_precision',
  starHoursAscending: 'star_hours_ascending',
  duplicateChoice: 'duplicate_choice',
} as const;

const dateTime = z.iso.datetime({ offset: true });
const skills = z
  .array(text(20))
  .max(20)
  .refine((values) => new Set(values).size === values.length, { message: volunteerCheckKeys.duplicateChoice });
const version = z.number().int();
const endsAfterStart = (a: { startsAt?: string; endsAt?: string }) =>
  a.startsAt === undefined || a.endsAt === undefined || new Date(a.endsAt) > new Date(a.startsAt);
const fromBeforeTo = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;

// ── Volunteers ──

export const registerVolunteerBody = z.object({
  skills: skills.default([]),
  availability: optionalText(200).default(''),
  phone: phoneSchema.nullable().default(null),
  /** The volunteer's home community; the account's own when left out */
  regionCode: regionCodeSchema.optional(),
});
export type RegisterVolunteerBody = z.output<typeof registerVolunteerBody>;

export const updateVolunteerBody = z.object({
  skills: skills.optional(),
  availability: optionalText(200).optional(),
  /** null clears it */
  phone: phoneSchema.nullable().optional(),
  regionCode: regionCodeSchema.optional(),
});
export type UpdateVolunteerBody = z.output<typeof updateVolunteerBody>;

export const starSchema = z.object({
  /** 0 to the number of levels of the rule */
  level: z.number().int(),
  /** Cumulative hours of the next level; null at the top */
  nextLevelHours: z.number().nullable(),
});

export const volunteerSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  skills: z.array(z.string()),
  availability: z.string(),
  /** Masked */
  phone: z.string().nullable(),
  hoursConfirmed: z.number(),
  pointsBalance: z.number().int(),
  star: starSchema,
  registeredAt: z.string(),
});
export type Volunteer = z.infer<typeof volunteerSchema>;

export const volunteerListQuery = pageQuery.extend({
  region: regionCodeSchema.optional(),
  skill: z.string().trim().max(20).optional(),
  star: z.coerce.number().int().min(0).max(10).optional(),
  q: z.string().trim().max(50).optional(),
});

// ── Needs and sign-ups ──

const needFields = z.object({
  title: text(100),
  description: optionalText(2000),
  skills,
  place: optionalText(200),
  startsAt: dateTime,
  endsAt: dateTime,
  slots: z.number().int().min(1).max(1000),
});

export const createNeedBody = needFields
  .extend({
    organizationId: z.uuid(),
    description: needFields.shape.description.default(''),
    skills: skills.default([]),
    place: needFields.shape.place.default(''),
  })
  .refine(endsAfterStart, { message: volunteerCheckKeys.endsBeforeStart, path: ['endsAt'] });
export type CreateNeedBody = z.output<typeof createNeedBody>;

export const updateNeedBody = needFields
  .partial()
  .extend({ version })
  .refine(endsAfterStart, { message: volunteerCheckKeys.endsBeforeStart, path: ['endsAt'] });
export type UpdateNeedBody = z.output<typeof updateNeedBody>;

export const versionOnlyBody = z.object({ version });

export const needListQuery = pageQuery
  .extend({
    region: regionCodeSchema.optional(),
    organizationId: z.uuid().optional(),
    status: csvOf(volunteerNeedStatuses).default(['open']),
    /** Only needs the viewer signed up for (as a volunteer) */
    signedUp: booleanQuery.optional(),
    /** Needs starting on or after this day (China time) … */
    from: isoDate.optional(),
    /** … and on or before this day */
    to: isoDate.optional(),
    q: z.string().trim().max(50).optional(),
    sort: z.enum(['startsAt', '-startsAt']).default('-startsAt'),
  })
  .refine(fromBeforeTo, { message: volunteerCheckKeys.toBeforeFrom, path: ['to'] });

export const needSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  title: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  slots: z.number().int(),
  signedUp: z.number().int(),
  status: z.enum(volunteerNeedStatuses),
  /** The last moment hours can be confirmed: the end of the 10th working day after the need ended */
  confirmBy: z.string(),
  version: z.number().int(),
  /** The viewer's own sign-up, when they are a volunteer */
  mySignup: z.enum(signupStatuses).nullable(),
  abilities: z.object({
    /** Sees who signed up (its organization and the offices of its region) */
    signups: z.boolean(),
    update: z.boolean(),
    close: z.boolean(),
    confirm: z.boolean(),
    signUp: z.boolean(),
    withdraw: z.boolean(),
  }),
});
export type VolunteerNeed = z.infer<typeof needSchema>;

export const signupSchema = z.object({
  id: z.string(),
  volunteerId: z.string(),
  name: z.string(),
  /** Masked */
  phone: z.string().nullable(),
  skills: z.array(z.string()),
  status: z.enum(signupStatuses),
  signedUpAt: z.string(),
  /** The confirmed service record, once there is one */
  record: z.object({ id: z.string(), hours: z.number(), points: z.number().int(), confirmedAt: z.string() }).nullable(),
});
export type VolunteerSignup = z.infer<typeof signupSchema>;

// ── Service records ──

/** Hours in steps of 0.01 (the column keeps two decimals). */
const hours = z
  .number()
  .positive()
  .max(1000)
  .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, { message: volunteerCheckKeys.hoursPrecision });

export const confirmHoursBody = z.object({
  volunteerId: z.uuid(),
  hours,
  /** What the volunteer did; the need's title when left out */
  content: optionalText(500).optional(),
});
export type ConfirmHoursBody = z.output<typeof confirmHoursBody>;

export const serviceRecordSchema = z.object({
  id: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  needId: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  content: z.string(),
  place: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  hours: z.number(),
  points: z.number().int(),
  confirmedByName: z.string().nullable(),
  confirmedAt: z.string(),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

export const serviceRecordListQuery = pageQuery
  .extend({
    region: regionCodeSchema.optional(),
    organizationId: z.uuid().optional(),
    /** Service started on or after this day (China time) … */
    from: isoDate.optional(),
    /** … and on or before this day */
    to: isoDate.optional(),
  })
  .refine(fromBeforeTo, { message: volunteerCheckKeys.toBeforeFrom, path: ['to'] });

export const volunteerRecordsSchema = z.object({
  volunteer: volunteerSchema,
  items: z.array(serviceRecordSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type VolunteerRecords = z.infer<typeof volunteerRecordsSchema>;

// ── Time bank rules ──

export const timeBankRuleParams = z.object({ regionCode: regionCodeSchema });

export const timeBankRuleBody = z.object({
  pointsPerHour: z.number().int().min(1).max(1000),
  starHours: z
    .array(z.number().int().positive().max(100_000))
    .min(1)
    .max(10)
    .refine((values) => values.every((value, i) => i === 0 || value > values[i - 1]!), { message: volunteerCheckKeys.starHoursAscending }),
});
export type TimeBankRuleBody = z.output<typeof timeBankRuleBody>;

export const timeBankRuleSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  pointsPerHour: z.number().int(),
  starHours: z.array(z.number().int()),
  /** own: set for this region; inherited: from the region named by sourceRegionCode; default: the platform's */
  source: z.enum(['own', 'inherited', 'default']),
  sourceRegionCode: z.string().nullable(),
  sourceRegionName: z.string().nullable(),
  updatedAt: z.string().nullable(),
  abilities: z.object({ update: z.boolean() }),
});
export type TimeBankRule = z.infer<typeof timeBankRuleSchema>;

// ── Rewards and redemptions ──

export const createRewardBody = z.object({
  name: text(100),
  description: optionalText(1000).default(''),
  pointsCost: z.number().int().min(1).max(1_000_000),
  stock: z.number().int().min(0).max(1_000_000),
  /** A hub leader's catalogue entry names their hub; a street officer's names none */
  providerOrganizationId: z.uuid().optional(),
});
export type CreateRewardBody = z.output<typeof createRewardBody>;

export const updateRewardBody = z.object({
  name: text(100).optional(),
  description: optionalText(1000).optional(),
  pointsCost: z.number().int().min(1).max(1_000_000).optional(),
  stock: z.number().int().min(0).max(1_000_000).optional(),
  status: z.enum(rewardStatuses).optional(),
  version,
});
export type UpdateRewardBody = z.output<typeof updateRewardBody>;

export const rewardListQuery = pageQuery.extend({
  region: regionCodeSchema.optional(),
  status: csvOf(rewardStatuses).optional(),
});

export const rewardSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  providerOrganizationId: z.string().nullable(),
  /** The hub organization, or the street office */
  providerName: z.string(),
  name: z.string(),
  description: z.string(),
  pointsCost: z.number().int(),
  stock: z.number().int(),
  status: z.enum(rewardStatuses),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), redeem: z.boolean() }),
});
export type Reward = z.infer<typeof rewardSchema>;

export const redemptionSchema = z.object({
  id: z.string(),
  rewardId: z.string(),
  rewardName: z.string(),
  points: z.number().int(),
  createdAt: z.string(),
});
export type Redemption = z.infer<typeof redemptionSchema>;

export const redemptionResultSchema = z.object({ redemption: redemptionSchema, pointsBalance: z.number().int(), stock: z.number().int() });

// ── Certificates ──

export const createCertificateBody = z
  .object({
    /** Service from this day (China time); the first record's day when left out */
    from: isoDate.optional(),
    /** … to this day; today when left out */
    to: isoDate.optional(),
  })
  .refine(fromBeforeTo, { message: volunteerCheckKeys.toBeforeFrom, path: ['to'] });

/** What a certificate certified when it was issued: the same on the PDF and on the public page. */
export const certifiedSchema = z.object({
  /** Masked (张*) */
  name: z.string(),
  hours: z.number(),
  records: z.number().int(),
  from: z.string(),
  to: z.string(),
  organizations: z.array(z.string()),
});

export const certificateSchema = z.object({
  id: z.string(),
  /** 12 characters of Crockford base32, shown in groups of four */
  code: z.string(),
  certified: certifiedSchema,
  issuedAt: z.string(),
  /** /verify/<code>, the public page that checks it */
  verifyPath: z.string(),
});
export type VolunteerCertificate = z.infer<typeof certificateSchema>;

export const certificateCodeParams = z.object({ code: z.string().trim().min(1).max(40) });

export const publicCertificateSchema = certifiedSchema.extend({ code: z.string(), issuedAt: z.string() });
export type PublicCertificate = z.infer<typeof publicCertificateSchema>;

/** ABCD-EFGH-JKMN, the way a person reads a code aloud. */
export const formatCertificateCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

/** What someone typed (lower case, dashes, spaces, O for 0 and I/L for 1) as the stored code. */
export function normalizeCertificateCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

// ── Monthly roll-up ──

export const monthlyHoursQuery = z.object({
  region: regionCodeSchema,
  /** YYYY-MM in China time; the current month when left out */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});

const monthlyFigures = z.object({ hours: z.number(), records: z.number().int(), volunteers: z.number().int() });

export const monthlyHoursSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  month: z.string(),
  /** One row per child region, plus the region's own records (its street-level organizations) when there are any */
  rows: z.array(monthlyFigures.extend({ regionCode: z.string(), regionName: z.string(), own: z.boolean() })),
  /** Distinct volunteers are counted once in the total even when they served in several child regions */
  total: monthlyFigures,
});
export type MonthlyHours = z.infer<typeof monthlyHoursSchema>;

// ── Labels for exports ──

type Labels<T extends string> = Record<LabelLanguage, Record<T, string>>;

export const needStatusLabels: Labels<VolunteerNeedStatus> = {
  'zh-CN': { open: '招募中', closed: '已截止', cancelled: '已取消' },
  'en-US': { open: 'Open', closed: 'Closed', cancelled: 'Cancelled' },
};
