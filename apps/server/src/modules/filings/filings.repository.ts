import type { FilingStatus } from '@linli/shared';
import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { filingCounters, filings, filingTransitions, organizations, users } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';
import { queueOf } from './filings.workflow.js';

export type FilingRow = typeof filings.$inferSelect;
export type FilingValues = typeof filings.$inferInsert;

/** Review time limits in days per waiting status (config.filingTimeLimitDays). */
export interface TimeLimits {
  committee_review: number;
  street_review: number;
}

/** When the current step is due: status_since + its time limit; null for steps without a limit. */
const dueAt = (limits: TimeLimits) =>
  sql<Date | null>`(CASE ${filings.status}
    WHEN 'committee_review' THEN ${filings.statusSince} + make_interval(days => ${limits.committee_review}::int)
    WHEN 'street_review' THEN ${filings.statusSince} + make_interval(days => ${limits.street_review}::int)
  END)`.mapWith(filings.statusSince);

const overdue = (limits: TimeLimits) => sql<boolean>`coalesce(${dueAt(limits)} < now(), false)`.mapWith(Boolean);

/** The organization's current name, or the proposed one while it does not exist yet. */
const organizationName = sql<string>`coalesce(${organizations.name}, ${filings.payload} #>> '{organization,name}', '')`;

const recordColumns = (limits: TimeLimits) => ({
  filing: filings,
  organizationName,
  submittedByName: users.displayName,
  dueAt: dueAt(limits),
  overdue: overdue(limits),
});

export type FilingRecord = FilingRow & { organizationName: string; submittedByName: string | null; dueAt: Date | null; overdue: boolean };

const flatten = (row: {
  filing: FilingRow;
  organizationName: string;
  submittedByName: string | null;
  dueAt: Date | null;
  overdue: boolean;
}): FilingRecord => ({
  ...row.filing,
  organizationName: row.organizationName,
  submittedByName: row.submittedByName,
  dueAt: row.dueAt,
  overdue: row.overdue,
});

/**
 * Which filings the actor may see: staff their region subtree; a leader the filings they submitted and those of
 * the organizations they lead; nobody else any.
 */
function visible(scope: Scope): SQL {
  switch (scope.role) {
    case 'civil_affairs':
    case 'street_officer':
    case 'committee_worker':
      return regionUnder(filings.regionCode, scope.regionPrefix);
    case 'org_leader':
      return or(
        eq(filings.submittedBy, scope.userId),
        sql`${filings.organizationId} IN (SELECT o.id FROM organizations o WHERE o.leader_user_id = ${scope.userId})`,
      )!;
    default:
      return sql`false`;
  }
}

/** Filings waiting for the actor: others' filings in the steps their role handles, and their own returned ones. */
function waitingFor(scope: Scope): SQL {
  const { reviews, ownReturned } = queueOf(scope.role);
  const conditions = [
    reviews.length > 0 ? and(inArray(filings.status, reviews), ne(filings.submittedBy, scope.userId)) : undefined,
    ownReturned ? and(eq(filings.status, 'returned'), eq(filings.submittedBy, scope.userId)) : undefined,
  ].filter(Boolean) as SQL[];
  return conditions.length > 0 ? or(...conditions)! : sql`false`;
}

export interface FilingFilter {
  region?: string;
  status?: string[];
  kind?: string[];
  queue?: 'mine';
  mine?: 'submitted';
  organizationId?: string;
  overdue?: boolean;
  q?: string;
  sort: { by: 'submittedAt' | 'statusSince'; descending: boolean };
  limit: number;
  offset: number;
}

function filterConditions(scope: Scope, filter: FilingFilter, limits: TimeLimits): (SQL | undefined)[] {
  const q = filter.q?.trim();
  return [
    filter.region ? regionUnder(filings.regionCode, filter.region) : undefined,
    filter.status?.length ? inArray(filings.status, filter.status) : undefined,
    filter.kind?.length ? inArray(filings.kind, filter.kind as FilingRow['kind'][]) : undefined,
    filter.queue === 'mine' ? waitingFor(scope) : undefined,
    filter.mine === 'submitted' ? eq(filings.submittedBy, scope.userId) : undefined,
    filter.organizationId ? eq(filings.organizationId, filter.organizationId) : undefined,
    filter.overdue === undefined ? undefined : filter.overdue ? sql`${overdue(limits)}` : sql`NOT ${overdue(limits)}`,
    q ? or(ilike(organizationName, `%${escapeLike(q)}%`), eq(filings.filingNumber, q)) : undefined,
  ];
}

export async function listFilings(
  scope: Scope,
  db: Db,
  filter: FilingFilter,
  limits: TimeLimits,
): Promise<{ items: FilingRecord[]; total: number }> {
  const where = and(visible(scope), ...filterConditions(scope, filter, limits));
  // A work queue is worked oldest first, whatever sort the list had.
  const order =
    filter.queue === 'mine'
      ? [asc(filings.statusSince)]
      : [(filter.sort.descending ? desc : asc)(filter.sort.by === 'statusSince' ? filings.statusSince : filings.submittedAt)];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(recordColumns(limits))
      .from(filings)
      .leftJoin(organizations, eq(organizations.id, filings.organizationId))
      .leftJoin(users, eq(users.id, filings.submittedBy))
      .where(where)
      .orderBy(...order, asc(filings.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(filings).leftJoin(organizations, eq(organizations.id, filings.organizationId)).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export async function findFiling(scope: Scope, db: Db, id: string, limits: TimeLimits): Promise<FilingRecord | undefined> {
  const [row] = await db
    .select(recordColumns(limits))
    .from(filings)
    .leftJoin(organizations, eq(organizations.id, filings.organizationId))
    .leftJoin(users, eq(users.id, filings.submittedBy))
    .where(and(eq(filings.id, id), visible(scope)));
  return row ? flatten(row) : undefined;
}

export async function listTransitions(db: Db, filingId: string) {
  return db
    .select({
      id: filingTransitions.id,
      action: filingTransitions.action,
      fromStatus: filingTransitions.fromStatus,
      toStatus: filingTransitions.toStatus,
      actorName: users.displayName,
      comment: filingTransitions.comment,
      at: filingTransitions.at,
    })
    .from(filingTransitions)
    .leftJoin(users, eq(users.id, filingTransitions.actorId))
    .where(eq(filingTransitions.filingId, filingId))
    .orderBy(asc(filingTransitions.id));
}

/**
 * The organization a change or cancellation filing is about, if the submitter may file for it: a leader for the
 * organizations they lead, a committee worker for those of their community.
 */
export async function findOrganizationToFile(scope: Scope, db: Db, id: string) {
  const allowed =
    scope.role === 'org_leader'
      ? eq(organizations.leaderUserId, scope.userId)
      : scope.role === 'committee_worker'
        ? regionUnder(organizations.regionCode, scope.regionPrefix)
        : sql`false`;
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      tier: organizations.tier,
      status: organizations.status,
      regionCode: organizations.regionCode,
    })
    .from(organizations)
    .where(and(eq(organizations.id, id), allowed));
  return row;
}

/** Locks the organization until the transaction ends (a filing decision and an officer's edit queue up). */
export async function lockOrganizationStatus(tx: Db, id: string) {
  const [row] = await tx.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, id)).for('update');
  return row?.status;
}

export async function userRole(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  return row?.role;
}

export async function hasOpenFiling(db: Db, organizationId: string, openStatuses: readonly FilingStatus[]): Promise<boolean> {
  const rows = await db
    .select({ id: filings.id })
    .from(filings)
    .where(and(eq(filings.organizationId, organizationId), inArray(filings.status, [...openStatuses])))
    .limit(1);
  return rows.length > 0;
}

export async function insertFiling(tx: Db, values: FilingValues): Promise<FilingRow> {
  const [row] = await tx.insert(filings).values(values).returning();
  return row!;
}

/**
 * Moves the filing on only if nobody else did since the actor read it (`version`): of two simultaneous
 * actions exactly one matches the row. Undefined means the version was stale.
 */
export async function moveFiling(
  tx: Db,
  id: string,
  version: number,
  values: Partial<FilingValues> & { status: FilingStatus },
): Promise<FilingRow | undefined> {
  const now = new Date();
  const [row] = await tx
    .update(filings)
    .set({ ...values, version: sql`${filings.version} + 1`, statusSince: now, updatedAt: now })
    .where(and(eq(filings.id, id), eq(filings.version, version)))
    .returning();
  return row;
}

export async function setFilingOutcome(tx: Db, id: string, values: { filingNumber: string; organizationId: string }) {
  await tx.update(filings).set(values).where(eq(filings.id, id));
}

export async function insertTransition(
  tx: Db,
  entry: { filingId: string; action: string; fromStatus: string | null; toStatus: string; actorId: string; comment: string },
) {
  await tx.insert(filingTransitions).values(entry);
}

/** The next number of a counter, atomically: concurrent callers get different numbers. */
export async function nextCounterValue(tx: Db, key: string): Promise<number> {
  const [row] = await tx
    .insert(filingCounters)
    .values({ key, value: 1 })
    .onConflictDoUpdate({ target: filingCounters.key, set: { value: sql`${filingCounters.value} + 1` } })
    .returning({ value: filingCounters.value });
  return row!.value;
}

// ── Exports (modules/exports): the whole filtered list, in the list's order, read through a cursor ──

/** The list's filters without paging. */
export type FilingExportFilter = Omit<FilingFilter, 'limit' | 'offset'>;

/** What an exported row shows: no payload, no personal identifiers. */
export interface FilingExportRecord {
  id: string;
  kind: FilingRow['kind'];
  status: string;
  regionCode: string;
  filingNumber: string | null;
  organizationName: string;
  submittedByName: string | null;
  submittedAt: Date;
  statusSince: Date;
  dueAt: Date | null;
  overdue: boolean;
}

export async function countFilings(scope: Scope, db: Db, filter: FilingExportFilter, limits: TimeLimits): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(filings)
    .leftJoin(organizations, eq(organizations.id, filings.organizationId))
    .where(and(visible(scope), ...filterConditions(scope, { ...filter, limit: 0, offset: 0 }, limits)));
  return Number(total);
}

/**
 * The statement an export reads through a cursor: one JSON text per filing (PGlite decodes results value by
 * value, a single text is far cheaper), in the list's order.
 */
export function filingExportQuery(scope: Scope, db: Db, filter: FilingExportFilter, limits: TimeLimits): SQL {
  const order =
    filter.queue === 'mine'
      ? [asc(filings.statusSince)]
      : [(filter.sort.descending ? desc : asc)(filter.sort.by === 'statusSince' ? filings.statusSince : filings.submittedAt)];
  return db
    .select({
      row: sql<string>`json_build_array(${filings.id}, ${filings.kind}, ${filings.status}, ${filings.regionCode}, ${filings.filingNumber},
        ${organizationName}, ${users.displayName}, ${filings.submittedAt}, ${filings.statusSince}, ${dueAt(limits)}, ${overdue(limits)})::text`.as(
        'row',
      ),
    })
    .from(filings)
    .leftJoin(organizations, eq(organizations.id, filings.organizationId))
    .leftJoin(users, eq(users.id, filings.submittedBy))
    .where(and(visible(scope), ...filterConditions(scope, { ...filter, limit: 0, offset: 0 }, limits)))
    .orderBy(...order, asc(filings.id))
    .getSQL();
}

const dateOrNull = (value: unknown) => (value === null ? null : new Date(value as string));

/** One row of filingExportQuery back into its fields. */
export function decodeFilingExportRow(text: string): FilingExportRecord {
  const [id, kind, status, regionCode, filingNumber, organizationName, submittedByName, submittedAt, statusSince, due, isOverdue] =
    JSON.parse(text) as unknown[];
  return {
    id: id as string,
    kind: kind as FilingRow['kind'],
    status: status as string,
    regionCode: regionCode as string,
    filingNumber: filingNumber as string | null,
    organizationName: organizationName as string,
    submittedByName: submittedByName as string | null,
    submittedAt: new Date(submittedAt as string),
    statusSince: new Date(statusSince as string),
    dueAt: dateOrNull(due),
    overdue: Boolean(isOverdue),
  };
}
