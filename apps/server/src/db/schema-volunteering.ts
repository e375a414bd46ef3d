// Volunteers and the time bank (issue 6; tianjin-2018 四（三）): needs posted by organizations, sign-ups, service
// records confirmed by the organization, points by the street's rule, a rewards catalogue and redemptions, and
// service-record certificates anyone can verify.
import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid, date } from 'drizzle-orm/pg-core';
import { bytea, timestamps } from './schema-columns.js';

// A resident who registered as a volunteer; the name is the account's display name.
export const volunteers = pgTable(
  'volunteers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    // home community
    regionCode: text('region_code').notNull(),
    phoneEnc: bytea('phone_enc'),
    skills: text('skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    availability: text('availability').notNull().default(''),
    // kept with every confirmed record and redemption, in the same transaction
    hoursConfirmed: numeric('hours_confirmed', { precision: 10, scale: 2, mode: 'number' }).notNull().default(0),
    pointsBalance: integer('points_balance').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('volunteers_user_idx').on(t.userId),
    index('volunteers_region_idx').on(sql`${t.regionCode} text_pattern_ops`),
    check('volunteers_points_not_negative', sql`${t.pointsBalance} >= 0`),
  ],
);

export const volunteerNeeds = pgTable(
  'volunteer_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    activityId: uuid('activity_id'),
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    skills: text('skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    place: text('place').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    slots: integer('slots').notNull(),
    status: text('status', { enum: ['open', 'closed', 'cancelled'] })
      .notNull()
      .default('open'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    index('volunteer_needs_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.startsAt),
    index('volunteer_needs_organization_idx').on(t.organizationId, t.startsAt),
    check('volunteer_needs_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('volunteer_needs_slots_positive', sql`${t.slots} > 0`),
  ],
);

export const volunteerSignups = pgTable(
  'volunteer_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    status: text('status', { enum: ['signed_up', 'withdrawn'] })
      .notNull()
      .default('signed_up'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('volunteer_signups_need_volunteer_idx').on(t.needId, t.volunteerId),
    index('volunteer_signups_volunteer_idx').on(t.volunteerId),
  ],
);

// 志愿服务记录: who, what, where, when, how long, confirmed by whom (one per volunteer and need).
export const serviceRecords = pgTable(
  'service_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    volunteerId: uuid('volunteer_id').notNull(),
    needId: uuid('need_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    // where the service was given (the need's region)
    regionCode: text('region_code').notNull(),
    content: text('content').notNull(),
    place: text('place').notNull().default(''),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }).notNull(),
    hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    points: integer('points').notNull(),
    confirmedBy: uuid('confirmed_by').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_records_need_volunteer_idx').on(t.needId, t.volunteerId),
    index('service_records_volunteer_idx').on(t.volunteerId, t.startedAt),
    index('service_records_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.startedAt),
    check('service_records_hours_positive', sql`${t.hours} > 0`),
  ],
);

// The time bank's rule for a street (or a district, inherited by its streets): points per confirmed hour and
// the cumulative hours of each star level.
export const timeBankRules = pgTable('time_bank_rules', {
  regionCode: text('region_code').primaryKey(),
  pointsPerHour: integer('points_per_hour').notNull(),
  starHours: integer('star_hours').array().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

// The rewards catalogue a street (or a hub organization in it) keeps.
export const rewards = pgTable(
  'rewards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    providerOrganizationId: uuid('provider_organization_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    pointsCost: integer('points_cost').notNull(),
    stock: integer('stock').notNull(),
    status: text('status', { enum: ['active', 'withdrawn'] })
      .notNull()
      .default('active'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    index('rewards_region_idx').on(sql`${t.regionCode} text_pattern_ops`),
    check('rewards_cost_positive', sql`${t.pointsCost} > 0`),
    check('rewards_stock_not_negative', sql`${t.stock} >= 0`),
  ],
);

export const redemptions = pgTable(
  'redemptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rewardId: uuid('reward_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    points: integer('points').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('redemptions_volunteer_idx').on(t.volunteerId, t.createdAt), index('redemptions_reward_idx').on(t.rewardId)],
);

// A service-record certificate (志愿服务记录证明): what it certified when issued, checked by its code.
export const volunteerCertificates = pgTable(
  'volunteer_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    // { name (masked), hours, records, from, to, organizations } as printed
    certified: jsonb('certified').notNull(),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('volunteer_certificates_code_idx').on(t.code), index('volunteer_certificates_volunteer_idx').on(t.volunteerId)],
);
