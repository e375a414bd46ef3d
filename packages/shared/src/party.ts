// Party building (党建, mca-2017 四（一）): party organizations covering community social organizations (one
// organization's own branch, or a joint branch over several), party members among their people, "三会一课" records,
// and coverage by region.
import { z } from 'zod';
import { checkKeys, csvOf, isoDate, optionalText, pageQuery, regionCodeSchema, text } from './common.js';
import { tiers, organizationStatuses } from './enums.js';
import type { LabelLanguage } from './labels.js';

export const partyOrganizationKinds = ['own_branch', 'joint_branch'] as const; // 单独组建 / 联合组建
export type PartyOrganizationKind = (typeof partyOrganizationKinds)[number];

export const partyOrganizationStatuses = ['active', 'dissolved'] as const; // 正常 / 已撤销
export type PartyOrganizationStatus = (typeof partyOrganizationStatuses)[number];

// 三会一课: 支部党员大会, 支部委员会, 党小组会, 党课
export const partyMeetingKinds = ['member_assembly', 'committee_meeting', 'group_meeting', 'party_lecture'] as const;
export type PartyMeetingKind = (typeof partyMeetingKinds)[number];

export const partyOrganizationKindLabels: Record<LabelLanguage, Record<PartyOrganizationKind, string>> = {
  'zh-CN': { own_branch: '单独组建', joint_branch: '联合组建' },
  'en-US': { own_branch: 'Own branch', joint_branch: 'Joint branch' },
};

export const partyOrganizationStatusLabels: Record<LabelLanguage, Record<PartyOrganizationStatus, string>> = {
  'zh-CN': { active: '正常', dissolved: '已撤销' },
  'en-US': { active: 'Active', dissolved: 'Dissolved' },
};

export const partyMeetingKindLabels: Record<LabelLanguage, Record<PartyMeetingKind, string>> = {
  'zh-CN': { member_assembly: '支部党员大会', committee_meeting: '支部委员会', group_meeting: '党小组会', party_lecture: '党课' },
  'en-US': {
    member_assembly: 'Branch member assembly',
    committee_meeting: 'Branch committee meeting',
    group_meeting: 'Party group meeting',
    party_lecture: 'Party lecture',
  },
};

/** Today in China, where every user of the platform is: a meeting held this morning is not "in the future". */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

const pastDate = isoDate.refine((d) => d <= chinaToday(), { message: checkKeys.dateInFuture });
const memberCount = z.number().int().min(0).max(100_000);
const organizationIds = z
  .array(z.uuid())
  .min(1)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_choice' });

export const createPartyOrganizationBody = z
  .object({
    name: text(100),
    kind: z.enum(partyOrganizationKinds),
    /** Where it is set up: a district, street or community in the actor's scope */
    regionCode: regionCodeSchema,
    establishedOn: pastDate.nullable().optional(),
    secretaryName: optionalText(50).default(''),
    memberCount: memberCount.default(0),
    /** The organizations it covers: exactly one for an own branch, one or more for a joint branch */
    organizationIds,
  })
  .refine((body) => body.kind !== 'own_branch' || body.organizationIds.length === 1, {
    message: 'own_branch_covers_one',
    path: ['organizationIds'],
  });

export const updatePartyOrganizationBody = z.object({
  name: text(100).optional(),
  establishedOn: pastDate.nullable().optional(),
  secretaryName: optionalText(50).optional(),
  memberCount: memberCount.optional(),
  /** Dissolving it (撤销) ends its coverage of every organization */
  status: z.enum(partyOrganizationStatuses).optional(),
  /** The whole set of covered organizations, replacing the current one */
  organizationIds: organizationIds.optional(),
  version: z.number().int(),
});

export const partyOrganizationListQuery = pageQuery.extend({
  region: regionCodeSchema.optional(),
  kind: csvOf(partyOrganizationKinds).optional(),
  status: csvOf(partyOrganizationStatuses).optional(),
  /** The party organization covering this organization */
  organizationId: z.uuid().optional(),
  /** Party organizations that may cover an organization of this region: set up in it or above it */
  forRegion: regionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
});

export const partyOrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(partyOrganizationKinds),
  regionCode: z.string(),
  regionName: z.string(),
  regionPath: z.string(),
  establishedOn: z.string().nullable(),
  secretaryName: z.string(),
  memberCount: z.number().int(),
  status: z.enum(partyOrganizationStatuses),
  version: z.number().int(),
  coveredCount: z.number().int(),
  lastMeetingOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), recordMeeting: z.boolean() }),
});
export type PartyOrganization = z.infer<typeof partyOrganizationSchema>;

export const coveredOrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.enum(tiers),
  status: z.enum(organizationStatuses),
  regionCode: z.string(),
  regionName: z.string(),
  leaderIsPartyMember: z.boolean(),
  partyMemberCount: z.number().int(),
});

export const partyOrganizationDetailSchema = partyOrganizationSchema.extend({ organizations: z.array(coveredOrganizationSchema) });
export type PartyOrganizationDetail = z.infer<typeof partyOrganizationDetailSchema>;

export const partyProfileSchema = z.object({
  organizationId: z.string(),
  partyOrganization: z.object({ id: z.string(), name: z.string(), kind: z.enum(partyOrganizationKinds) }).nullable(),
  leaderIsPartyMember: z.boolean(),
  partyMemberCount: z.number().int(),
  /** null until the profile is first saved */
  updatedAt: z.string().nullable(),
  /** update: the member figures; changeCoverage: which party organization covers it (staff only) */
  abilities: z.object({ update: z.boolean(), changeCoverage: z.boolean() }),
});
export type PartyProfile = z.infer<typeof partyProfileSchema>;

export const updatePartyProfileBody = z.object({
  /** Left out: unchanged (an organization's leader may not change it); null: covered by none */
  partyOrganizationId: z.uuid().nullable().optional(),
  leaderIsPartyMember: z.boolean(),
  partyMemberCount: memberCount,
});

export const createPartyMeetingBody = z.object({
  kind: z.enum(partyMeetingKinds),
  heldOn: pastDate,
  topic: text(200),
  attendees: z.number().int().min(0).max(10_000),
  notes: optionalText(2000).default(''),
});

export const partyMeetingListQuery = pageQuery
  .extend({
    region: regionCodeSchema.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: csvOf(partyMeetingKinds).optional(),
    partyOrganizationId: z.uuid().optional(),
    /** Meetings of the party organization covering this organization */
    organizationId: z.uuid().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'to_before_from', path: ['to'] });

export const partyMeetingSchema = z.object({
  id: z.string(),
  partyOrganizationId: z.string(),
  partyOrganizationName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  kind: z.enum(partyMeetingKinds),
  heldOn: z.string(),
  topic: z.string(),
  attendees: z.number().int(),
  notes: z.string(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type PartyMeeting = z.infer<typeof partyMeetingSchema>;

export const partyCoverageQuery = z.object({ region: z.union([z.literal(''), regionCodeSchema]).optional() });

const coverageFigures = z.object({
  /** Active organizations of every tier */
  organizations: z.number().int(),
  /** …of which a party organization covers */
  covered: z.number().int(),
  /** covered ÷ organizations (0–1); null without organizations */
  share: z.number().nullable(),
  /** …whose leader is a party member */
  withPartyLeader: z.number().int(),
  /** Party members among their members */
  partyMembers: z.number().int(),
  /** Active party organizations set up in the region */
  partyOrganizations: z.number().int(),
});
export type CoverageFigures = z.infer<typeof coverageFigures>;

export const partyCoverageSchema = coverageFigures.extend({
  region: z.object({ code: z.string(), name: z.string(), level: z.number().int() }),
  /** Organizations and party organizations at the region itself (a street's own), in no child region */
  own: coverageFigures,
  childLevel: z.number().int().nullable(),
  children: z.array(coverageFigures.extend({ code: z.string(), name: z.string(), level: z.number().int() })),
});
export type PartyCoverage = z.infer<typeof partyCoverageSchema>;
