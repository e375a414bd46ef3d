// Training (issue 6; suzhou-2021 二（二）1): courses run by hubs and civil-affairs offices, their sessions, and
// attendance per person; person-times feed the training indicator of the targets dashboard.
import { sql } from 'drizzle-orm';
import { bigserial, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './schema-columns.js';

export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // the office's region, or the providing hub's
    regionCode: text('region_code').notNull(),
    providerOrganizationId: uuid('provider_organization_id'),
    title: text('title').notNull(),
    // who it is for: leaders, backbones, social_workers, volunteers
    audiences: text('audiences').array().notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [index('training_courses_region_idx').on(sql`${t.regionCode} text_pattern_ops`)],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id').notNull(),
    regionCode: text('region_code').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    venue: text('venue').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('training_sessions_course_idx').on(t.courseId, t.startsAt),
    index('training_sessions_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.startsAt),
    check('training_sessions_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

// One row per person per session: a person-time (人次).
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id').notNull(),
    // the session's region and start, copied so person-times roll up by region and period without a join
    regionCode: text('region_code').notNull(),
    attendedAt: timestamp('attended_at', { withTimezone: true, mode: 'date' }).notNull(),
    attendeeName: text('attendee_name').notNull(),
    audience: text('audience', { enum: ['leaders', 'backbones', 'social_workers', 'volunteers'] }).notNull(),
    organizationId: uuid('organization_id'),
    userId: uuid('user_id'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_attendance_person_idx').on(
      t.sessionId,
      t.attendeeName,
      sql`coalesce(${t.organizationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('training_attendance_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.attendedAt),
  ],
);
