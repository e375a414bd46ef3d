// Every query of activities. Scope comes first: outside it an activity does not exist.
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { activities, majorActivityReports, organizations, policyBindings, users } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';
import { bindingLineage } from '../policies/policy-bindings.repository.js';
import { neighbourhoodOf } from './activities.policy.js';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityValues = typeof activities.$inferInsert;
export type ReportRow = typeof majorActivityReports.$inferSelect;
export type ReportRecord = ReportRow & { reportedByName: string | null; decidedByName: string | null };
/** An activity as presenters need it: its organization's name and its report, if any. */
export type ActivityRecord = ActivityRow & { organizationName: string; report: ReportRecord | null };

/**
 * Which activities the actor may see: offices those of their region subtree, a leader those of the
 * organizations they lead; nobody else any (residents see public activities through publicActivities).
 */
export function visibleActivities(scope: Scope): SQL {
  switch (scope.role) {
    case 'civil_affairs':
    case 'street_officer':
    case 'committee_worker':
      return regionUnder(activities.regionCode, scope.regionPrefix);
    case 'org_leader':
      return sql`${activities.organizationId} IN (SELECT o.id FROM organizations o WHERE o.leader_user_id = ${scope.userId})`;
    default:
      return sql`false`;
  }
}

/** A calendar day's start in China's time zone, where the activities take place. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

export interface ActivityFilter {
  region?: string;
  organizationId?: string;
  kind?: string[];
  seriesId?: string;
  status?: string[];
  from?: string;
  to?: string;
  q?: string;
}

export function filterConditions(filter: ActivityFilter): (SQL | undefined)[] {
  const q = filter.q?.trim();
  return [
    filter.region ? regionUnder(activities.regionCode, filter.region) : undefined,
    filter.organizationId ? eq(activities.organizationId, filter.organizationId) : undefined,
    filter.kind?.length ? inArray(activities.kind, filter.kind as ActivityRow['kind'][]) : undefined,
    filter.seriesId ? eq(activities.seriesId, filter.seriesId) : undefined,
    filter.status?.length ? inArray(activities.status, filter.status as ActivityRow['status'][]) : undefined,
    filter.from ? gte(activities.startsAt, dayStart(filter.from)) : undefined,
    filter.to ? lt(activities.startsAt, dayAfter(filter.to)) : undefined,
    q ? ilike(activities.title, `%${escapeLike(q)}%`) : undefined,
  ];
}

const reporter = alias(users, 'reporter');
const decider = alias(users, 'decider');

const recordColumns = {
  activity: activities,
  organizationName: organizations.name,
  report: majorActivityReports,
  reportedByName: reporter.displayName,
  decidedByName: decider.displayName,
};

type JoinedRow = {
  activity: ActivityRow;
  organizationName: string | null;
  report: ReportRow | null;
  reportedByName: string | null;
  decidedByName: string | null;
};

const flatten = (row: JoinedRow): ActivityRecord => ({
  ...row.activity,
  organizationName: row.organizationName ?? '',
  report: row.report ? { ...row.report, reportedByName: row.reportedByName, decidedByName: row.decidedByName } : null,
});

function selectRecords(db: Db) {
  return db
    .select(recordColumns)
    .from(activities)
    .leftJoin(organizations, eq(organizations.id, activities.organizationId))
    .leftJoin(majorActivityReports, eq(majorActivityReports.activityId, activities.id))
    .leftJoin(reporter, eq(reporter.id, majorActivityReports.reportedBy))
    .leftJoin(decider, eq(decider.id, majorActivityReports.decidedBy));
}

/** Newest first: the latest start on top. */
export const newestFirst = [desc(activities.startsAt), desc(activities.id)];

export async function listActivities(
  scope: Scope,
  db: Db,
  filter: ActivityFilter & { limit: number; offset: number },
): Promise<{ items: ActivityRecord[]; total: number }> {
  const where = and(visibleActivities(scope), ...filterConditions(filter));
  const [rows, [{ total }]] = await Promise.all([
    selectRecords(db)
      .where(where)
      .orderBy(...newestFirst)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(activities).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export async function findActivity(scope: Scope, db: Db, id: string): Promise<ActivityRecord | undefined> {
  const [row] = await selectRecords(db).where(and(eq(activities.id, id), visibleActivities(scope)));
  return row ? flatten(row) : undefined;
}

/** Locks the activity until the transaction ends: its changes, its report and its attachments queue up. */
export async function lockActivity(tx: Db, id: string): Promise<ActivityRow | undefined> {
  const [row] = await tx.select().from(activities).where(eq(activities.id, id)).for('update');
  return row;
}

export async function insertActivity(tx: Db, values: ActivityValues): Promise<ActivityRow> {
  const [row] = await tx.insert(activities).values(values).returning();
  return row!;
}

/** Writes the change and bumps the version, only if nobody else did since `version` was read. */
export async function updateActivity(
  tx: Db,
  id: string,
  version: number,
  values: Partial<ActivityValues>,
): Promise<ActivityRow | undefined> {
  const [row] = await tx
    .update(activities)
    .set({ ...values, version: sql`${activities.version} + 1`, updatedAt: new Date() })
    .where(and(eq(activities.id, id), eq(activities.version, version)))
    .returning();
  return row;
}

/**
 * The organization an activity is recorded for, if the actor may record for it: a leader the organizations they
 * lead, an office those of its region subtree.
 */
export async function findOrganizationForActivities(scope: Scope, db: Db, id: string) {
  const allowed =
    scope.role === 'org_leader'
      ? eq(organizations.leaderUserId, scope.userId)
      : ['civil_affairs', 'street_officer', 'committee_worker'].includes(scope.role)
        ? regionUnder(organizations.regionCode, scope.regionPrefix)
        : sql`false`;
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, status: organizations.status, regionCode: organizations.regionCode })
    .from(organizations)
    .where(and(eq(organizations.id, id), allowed));
  return row;
}

/** One organization's activities, newest first (activities_organization_idx serves it). */
export async function listOrganizationActivities(
  scope: Scope,
  db: Db,
  organizationId: string,
  page: { limit: number; offset: number },
): Promise<{ items: ActivityRecord[]; total: number }> {
  const where = and(eq(activities.organizationId, organizationId), visibleActivities(scope));
  const [rows, [{ total }]] = await Promise.all([
    selectRecords(db)
      .where(where)
      .orderBy(...newestFirst)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(activities).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export interface PublicActivityRecord {
  id: string;
  title: string;
  kind: ActivityRow['kind'];
  seriesId: string | null;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  status: ActivityRow['status'];
  summary: string;
  regionCode: string;
  organizationName: string;
}

/**
 * Public activities of active organizations in the viewer's neighbourhood: the coming ones soonest first, or the
 * held ones latest first.
 */
export async function listPublicActivities(
  scope: Scope,
  db: Db,
  when: 'upcoming' | 'past',
  page: { limit: number; offset: number },
): Promise<{ items: PublicActivityRecord[]; total: number }> {
  const now = new Date();
  const where = and(
    eq(activities.isPublic, true),
    regionUnder(activities.regionCode, neighbourhoodOf(scope)),
    eq(organizations.status, 'active'),
    when === 'upcoming' ? and(eq(activities.status, 'planned'), gte(activities.endsAt, now)) : eq(activities.status, 'held'),
  );
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: activities.id,
        title: activities.title,
        kind: activities.kind,
        seriesId: activities.seriesId,
        startsAt: activities.startsAt,
        endsAt: activities.endsAt,
        venue: activities.venue,
        status: activities.status,
        summary: activities.summary,
        regionCode: activities.regionCode,
        organizationName: organizations.name,
      })
      .from(activities)
      .innerJoin(organizations, eq(organizations.id, activities.organizationId))
      .where(where)
      .orderBy(...(when === 'upcoming' ? [asc(activities.startsAt), asc(activities.id)] : newestFirst))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(activities).innerJoin(organizations, eq(organizations.id, activities.organizationId)).where(where),
  ]);
  return { items, total: Number(total) };
}

/** The packs bound along each region's lineage, in one query for a page of activities. */
export async function bindingsForRegions(db: Db, codes: string[]): Promise<Map<string, string[]>> {
  const lineages = new Map(codes.map((code) => [code, bindingLineage(code)]));
  const wanted = [...new Set([...lineages.values()].flat())];
  const rows = wanted.length
    ? await db
        .select({ regionCode: policyBindings.regionCode, policies: policyBindings.policies })
        .from(policyBindings)
        .where(inArray(policyBindings.regionCode, wanted))
    : [];
  const byRegion = new Map(rows.map((r) => [r.regionCode, r.policies]));
  return new Map([...lineages].map(([code, lineage]) => [code, [...new Set(lineage.flatMap((ancestor) => byRegion.get(ancestor) ?? []))]]));
}
