// Every query on training courses and sessions. The actor's scope comes first: offices see their region subtree, a
// hub's staff the courses of the hubs they lead, everyone else nothing.
import { and, asc, count, desc, eq, ilike, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizations, trainingCourses, trainingSessions } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';

export type CourseRow = typeof trainingCourses.$inferSelect;
export type SessionRow = typeof trainingSessions.$inferSelect;

/** The hubs (枢纽型社会组织) the actor leads: their ids, as a subquery. */
export const hubsLedBy = (userId: string): SQL =>
  sql`(SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.leaderUserId} = ${userId} AND ${organizations.hubKind} <> 'none')`;

const STAFF = new Set(['civil_affairs', 'street_officer', 'committee_worker']);

/** Offices read their region subtree; other roles nothing by region. */
function staffRegion(scope: Scope, column: AnyColumn): SQL {
  return STAFF.has(scope.role) ? regionUnder(column, scope.regionPrefix) : sql`false`;
}

export function visibleCourses(scope: Scope): SQL {
  if (scope.role === 'org_leader') return sql`${trainingCourses.providerOrganizationId} IN ${hubsLedBy(scope.userId)}`;
  return staffRegion(scope, trainingCourses.regionCode);
}

/** Sessions (and their attendance, which carries the same region) are visible when their course is. */
export function visibleSessions(scope: Scope): SQL {
  if (scope.role === 'org_leader')
    return sql`${trainingSessions.courseId} IN (SELECT ${trainingCourses.id} FROM ${trainingCourses} WHERE ${visibleCourses(scope)})`;
  return staffRegion(scope, trainingSessions.regionCode);
}

/** China dates, both ends included, as instants: a day runs from 00:00 to 24:00 Beijing time. */
export const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);
export const dayAfter = (date: string) => new Date(chinaMidnight(date).getTime() + 86_400_000);

// Correlated on the outer row by its qualified name: Drizzle leaves columns unqualified in a query without joins.
const sessionCount = sql<number>`(SELECT count(*) FROM training_sessions AS s WHERE s.course_id = "training_courses"."id")::int`;
const coursePersonTimes = sql<number>`(SELECT count(*) FROM training_attendance AS a JOIN training_sessions AS s ON s.id = a.session_id
  WHERE s.course_id = "training_courses"."id")::int`;

const courseColumns = {
  course: trainingCourses,
  providerOrganizationName: organizations.name,
  sessionCount,
  personTimes: coursePersonTimes,
};
export type CourseRecord = CourseRow & { providerOrganizationName: string | null; sessionCount: number; personTimes: number };

const flattenCourse = (row: {
  course: CourseRow;
  providerOrganizationName: string | null;
  sessionCount: number;
  personTimes: number;
}): CourseRecord => ({
  ...row.course,
  providerOrganizationName: row.providerOrganizationName,
  sessionCount: Number(row.sessionCount),
  personTimes: Number(row.personTimes),
});

export interface CourseFilter {
  region?: string;
  audience?: string[];
  organizationId?: string;
  q?: string;
  limit: number;
  offset: number;
}

export async function listCourses(scope: Scope, db: Db, filter: CourseFilter): Promise<{ items: CourseRecord[]; total: number }> {
  const q = filter.q?.trim();
  const where = and(
    visibleCourses(scope),
    filter.region ? regionUnder(trainingCourses.regionCode, filter.region) : undefined,
    filter.audience?.length ? sql`${trainingCourses.audiences} && ${textArray(filter.audience)}` : undefined,
    filter.organizationId ? eq(trainingCourses.providerOrganizationId, filter.organizationId) : undefined,
    q ? ilike(trainingCourses.title, `%${escapeLike(q)}%`) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(courseColumns)
      .from(trainingCourses)
      .leftJoin(organizations, eq(organizations.id, trainingCourses.providerOrganizationId))
      .where(where)
      .orderBy(desc(trainingCourses.createdAt), asc(trainingCourses.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(trainingCourses).where(where),
  ]);
  return { items: rows.map(flattenCourse), total: Number(total) };
}

export async function findCourse(scope: Scope, db: Db, id: string): Promise<CourseRecord | undefined> {
  const [row] = await db
    .select(courseColumns)
    .from(trainingCourses)
    .leftJoin(organizations, eq(organizations.id, trainingCourses.providerOrganizationId))
    .where(and(eq(trainingCourses.id, id), visibleCourses(scope)));
  return row && flattenCourse(row);
}

export async function insertCourse(tx: Db, values: typeof trainingCourses.$inferInsert): Promise<CourseRow> {
  const [row] = await tx.insert(trainingCourses).values(values).returning();
  return row!;
}

export async function updateCourse(tx: Db, id: string, values: Partial<typeof trainingCourses.$inferInsert>): Promise<CourseRow> {
  const [row] = await tx
    .update(trainingCourses)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(trainingCourses.id, id))
    .returning();
  return row!;
}

/** A hub organization: where its courses take place, and who leads it. */
export async function findHub(scope: Scope, db: Db, id: string) {
  const [row] = await db
    .select({ id: organizations.id, regionCode: organizations.regionCode, leaderUserId: organizations.leaderUserId })
    .from(organizations)
    .where(and(eq(organizations.id, id), ne(organizations.hubKind, 'none'), hubVisible(scope)));
  return row;
}

function hubVisible(scope: Scope): SQL {
  if (scope.role === 'org_leader') return eq(organizations.leaderUserId, scope.userId);
  return staffRegion(scope, organizations.regionCode);
}

export async function hubsOf(db: Db, userId: string): Promise<{ id: string; regionCode: string }[]> {
  return db
    .select({ id: organizations.id, regionCode: organizations.regionCode })
    .from(organizations)
    .where(and(eq(organizations.leaderUserId, userId), ne(organizations.hubKind, 'none')))
    .orderBy(asc(organizations.name));
}

// ── Sessions ──

const sessionAttendance = sql<number>`(SELECT count(*) FROM training_attendance AS a WHERE a.session_id = "training_sessions"."id")::int`;
const sessionColumns = {
  session: trainingSessions,
  courseTitle: trainingCourses.title,
  audiences: trainingCourses.audiences,
  providerOrganizationName: organizations.name,
  attendance: sessionAttendance,
};
export type SessionRecord = SessionRow & {
  courseTitle: string;
  audiences: string[];
  providerOrganizationName: string | null;
  attendance: number;
};

const flattenSession = (row: {
  session: SessionRow;
  courseTitle: string;
  audiences: string[];
  providerOrganizationName: string | null;
  attendance: number;
}): SessionRecord => ({
  ...row.session,
  courseTitle: row.courseTitle,
  audiences: row.audiences,
  providerOrganizationName: row.providerOrganizationName,
  attendance: Number(row.attendance),
});

export interface SessionFilter {
  region?: string;
  from?: string;
  to?: string;
  audience?: string[];
  courseId?: string;
  organizationId?: string;
  descending: boolean;
  limit: number;
  offset: number;
}

export async function listSessions(scope: Scope, db: Db, filter: SessionFilter): Promise<{ items: SessionRecord[]; total: number }> {
  const where = and(
    visibleSessions(scope),
    filter.region ? regionUnder(trainingSessions.regionCode, filter.region) : undefined,
    filter.from ? sql`${trainingSessions.startsAt} >= ${chinaMidnight(filter.from).toISOString()}` : undefined,
    filter.to ? sql`${trainingSessions.startsAt} < ${dayAfter(filter.to).toISOString()}` : undefined,
    filter.audience?.length ? sql`${trainingCourses.audiences} && ${textArray(filter.audience)}` : undefined,
    filter.courseId ? eq(trainingSessions.courseId, filter.courseId) : undefined,
    filter.organizationId ? eq(trainingCourses.providerOrganizationId, filter.organizationId) : undefined,
  );
  const order = filter.descending ? desc(trainingSessions.startsAt) : asc(trainingSessions.startsAt);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(sessionColumns)
      .from(trainingSessions)
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
      .leftJoin(organizations, eq(organizations.id, trainingCourses.providerOrganizationId))
      .where(where)
      .orderBy(order, asc(trainingSessions.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ total: count() })
      .from(trainingSessions)
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
      .where(where),
  ]);
  return { items: rows.map(flattenSession), total: Number(total) };
}

export async function findSession(scope: Scope, db: Db, id: string): Promise<SessionRecord | undefined> {
  const [row] = await db
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .leftJoin(organizations, eq(organizations.id, trainingCourses.providerOrganizationId))
    .where(and(eq(trainingSessions.id, id), visibleSessions(scope)));
  return row && flattenSession(row);
}

export async function insertSession(tx: Db, values: typeof trainingSessions.$inferInsert): Promise<SessionRow> {
  const [row] = await tx.insert(trainingSessions).values(values).returning();
  return row!;
}

/** A text[] parameter (a bare array in Drizzle's sql`` would become a row of parameters). */
export const textArray = (values: readonly string[]) =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;

/**
 * Active organizations under a region, by name: the demo loader (which runs before any actor exists) draws
 * trainees and covered organizations from them.
 */
export async function activeOrganizationsUnder(db: Db, prefix: string) {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      regionCode: organizations.regionCode,
      hubKind: organizations.hubKind,
      memberCount: organizations.memberCount,
      leaderUserId: organizations.leaderUserId,
    })
    .from(organizations)
    .where(and(eq(organizations.status, 'active'), regionUnder(organizations.regionCode, prefix)))
    .orderBy(asc(organizations.regionCode), asc(organizations.name));
}
