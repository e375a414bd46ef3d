// Every query on training attendance: the lists, the sign-in sheet's writes, and person-times (人次) by region and
// period for the person-times page and the targets dashboard. The actor's scope comes first.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { jsonRows } from '../../db/json-rows.js';
import { organizations, trainingAttendance, trainingCourses, trainingSessions, users } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';
import { chinaMidnight, dayAfter, textArray, visibleSessions } from './training.repository.js';

export type AttendanceRow = typeof trainingAttendance.$inferSelect;
export type AttendanceRecord = AttendanceRow & { courseId: string; courseTitle: string; organizationName: string | null };

/** Attendance is visible when its session is: its region (copied from the session) or its hub's course. */
function visibleAttendance(scope: Scope): SQL {
  return sql`${trainingAttendance.sessionId} IN (SELECT ${trainingSessions.id} FROM ${trainingSessions} WHERE ${visibleSessions(scope)})`;
}

const recordColumns = {
  attendance: trainingAttendance,
  courseId: trainingSessions.courseId,
  courseTitle: trainingCourses.title,
  organizationName: organizations.name,
};
const flatten = (row: {
  attendance: AttendanceRow;
  courseId: string;
  courseTitle: string;
  organizationName: string | null;
}): AttendanceRecord => ({
  ...row.attendance,
  courseId: row.courseId,
  courseTitle: row.courseTitle,
  organizationName: row.organizationName,
});

export interface AttendanceFilter {
  region?: string;
  from?: string;
  to?: string;
  audience?: string[];
  organizationId?: string;
  sessionId?: string;
  courseId?: string;
  descending: boolean;
}

function filterConditions(filter: AttendanceFilter): (SQL | undefined)[] {
  return [
    filter.region ? regionUnder(trainingAttendance.regionCode, filter.region) : undefined,
    filter.from ? sql`${trainingAttendance.attendedAt} >= ${chinaMidnight(filter.from).toISOString()}` : undefined,
    filter.to ? sql`${trainingAttendance.attendedAt} < ${dayAfter(filter.to).toISOString()}` : undefined,
    filter.audience?.length ? inArray(trainingAttendance.audience, filter.audience as AttendanceRow['audience'][]) : undefined,
    filter.organizationId ? eq(trainingAttendance.organizationId, filter.organizationId) : undefined,
    filter.sessionId ? eq(trainingAttendance.sessionId, filter.sessionId) : undefined,
    filter.courseId ? eq(trainingSessions.courseId, filter.courseId) : undefined,
  ];
}

const fromAttendance = (db: Db, columns: typeof recordColumns) =>
  db
    .select(columns)
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .leftJoin(organizations, eq(organizations.id, trainingAttendance.organizationId));

const orderOf = (filter: AttendanceFilter) => [
  filter.descending ? desc(trainingAttendance.attendedAt) : asc(trainingAttendance.attendedAt),
  asc(trainingAttendance.id),
];

export async function listAttendance(
  scope: Scope,
  db: Db,
  filter: AttendanceFilter & { limit: number; offset: number },
): Promise<{ items: AttendanceRecord[]; total: number }> {
  const where = and(visibleAttendance(scope), ...filterConditions(filter));
  const [rows, total] = await Promise.all([
    fromAttendance(db, recordColumns)
      .where(where)
      .orderBy(...orderOf(filter))
      .limit(filter.limit)
      .offset(filter.offset),
    countAttendance(scope, db, filter),
  ]);
  return { items: rows.map(flatten), total };
}

export async function countAttendance(scope: Scope, db: Db, filter: AttendanceFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(and(visibleAttendance(scope), ...filterConditions(filter)));
  return Number(total);
}

/** A session's whole sign-in sheet, in the order it was recorded. */
export async function sessionAttendance(scope: Scope, db: Db, sessionId: string): Promise<AttendanceRecord[]> {
  const rows = await fromAttendance(db, recordColumns)
    .where(and(eq(trainingAttendance.sessionId, sessionId), visibleAttendance(scope)))
    .orderBy(asc(trainingAttendance.id));
  return rows.map(flatten);
}

export async function findAttendance(scope: Scope, db: Db, id: number): Promise<AttendanceRecord | undefined> {
  const [row] = await fromAttendance(db, recordColumns).where(and(eq(trainingAttendance.id, id), visibleAttendance(scope)));
  return row && flatten(row);
}

/** The statement an export reads through a cursor: one JSON text per person-time, in the list's order. */
export function attendanceExportQuery(scope: Scope, db: Db, filter: AttendanceFilter): SQL {
  return db
    .select({
      row: sql<string>`json_build_array(${trainingAttendance.id}, ${trainingAttendance.attendeeName}, ${trainingAttendance.audience},
        ${organizations.name}, ${trainingCourses.title}, ${trainingAttendance.regionCode}, ${trainingAttendance.attendedAt}, ${trainingSessions.venue})::text`.as(
        'row',
      ),
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .leftJoin(organizations, eq(organizations.id, trainingAttendance.organizationId))
    .where(and(visibleAttendance(scope), ...filterConditions(filter)))
    .orderBy(...orderOf(filter))
    .getSQL();
}

export interface AttendanceExportRecord {
  id: number;
  attendeeName: string;
  audience: AttendanceRow['audience'];
  organizationName: string | null;
  courseTitle: string;
  regionCode: string;
  attendedAt: Date;
  venue: string;
}

export function decodeAttendanceExportRow(text: string): AttendanceExportRecord {
  const [id, attendeeName, audience, organizationName, courseTitle, regionCode, attendedAt, venue] = JSON.parse(text) as unknown[];
  return {
    id: Number(id),
    attendeeName: attendeeName as string,
    audience: audience as AttendanceRow['audience'],
    organizationName: organizationName as string | null,
    courseTitle: courseTitle as string,
    regionCode: regionCode as string,
    attendedAt: new Date(attendedAt as string),
    venue: venue as string,
  };
}

/** Writes the sheet's people; one already on the session (same name and organization) is skipped by the unique index. */
export async function insertAttendance(tx: Db, rows: (typeof trainingAttendance.$inferInsert)[]): Promise<AttendanceRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(trainingAttendance).values(rows).onConflictDoNothing().returning();
}

export async function deleteAttendance(tx: Db, id: number): Promise<AttendanceRow | undefined> {
  const [row] = await tx.delete(trainingAttendance).where(eq(trainingAttendance.id, id)).returning();
  return row;
}

/** Which of these organizations lie in `regionPrefix`'s subtree (the region a course serves). */
export async function organizationsUnder(db: Db, ids: string[], regionPrefix: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), sql`${organizations.regionCode} LIKE ${escapeLike(regionPrefix) + '%'}`));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Which of these accounts are active and belong to `regionPrefix`'s subtree. */
export async function usersUnder(db: Db, ids: string[], regionPrefix: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.status, 'active'), sql`${users.regionCode} LIKE ${escapeLike(regionPrefix) + '%'}`));
  return new Set(rows.map((r) => r.id));
}

// ── Person-times (人次) ──

export interface PersonTimesWindow {
  /** Region subtree ('' = the country) */
  prefix: string;
  /** Attended at or after */
  since?: Date;
  /** Attended before */
  until?: Date;
  /** Every audience when left out */
  audiences?: readonly string[];
}

function windowConditions(scope: Scope, w: PersonTimesWindow): SQL {
  return and(
    visibleAttendance(scope),
    regionUnder(trainingAttendance.regionCode, w.prefix || null),
    w.since ? sql`${trainingAttendance.attendedAt} >= ${w.since.toISOString()}` : undefined,
    w.until ? sql`${trainingAttendance.attendedAt} < ${w.until.toISOString()}` : undefined,
    w.audiences ? sql`${trainingAttendance.audience} = ANY(${textArray(w.audiences)})` : undefined,
  )!;
}

/** Person-times per region prefix of `groupLength` characters and audience: the rows of a drill-down table. */
export async function personTimesByGroup(
  scope: Scope,
  db: Db,
  w: PersonTimesWindow & { groupLength: number },
): Promise<{ group: string; audience: AttendanceRow['audience']; n: number }[]> {
  // a literal, not a parameter: SELECT and GROUP BY must hold the same expression
  const group = sql<string>`left(${trainingAttendance.regionCode}, ${sql.raw(String(Math.trunc(w.groupLength)))})`;
  const rows = await db
    .select({ group, audience: trainingAttendance.audience, n: count() })
    .from(trainingAttendance)
    .where(windowConditions(scope, w))
    .groupBy(group, trainingAttendance.audience);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Person-times up to each of several instants (month-ends of a trend), keyed as given. */
export async function personTimesUntil(
  scope: Scope,
  db: Db,
  w: Omit<PersonTimesWindow, 'until'>,
  untils: Map<string, Date>,
): Promise<Map<string, number>> {
  if (untils.size === 0) return new Map();
  const points = [...untils].map(([key, until]) => ({ key, until: until.toISOString() }));
  const rows = (await db.execute(sql`
    SELECT p.key, (SELECT count(*) FROM ${trainingAttendance} WHERE ${windowConditions(scope, w)} AND ${trainingAttendance.attendedAt} < p.until)::int AS n
    FROM jsonb_to_recordset(${jsonRows(points)}) AS p(key text, until timestamptz)`)) as unknown as { key: string; n: number }[];
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}
