// Policy packs: each source document in ../shared/seeds as a data file in packs/ (docs/decisions/0012-policy-packs.md).
// This schema validates the files at start-up and types the indicator engine.
import { z } from 'zod';
import { activityKinds, reportLevels } from './activities.js';
import { hubKinds, serviceFields, tiers } from './enums.js';
import { trainingAudiences } from './training.js';

export const indicatorKinds = ['avg_per_community', 'coverage', 'share', 'count', 'per_region_min', 'funding_share', 'staffing'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

// not_applicable: nothing to divide by (urban average in a region with no urban community)
export const indicatorStatuses = ['met', 'on_track', 'behind', 'overdue', 'no_data', 'not_applicable'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

export const comparators = ['gte', 'gt'] as const;
export type Comparator = (typeof comparators)[number];

export const organizationFlags = ['brand', 'demonstration', 'observation_point'] as const;
export type OrganizationFlag = (typeof organizationFlags)[number];

/**
 * Things a pack can count that the platform does not record yet. An indicator built on one answers
 * "no data source" until the capability that records it exists.
 */
export const pendingSources = [
  'brand_projects', // 品牌项目 — funding programs (capability 8)
  'funding_awards', // 资助资金 — funding programs (capability 8)
  'hub_staff', // 枢纽专职社工 — incubation and capacity (capability 9)
  'social_work_agencies', // 民办社工机构 — not in the CSO registry
  'party_service_centers', // 党群服务中心 — party building (capability 15)
] as const;
export type PendingSource = (typeof pendingSources)[number];

const localized = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"');
const citation = z.strictObject({ file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), clause: z.string().min(1) });
/** 1 province … 5 community/village; 0 is the whole country. */
const regionLevel = z.number().int().min(0).max(5);

/** What a count is taken over: active organizations that pass every filter given. */
export const organizationSubjectSchema = z.strictObject({
  source: z.literal('organizations'),
  /** Default: the pack's counted tiers. */
  tiers: z.array(z.enum(tiers)).min(1).optional(),
  hubKinds: z
    .array(z.enum(hubKinds).exclude(['none']))
    .min(1)
    .optional(),
  flags: z.array(z.enum(organizationFlags)).min(1).optional(),
  /** Category ids of this pack's taxonomy; an organization in any of them counts. */
  categories: z.array(slug).min(1).optional(),
});
export type OrganizationSubject = z.infer<typeof organizationSubjectSchema>;

export const pendingSubjectSchema = z.strictObject({ source: z.enum(pendingSources) });
export const subjectSchema = z.discriminatedUnion('source', [organizationSubjectSchema, pendingSubjectSchema]);

/** Training person-times (人次): attendance of the audiences named (every audience when left out). */
export const trainingSubjectSchema = z.strictObject({
  source: z.literal('training_attendance'),
  audiences: z.array(z.enum(trainingAudiences)).min(1).optional(),
});
export type TrainingSubject = z.infer<typeof trainingSubjectSchema>;
/** What a count indicator counts: organizations, person-times, or a source not recorded yet. */
export const countSubjectSchema = z.discriminatedUnion('source', [organizationSubjectSchema, trainingSubjectSchema, pendingSubjectSchema]);
export type Subject = z.infer<typeof countSubjectSchema>;

const indicatorBase = {
  id: slug,
  name: localized,
  comparator: z.enum(comparators).default('gte'),
  target: z.number().nonnegative(),
  /** Counting starts here (for "on track"); defaults to the pack's issue date. */
  startsOn: z.iso.date().optional(),
  deadline: z.iso.date().optional(),
  /** The level the document sets the target for (e.g. 3 = every county). */
  judgedAt: regionLevel,
  citation,
  note: localized.optional(),
};

export const indicatorSchema = z.discriminatedUnion('kind', [
  // active organizations ÷ communities of one kind (urban 社区 / rural 村)
  z.strictObject({
    ...indicatorBase,
    kind: z.literal('avg_per_community'),
    communityKind: z.enum(['urban', 'rural']),
    subject: organizationSubjectSchema.optional(),
  }),
  // share (0–1) of regions at `regionLevel` that hold at least `min` of the subject
  z.strictObject({
    ...indicatorBase,
    kind: z.literal('coverage'),
    regionLevel: z.number().int().min(2).max(5),
    communityKind: z.enum(['urban', 'rural']).optional(),
    min: z.number().int().min(1).default(1),
    subject: subjectSchema,
  }),
  // share (0–1) of the pack's counted active organizations that fall in `subject`
  z.strictObject({ ...indicatorBase, kind: z.literal('share'), subject: organizationSubjectSchema }),
  // a number of things
  z.strictObject({ ...indicatorBase, kind: z.literal('count'), subject: countSubjectSchema }),
  // every region at `regionLevel` holds at least `min`: the share (0–1) of those that do
  z.strictObject({
    ...indicatorBase,
    kind: z.literal('per_region_min'),
    regionLevel: z.number().int().min(2).max(5),
    min: z.number().int().min(1),
    subject: subjectSchema,
  }),
  // share (0–1) of a program kind's awarded funds that went to CSOs, per year
  z.strictObject({
    ...indicatorBase,
    kind: z.literal('funding_share'),
    programKind: z.enum(['venture_philanthropy', 'government_purchase', 'lottery_welfare', 'community_fund']),
    subject: pendingSubjectSchema,
  }),
  // share (0–1) of hubs whose full-time social workers are within [min, max]
  z.strictObject({
    ...indicatorBase,
    kind: z.literal('staffing'),
    min: z.number().int().min(0),
    max: z.number().int().min(0),
    hubKinds: z.array(z.enum(hubKinds).exclude(['none'])).min(1),
    subject: pendingSubjectSchema,
  }),
]);
export type Indicator = z.infer<typeof indicatorSchema>;

export const taxonomyCategorySchema = z.strictObject({
  id: slug,
  name: localized,
  /** The policy names it a priority category (重点培育). */
  priority: z.boolean().default(false),
  /** Canonical service fields that put an organization in this category. */
  fields: z.array(z.enum(serviceFields)).min(1),
  citation,
});
export type TaxonomyCategory = z.infer<typeof taxonomyCategorySchema>;

/** A bulk re-tagging the pack asks for (shanghai-2021 四（三）): move organizations from some fields to others. */
export const retaggingPresetSchema = z.strictObject({
  id: slug,
  name: localized,
  moves: z.array(z.strictObject({ from: z.enum(serviceFields), to: z.array(z.enum(serviceFields)).min(1) })).min(1),
  citation,
  note: localized.optional(),
});

/**
 * 重大活动报告 (suzhou-2021 二（四）2, shanghai-2021 四（二）): an activity of a listed kind, or expecting at least
 * `participantThreshold` people, is reported `leadDays` before it starts and acknowledged by the level its expected
 * participants reach. The documents set no numbers: the packs hold local defaults and say so in `note`.
 */
export const majorActivityRuleSchema = z
  .strictObject({
    kinds: z.array(z.enum(activityKinds)),
    participantThreshold: z.number().int().min(1),
    /** From `from` expected participants on, `level` acknowledges; the first starts at 0, each later one is larger and higher */
    levels: z.array(z.strictObject({ from: z.number().int().min(0), level: z.enum(reportLevels) })).min(1),
    leadDays: z.number().int().min(0).max(90),
    citation,
    note: localized.optional(),
  })
  .superRefine((rule, context) => {
    rule.levels.forEach((step, i) => {
      const previous = rule.levels[i - 1];
      if (i === 0 && step.from !== 0)
        context.addIssue({ code: 'custom', path: ['levels', 0, 'from'], message: 'the first level starts at 0' });
      if (previous && step.from <= previous.from)
        context.addIssue({ code: 'custom', path: ['levels', i, 'from'], message: 'must be larger than the level before' });
      if (previous && reportLevels.indexOf(step.level) <= reportLevels.indexOf(previous.level))
        context.addIssue({ code: 'custom', path: ['levels', i, 'level'], message: 'must be higher than the level before' });
    });
  });
export type MajorActivityRule = z.infer<typeof majorActivityRuleSchema>;

export const packSchema = z.strictObject({
  id: slug,
  version: z.number().int().min(1),
  title: localized,
  documentNumber: z.string().min(1),
  issuer: localized,
  issuedOn: z.iso.date(),
  source: citation.pick({ file: true }),
  /** The region whose administration issued it ('' = the whole country); the demo binds the pack there. */
  bindsTo: z.union([z.literal(''), z.string().regex(/^(\d{2}|\d{4}|\d{6})$/)]),
  period: z.strictObject({ from: z.iso.date(), to: z.iso.date() }).optional(),
  /** Tiers whose organizations count toward the pack's targets. */
  countedTiers: z.array(z.enum(tiers)).min(1),
  taxonomy: z.array(taxonomyCategorySchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
  activitySeries: z.array(z.strictObject({ id: slug, name: localized, citation, note: localized.optional() })).default([]),
  retaggings: z.array(retaggingPresetSchema).default([]),
  rules: z
    .strictObject({
      majorActivity: majorActivityRuleSchema.optional(),
    })
    .default({}),
});
export type Pack = z.infer<typeof packSchema>;
export type PackFile = z.input<typeof packSchema>;
