// Party building (issue 6; mca-2017 四（一）): party organizations covering community social organizations (one
// organization's own branch, or a joint branch over several), party members among their people, and the
// "三会一课" meeting records.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './schema-columns.js';

export const partyOrganizations = pgTable(
  'party_organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    // 单独组建 / 联合组建
    kind: text('kind', { enum: ['own_branch', 'joint_branch'] }).notNull(),
    regionCode: text('region_code').notNull(),
    establishedOn: date('established_on', { mode: 'string' }),
    secretaryName: text('secretary_name').notNull().default(''),
    memberCount: integer('member_count').notNull().default(0),
    status: text('status', { enum: ['active', 'dissolved'] })
      .notNull()
      .default('active'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    index('party_organizations_region_idx').on(sql`${t.regionCode} text_pattern_ops`),
    check('party_organizations_members_not_negative', sql`${t.memberCount} >= 0`),
  ],
);

// An organization's party-building data: which party organization covers it, and its party members.
export const organizationPartyProfiles = pgTable(
  'organization_party_profiles',
  {
    organizationId: uuid('organization_id').primaryKey(),
    partyOrganizationId: uuid('party_organization_id'),
    leaderIsPartyMember: boolean('leader_is_party_member').notNull().default(false),
    partyMemberCount: integer('party_member_count').notNull().default(0),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('organization_party_profiles_party_idx').on(t.partyOrganizationId),
    check('organization_party_profiles_members_not_negative', sql`${t.partyMemberCount} >= 0`),
  ],
);

// 三会一课: 支部党员大会, 支部委员会, 党小组会, 党课.
export const partyMeetings = pgTable(
  'party_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partyOrganizationId: uuid('party_organization_id').notNull(),
    regionCode: text('region_code').notNull(),
    kind: text('kind', { enum: ['member_assembly', 'committee_meeting', 'group_meeting', 'party_lecture'] }).notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    attendees: integer('attendees').notNull().default(0),
    notes: text('notes').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('party_meetings_party_idx').on(t.partyOrganizationId, t.heldOn),
    index('party_meetings_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.heldOn),
    check('party_meetings_attendees_not_negative', sql`${t.attendees} >= 0`),
  ],
);
