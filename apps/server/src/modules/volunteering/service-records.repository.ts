import { and, count, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { organizations, serviceRecords, users, volunteers } from '../../db/schema.js';
import { regionUnder, type Scope } from '../../platform/scope.js';
import { isStaff } from './volunteering-scope.js';
import { chinaDayEnd, chinaDayStart } from './working-days.js';

export type ServiceRecordRow = typeof serviceRecords.$inferSelect;
export type ServiceRecordRecord = ServiceRecordRow & { volunteerName: string; organizationName: string; confirmedByName: string | null };

const confirmer = alias(users, 'confirmer');
const volunteerUser = alias(users, 'volunteer_user');

const recordColumns = {
  record: serviceRecords,
  volunteerName: volunteerUser.displayName,
  organizationName: organizations.name,
  confirmedByName: confirmer.displayName,
};

type SelectedRow = { record: ServiceRecordRow; volunteerName: string; organizationName: string; confirmedByName: string | null };
const flatten = (row: SelectedRow): ServiceRecordRecord => ({
  ...row.record,
  volunteerName: row.volunteerName,
  organizationName: row.organizationName,
  confirmedByName: row.confirmedByName,
});

/** Staff see the records given in their subtree, a leader those of the organizations they lead. */
function visible(scope: Scope): SQL {
  if (isStaff(scope)) return regionUnder(serviceRecords.regionCode, scope.regionPrefix);
  if (scope.role === 'org_leader')
    return sql`${serviceRecords.organizationId} IN (SELECT o.id FROM organizations o WHERE o.leader_user_id = ${scope.userId})`;
  return sql`false`;
}

function selectRecords(db: Db) {
  return db
    .select(recordColumns)
    .from(serviceRecords)
    .innerJoin(volunteers, eq(volunteers.id, serviceRecords.volunteerId))
    .innerJoin(volunteerUser, eq(volunteerUser.id, volunteers.userId))
    .innerJoin(organizations, eq(organizations.id, serviceRecords.organizationId))
    .leftJoin(confirmer, eq(confirmer.id, serviceRecords.confirmedBy));
}

export async function insertServiceRecord(tx: Db, values: typeof serviceRecords.$inferInsert): Promise<ServiceRecordRow> {
  const [row] = await tx.insert(serviceRecords).values(values).returning();
  return row!;
}

export async function findServiceRecord(scope: Scope, db: Db, id: number): Promise<ServiceRecordRecord | undefined> {
  const [row] = await selectRecords(db).where(and(eq(serviceRecords.id, id), visible(scope)));
  return row ? flatten(row) : undefined;
}

export async function findRecordOf(tx: Db, needId: string, volunteerId: string) {
  const [row] = await tx
    .select({ id: serviceRecords.id })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.needId, needId), eq(serviceRecords.volunteerId, volunteerId)));
  return row;
}

/**
 * One volunteer's records, newest first, with their total: both served by service_records_volunteer_idx
 * (volunteer_id, started_at), so a page costs the same at 20 million records as at twenty.
 */
export async function listVolunteerRecords(db: Db, volunteerId: string, limit: number, offset: number) {
  const where = eq(serviceRecords.volunteerId, volunteerId);
  const [rows, [{ total }]] = await Promise.all([
    selectRecords(db).where(where).orderBy(desc(serviceRecords.startedAt), desc(serviceRecords.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(serviceRecords).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export interface ServiceRecordFilter {
  region?: string;
  organizationId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

function filterConditions(filter: Omit<ServiceRecordFilter, 'limit' | 'offset'>): (SQL | undefined)[] {
  return [
    filter.region ? regionUnder(serviceRecords.regionCode, filter.region) : undefined,
    filter.organizationId ? eq(serviceRecords.organizationId, filter.organizationId) : undefined,
    filter.from ? sql`${serviceRecords.startedAt} >= ${chinaDayStart(filter.from).toISOString()}` : undefined,
    filter.to ? sql`${serviceRecords.startedAt} < ${chinaDayEnd(filter.to).toISOString()}` : undefined,
  ];
}

export async function listServiceRecords(scope: Scope, db: Db, filter: ServiceRecordFilter) {
  const where = and(visible(scope), ...filterConditions(filter));
  const [rows, [{ total }]] = await Promise.all([
    selectRecords(db)
      .where(where)
      .orderBy(desc(serviceRecords.startedAt), desc(serviceRecords.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(serviceRecords).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export interface MonthlyFigures {
  hours: number;
  records: number;
  volunteers: number;
}

/**
 * Hours, records and distinct volunteers of a month under each of `children` (region codes) and under `region`
 * itself, each an index range scan of service_records_region_idx (region_code text_pattern_ops, started_at):
 * `~>=~` / `~<~` are the operators that index serves, bounding the codes that start with the child's code.
 */
export async function monthlyFigures(db: Db, region: string, children: string[], from: Date, to: Date) {
  const window = sql`${serviceRecords.startedAt} >= ${from.toISOString()} AND ${serviceRecords.startedAt} < ${to.toISOString()}`;
  const figures = {
    hours: sql<number>`coalesce(sum(${serviceRecords.hours}), 0)::float8`,
    records: sql<number>`count(*)::int`,
    volunteers: sql<number>`count(DISTINCT ${serviceRecords.volunteerId})::int`,
  };
  const under = (code: string) => sql`${serviceRecords.regionCode} ~>=~ ${code} AND ${serviceRecords.regionCode} ~<~ ${`${code}:`}`;
  const perChild = children.map((code) =>
    db
      .select(figures)
      .from(serviceRecords)
      .where(sql`${under(code)} AND ${window}`)
      .then(([row]) => ({ code, ...normalize(row!) })),
  );
  const [own, total, ...rows] = await Promise.all([
    db
      .select(figures)
      .from(serviceRecords)
      .where(sql`${serviceRecords.regionCode} = ${region} AND ${window}`)
      .then(([row]) => normalize(row!)),
    db
      .select(figures)
      .from(serviceRecords)
      .where(sql`${under(region)} AND ${window}`)
      .then(([row]) => normalize(row!)),
    ...perChild,
  ]);
  return { own, total, rows };
}

const normalize = (row: MonthlyFigures): MonthlyFigures => ({
  hours: Number(row.hours),
  records: Number(row.records),
  volunteers: Number(row.volunteers),
});

/** What a certificate certifies: the volunteer's records in a period that were confirmed by `asOf`. */
export async function certifiableRecords(db: Db, volunteerId: string, period: { from?: string; to: string }, asOf: Date) {
  return selectRecords(db)
    .where(
      and(
        eq(serviceRecords.volunteerId, volunteerId),
        period.from ? sql`${serviceRecords.startedAt} >= ${chinaDayStart(period.from).toISOString()}` : undefined,
        sql`${serviceRecords.startedAt} < ${chinaDayEnd(period.to).toISOString()}`,
        lte(serviceRecords.confirmedAt, asOf),
      ),
    )
    .orderBy(serviceRecords.startedAt, serviceRecords.id)
    .then((rows) => rows.map(flatten));
}

// ── Exports ──

export type ServiceRecordExportFilter = Omit<ServiceRecordFilter, 'limit' | 'offset'>;

export async function countServiceRecords(scope: Scope, db: Db, filter: ServiceRecordExportFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(serviceRecords)
    .where(and(visible(scope), ...filterConditions(filter)));
  return Number(total);
}

export function serviceRecordExportQuery(scope: Scope, db: Db, filter: ServiceRecordExportFilter): SQL {
  return db
    .select({
      row: sql<string>`json_build_array(${serviceRecords.id}, ${volunteerUser.displayName}, ${organizations.name}, ${serviceRecords.regionCode},
        ${serviceRecords.content}, ${serviceRecords.place}, ${serviceRecords.startedAt}, ${serviceRecords.endedAt}, ${serviceRecords.hours},
        ${serviceRecords.points}, ${confirmer.displayName}, ${serviceRecords.confirmedAt})::text`.as('row'),
    })
    .from(serviceRecords)
    .innerJoin(volunteers, eq(volunteers.id, serviceRecords.volunteerId))
    .innerJoin(volunteerUser, eq(volunteerUser.id, volunteers.userId))
    .innerJoin(organizations, eq(organizations.id, serviceRecords.organizationId))
    .leftJoin(confirmer, eq(confirmer.id, serviceRecords.confirmedBy))
    .where(and(visible(scope), ...filterConditions(filter)))
    .orderBy(desc(serviceRecords.startedAt), desc(serviceRecords.id))
    .getSQL();
}

export interface ServiceRecordExportRecord {
  id: string;
  volunteerName: string;
  organizationName: string;
  regionCode: string;
  content: string;
  place: string;
  startedAt: Date;
  endedAt: Date;
  hours: number;
  points: number;
  confirmedByName: string | null;
  confirmedAt: Date;
}

export function decodeServiceRecordExportRow(text: string): ServiceRecordExportRecord {
  const [id, volunteerName, organizationName, regionCode, content, place, startedAt, endedAt, hours, points, confirmedByName, confirmedAt] =
    JSON.parse(text) as unknown[];
  return {
    id: String(id),
    volunteerName: volunteerName as string,
    organizationName: organizationName as string,
    regionCode: regionCode as string,
    content: content as string,
    place: place as string,
    startedAt: new Date(startedAt as string),
    endedAt: new Date(endedAt as string),
    hours: Number(hours),
    points: Number(points),
    confirmedByName: confirmedByName as string | null,
    confirmedAt: new Date(confirmedAt as string),
  };
}
