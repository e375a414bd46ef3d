// Activities of organizations and the major-activity reports some of them need (issue 6; suzhou-2021 二（三）,
// 二（四）2; shanghai-2021 四（二）).
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { bytea, timestamps } from './schema-columns.js';

export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    // the organization's region when the activity was recorded: scope and roll-ups
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    kind: text('kind', {
      enum: ['service', 'culture_sports', 'volunteering', 'consultation', 'festival', 'performance', 'competition', 'gathering', 'other'],
    }).notNull(),
    // a theme series of a pack bound to the region (packs/*.json activitySeries[].id), or none
    seriesId: text('series_id'),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    venue: text('venue').notNull().default(''),
    isPublic: boolean('is_public').notNull().default(true),
    expectedParticipants: integer('expected_participants').notNull().default(0),
    actualParticipants: integer('actual_participants'),
    // people served by target group (packages/shared targetGroups): { "老年人": 40 }
    beneficiaries: jsonb('beneficiaries').$type<Record<string, number>>().notNull().default({}),
    summary: text('summary').notNull().default(''),
    status: text('status', { enum: ['planned', 'held', 'cancelled'] })
      .notNull()
      .default('planned'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    index('activities_organization_idx').on(t.organizationId, t.startsAt),
    index('activities_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.startsAt),
    check('activities_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('activities_participants_not_negative', sql`${t.expectedParticipants} >= 0 AND coalesce(${t.actualParticipants}, 0) >= 0`),
  ],
);

// Photos and documents of an activity; type and size are checked before they get here (10 MiB at most).
export const activityAttachments = pgTable(
  'activity_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('activity_attachments_activity_idx').on(t.activityId)],
);

// 重大活动报告: filed before the activity, acknowledged by the level the pack's rule names.
export const majorActivityReports = pgTable(
  'major_activity_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    regionCode: text('region_code').notNull(),
    // who must acknowledge it
    level: text('level', { enum: ['committee', 'street', 'district'] }).notNull(),
    // the pack rule that made the activity major: { packId, kind?, expected?, threshold? }
    reason: jsonb('reason').notNull(),
    status: text('status', { enum: ['reported', 'acknowledged', 'returned'] })
      .notNull()
      .default('reported'),
    // filed later than the pack's lead time before the start
    late: boolean('late').notNull().default(false),
    reportedBy: uuid('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    comment: text('comment').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('major_activity_reports_activity_idx').on(t.activityId),
    index('major_activity_reports_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.status),
  ],
);
