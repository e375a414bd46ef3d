// Every query of major-activity reports (重大活动报告). Scope first: offices see the reports of their region subtree.
import { and, asc, count, desc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { activities, majorActivityReports, organizations, users } from '../../db/schema.js';
import { regionUnder, type Scope } from '../../platform/scope.js';
import { levelsDecidedBy } from './activities.policy.js';
import { dayStart, type ActivityRow, type ReportRecord, type ReportRow } from './activities.repository.js';

export type ReportValues = typeof majorActivityReports.$inferInsert;

/** A report with what an office needs to judge it: the activity and its organization. */
export type ReportListRecord = ReportRecord & {
  organizationName: string;
  activity: Pick<ActivityRow, 'title' | 'kind' | 'startsAt' | 'endsAt' | 'venue' | 'expectedParticipants' | 'status'>;
};

function visibleReports(scope: Scope): SQL {
  switch (scope.role) {
    case 'civil_affairs':
    case 'street_officer':
    case 'committee_worker':
      return regionUnder(majorActivityReports.regionCode, scope.regionPrefix);
    default:
      return sql`false`;
  }
}

/** What waits for the actor's office: reports at its level, of planned activities, filed by someone else. */
function waitingFor(scope: Scope): SQL {
  const levels = levelsDecidedBy(scope.role);
  if (levels.length === 0) return sql`false`;
  return and(
    eq(majorActivityReports.status, 'reported'),
    inArray(majorActivityReports.level, levels),
    eq(activities.status, 'planned'),
    ne(majorActivityReports.reportedBy, scope.userId),
  )!;
}

export interface ReportFilter {
  region?: string;
  status?: string[];
  level?: string[];
  organizationId?: string;
  queue?: 'mine';
  from?: string;
  to?: string;
}

function filterConditions(scope: Scope, filter: ReportFilter): (SQL | undefined)[] {
  return [
    filter.region ? regionUnder(majorActivityReports.regionCode, filter.region) : undefined,
    filter.status?.length ? inArray(majorActivityReports.status, filter.status as ReportRow['status'][]) : undefined,
    filter.level?.length ? inArray(majorActivityReports.level, filter.level as ReportRow['level'][]) : undefined,
    filter.organizationId ? eq(majorActivityReports.organizationId, filter.organizationId) : undefined,
    filter.queue === 'mine' ? waitingFor(scope) : undefined,
    filter.from ? gte(activities.startsAt, dayStart(filter.from)) : undefined,
    filter.to ? lt(activities.startsAt, new Date(dayStart(filter.to).getTime() + 86_400_000)) : undefined,
  ];
}

const reporter = alias(users, 'reporter');
const decider = alias(users, 'decider');

const listColumns = {
  report: majorActivityReports,
  reportedByName: reporter.displayName,
  decidedByName: decider.displayName,
  organizationName: organizations.name,
  activity: {
    title: activities.title,
    kind: activities.kind,
    startsAt: activities.startsAt,
    endsAt: activities.endsAt,
    venue: activities.venue,
    expectedParticipants: activities.expectedParticipants,
    status: activities.status,
  },
};

function selectList(db: Db) {
  return db
    .select(listColumns)
    .from(majorActivityReports)
    .innerJoin(activities, eq(activities.id, majorActivityReports.activityId))
    .leftJoin(organizations, eq(organizations.id, majorActivityReports.organizationId))
    .leftJoin(reporter, eq(reporter.id, majorActivityReports.reportedBy))
    .leftJoin(decider, eq(decider.id, majorActivityReports.decidedBy));
}

type ListRow = {
  report: ReportRow;
  reportedByName: string | null;
  decidedByName: string | null;
  organizationName: string | null;
  activity: ReportListRecord['activity'];
};

const flatten = (row: ListRow): ReportListRecord => ({
  ...row.report,
  reportedByName: row.reportedByName,
  decidedByName: row.decidedByName,
  organizationName: row.organizationName ?? '',
  activity: row.activity,
});

/** A queue is worked by what happens first; other lists show the latest reports first. */
const orderOf = (filter: ReportFilter) =>
  filter.queue === 'mine'
    ? [asc(activities.startsAt), asc(majorActivityReports.id)]
    : [desc(majorActivityReports.reportedAt), desc(majorActivityReports.id)];

export async function listReports(
  scope: Scope,
  db: Db,
  filter: ReportFilter & { limit: number; offset: number },
): Promise<{ items: ReportListRecord[]; total: number }> {
  const where = and(visibleReports(scope), ...filterConditions(scope, filter));
  const [rows, [{ total }]] = await Promise.all([
    selectList(db)
      .where(where)
      .orderBy(...orderOf(filter))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ total: count() })
      .from(majorActivityReports)
      .innerJoin(activities, eq(activities.id, majorActivityReports.activityId))
      .where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export async function findReport(scope: Scope, db: Db, id: string): Promise<ReportListRecord | undefined> {
  const [row] = await selectList(db).where(and(eq(majorActivityReports.id, id), visibleReports(scope)));
  return row ? flatten(row) : undefined;
}

/** The activity's report, locked until the transaction ends. */
export async function lockReport(tx: Db, activityId: string): Promise<ReportRow | undefined> {
  const [row] = await tx.select().from(majorActivityReports).where(eq(majorActivityReports.activityId, activityId)).for('update');
  return row;
}

export async function insertReport(tx: Db, values: ReportValues): Promise<ReportRow> {
  const [row] = await tx.insert(majorActivityReports).values(values).returning();
  return row!;
}

/** Changes the report only if nobody else did since `version` was read; undefined when stale. */
export async function updateReport(tx: Db, id: string, version: number, values: Partial<ReportValues>): Promise<ReportRow | undefined> {
  const [row] = await tx
    .update(majorActivityReports)
    .set({ ...values, version: sql`${majorActivityReports.version} + 1` })
    .where(and(eq(majorActivityReports.id, id), eq(majorActivityReports.version, version)))
    .returning();
  return row;
}

// ── Exports (modules/exports): the whole filtered list, in the list's order, read through a cursor ──

export type ReportExportRecord = Pick<
  ReportListRecord,
  'level' | 'status' | 'late' | 'regionCode' | 'reportedAt' | 'decidedAt' | 'comment'
> & {
  title: string;
  kind: ActivityRow['kind'];
  startsAt: Date;
  expectedParticipants: number;
  organizationName: string;
  reportedByName: string | null;
  decidedByName: string | null;
};

export async function countReports(scope: Scope, db: Db, filter: ReportFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(majorActivityReports)
    .innerJoin(activities, eq(activities.id, majorActivityReports.activityId))
    .where(and(visibleReports(scope), ...filterConditions(scope, filter)));
  return Number(total);
}

/** One JSON text per report, in the list's order. */
export function reportExportQuery(scope: Scope, db: Db, filter: ReportFilter): SQL {
  return db
    .select({
      row: sql<string>`json_build_array(${activities.title}, ${activities.kind}, ${activities.startsAt}, ${activities.expectedParticipants},
        ${organizations.name}, ${majorActivityReports.regionCode}, ${majorActivityReports.level}, ${majorActivityReports.status},
        ${majorActivityReports.late}, ${reporter.displayName}, ${majorActivityReports.reportedAt}, ${decider.displayName},
        ${majorActivityReports.decidedAt}, ${majorActivityReports.comment})::text`.as('row'),
    })
    .from(majorActivityReports)
    .innerJoin(activities, eq(activities.id, majorActivityReports.activityId))
    .leftJoin(organizations, eq(organizations.id, majorActivityReports.organizationId))
    .leftJoin(reporter, eq(reporter.id, majorActivityReports.reportedBy))
    .leftJoin(decider, eq(decider.id, majorActivityReports.decidedBy))
    .where(and(visibleReports(scope), ...filterConditions(scope, filter)))
    .orderBy(...orderOf(filter))
    .getSQL();
}

export function decodeReportExportRow(text: string): ReportExportRecord {
  const [
    title,
    kind,
    startsAt,
    expected,
    organizationName,
    regionCode,
    level,
    status,
    late,
    reportedByName,
    reportedAt,
    decidedByName,
    decidedAt,
    comment,
  ] = JSON.parse(text) as unknown[];
  return {
    title: title as string,
    kind: kind as ActivityRow['kind'],
    startsAt: new Date(startsAt as string),
    expectedParticipants: Number(expected),
    organizationName: (organizationName as string | null) ?? '',
    regionCode: regionCode as string,
    level: level as ReportRow['level'],
    status: status as ReportRow['status'],
    late: Boolean(late),
    reportedByName: reportedByName as string | null,
    reportedAt: new Date(reportedAt as string),
    decidedByName: decidedByName as string | null,
    decidedAt: decidedAt === null ? null : new Date(decidedAt as string),
    comment: comment as string,
  };
}
