import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizations, volunteerNeeds, volunteerSignups } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';
import { chinaDayEnd, chinaDayStart } from './working-days.js';
import { isStaff, neighbourhoodOf } from './volunteering-scope.js';

export type NeedRow = typeof volunteerNeeds.$inferSelect;
export type NeedRecord = NeedRow & {
  organizationName: string;
  signedUp: number;
  mySignup: 'signed_up' | 'withdrawn' | null;
  managed: boolean;
};

const ledByViewer = (scope: Scope) =>
  sql`${volunteerNeeds.organizationId} IN (SELECT o.id FROM organizations o WHERE o.leader_user_id = ${scope.userId})`;
const signedUpByViewer = (scope: Scope) =>
  sql`${volunteerNeeds.id} IN (SELECT s.need_id FROM volunteer_signups s JOIN volunteers v ON v.id = s.volunteer_id
    WHERE v.user_id = ${scope.userId} AND s.status = 'signed_up')`;

/** Whose needs the viewer manages (posts, edits, confirms hours of): staff their subtree's, a leader their organizations'. */
function managed(scope: Scope): SQL {
  if (isStaff(scope)) return regionUnder(volunteerNeeds.regionCode, scope.regionPrefix);
  if (scope.role === 'org_leader') return ledByViewer(scope);
  return sql`false`;
}

/** What the viewer sees: what they manage, the open needs of their street, and the needs they signed up for. */
function visible(scope: Scope): SQL {
  if (isStaff(scope)) return managed(scope);
  if (scope.role !== 'org_leader' && scope.role !== 'resident') return sql`false`;
  const openNearby = and(eq(volunteerNeeds.status, 'open'), regionUnder(volunteerNeeds.regionCode, neighbourhoodOf(scope)))!;
  return or(managed(scope), openNearby, signedUpByViewer(scope))!;
}

const recordColumns = (scope: Scope) => ({
  need: volunteerNeeds,
  organizationName: organizations.name,
  signedUp: sql<number>`(SELECT count(*)::int FROM volunteer_signups s WHERE s.need_id = "volunteer_needs"."id" AND s.status = 'signed_up')`,
  mySignup: sql<'signed_up' | 'withdrawn' | null>`(SELECT s.status FROM volunteer_signups s JOIN volunteers v ON v.id = s.volunteer_id
    WHERE s.need_id = "volunteer_needs"."id" AND v.user_id = ${scope.userId})`,
  managed: sql<boolean>`(${managed(scope)})`,
});

type SelectedRow = { need: NeedRow; organizationName: string; signedUp: number; mySignup: NeedRecord['mySignup']; managed: boolean };
const flatten = (row: SelectedRow): NeedRecord => ({
  ...row.need,
  organizationName: row.organizationName,
  signedUp: Number(row.signedUp),
  mySignup: row.mySignup,
  managed: Boolean(row.managed),
});

export interface NeedFilter {
  region?: string;
  organizationId?: string;
  status: string[];
  signedUp?: boolean;
  from?: string;
  to?: string;
  q?: string;
  sort: 'startsAt' | '-startsAt';
  limit: number;
  offset: number;
}

function filterConditions(scope: Scope, filter: Omit<NeedFilter, 'sort' | 'limit' | 'offset'>): (SQL | undefined)[] {
  const q = filter.q?.trim();
  return [
    filter.region ? regionUnder(volunteerNeeds.regionCode, filter.region) : undefined,
    filter.organizationId ? eq(volunteerNeeds.organizationId, filter.organizationId) : undefined,
    filter.status.length > 0 ? inArray(volunteerNeeds.status, filter.status as NeedRow['status'][]) : undefined,
    filter.signedUp === undefined ? undefined : filter.signedUp ? signedUpByViewer(scope) : sql`NOT ${signedUpByViewer(scope)}`,
    filter.from ? sql`${volunteerNeeds.startsAt} >= ${chinaDayStart(filter.from).toISOString()}` : undefined,
    filter.to ? sql`${volunteerNeeds.startsAt} < ${chinaDayEnd(filter.to).toISOString()}` : undefined,
    q ? ilike(volunteerNeeds.title, `%${escapeLike(q)}%`) : undefined,
  ];
}

const orderOf = (sort: NeedFilter['sort']) => [(sort.startsWith('-') ? desc : asc)(volunteerNeeds.startsAt), asc(volunteerNeeds.id)];

export async function listNeeds(scope: Scope, db: Db, filter: NeedFilter) {
  const where = and(visible(scope), ...filterConditions(scope, filter));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(recordColumns(scope))
      .from(volunteerNeeds)
      .innerJoin(organizations, eq(organizations.id, volunteerNeeds.organizationId))
      .where(where)
      .orderBy(...orderOf(filter.sort))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(volunteerNeeds).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export async function findNeed(scope: Scope, db: Db, id: string): Promise<NeedRecord | undefined> {
  const [row] = await db
    .select(recordColumns(scope))
    .from(volunteerNeeds)
    .innerJoin(organizations, eq(organizations.id, volunteerNeeds.organizationId))
    .where(and(eq(volunteerNeeds.id, id), visible(scope)));
  return row ? flatten(row) : undefined;
}

/** Locks the need until the transaction ends: sign-ups for its last slot, and edits of its slots, queue up. */
export async function lockNeed(tx: Db, id: string): Promise<NeedRow> {
  const [row] = await tx.select().from(volunteerNeeds).where(eq(volunteerNeeds.id, id)).for('update');
  return row!;
}

/** An organization the viewer may post needs for: staff in their subtree, a leader the ones they lead. */
export async function findOrganizationForNeeds(scope: Scope, db: Db, id: string) {
  const allowed = isStaff(scope)
    ? regionUnder(organizations.regionCode, scope.regionPrefix)
    : scope.role === 'org_leader'
      ? eq(organizations.leaderUserId, scope.userId)
      : sql`false`;
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, regionCode: organizations.regionCode, status: organizations.status })
    .from(organizations)
    .where(and(eq(organizations.id, id), allowed));
  return row;
}

export async function insertNeed(tx: Db, values: typeof volunteerNeeds.$inferInsert): Promise<NeedRow> {
  const [row] = await tx.insert(volunteerNeeds).values(values).returning();
  return row!;
}

/** Changes the need only if nobody else did since the viewer read it; undefined: the version was stale. */
export async function updateNeed(tx: Db, id: string, version: number, values: Partial<typeof volunteerNeeds.$inferInsert>) {
  const [row] = await tx
    .update(volunteerNeeds)
    .set({ ...values, version: sql`${volunteerNeeds.version} + 1`, updatedAt: new Date() })
    .where(and(eq(volunteerNeeds.id, id), eq(volunteerNeeds.version, version)))
    .returning();
  return row;
}

export async function countSignedUp(tx: Db, needId: string): Promise<number> {
  const [{ total }] = await tx
    .select({ total: count() })
    .from(volunteerSignups)
    .where(and(eq(volunteerSignups.needId, needId), eq(volunteerSignups.status, 'signed_up')));
  return Number(total);
}

// ── Exports ──

export type NeedExportFilter = Omit<NeedFilter, 'limit' | 'offset'>;

export async function countNeeds(scope: Scope, db: Db, filter: NeedExportFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(volunteerNeeds)
    .where(and(visible(scope), ...filterConditions(scope, filter)));
  return Number(total);
}

export function needExportQuery(scope: Scope, db: Db, filter: NeedExportFilter): SQL {
  const columns = recordColumns(scope);
  return db
    .select({
      row: sql<string>`json_build_array(${volunteerNeeds.id}, ${volunteerNeeds.title}, ${organizations.name}, ${volunteerNeeds.regionCode},
        ${volunteerNeeds.place}, ${volunteerNeeds.startsAt}, ${volunteerNeeds.endsAt}, ${volunteerNeeds.slots}, ${columns.signedUp},
        ${volunteerNeeds.skills}, ${volunteerNeeds.status})::text`.as('row'),
    })
    .from(volunteerNeeds)
    .innerJoin(organizations, eq(organizations.id, volunteerNeeds.organizationId))
    .where(and(visible(scope), ...filterConditions(scope, filter)))
    .orderBy(...orderOf(filter.sort))
    .getSQL();
}

export interface NeedExportRecord {
  id: string;
  title: string;
  organizationName: string;
  regionCode: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  slots: number;
  signedUp: number;
  skills: string[];
  status: NeedRow['status'];
}

export function decodeNeedExportRow(text: string): NeedExportRecord {
  const [id, title, organizationName, regionCode, place, startsAt, endsAt, slots, signedUp, skills, status] = JSON.parse(text) as unknown[];
  return {
    id: id as string,
    title: title as string,
    organizationName: organizationName as string,
    regionCode: regionCode as string,
    place: place as string,
    startsAt: new Date(startsAt as string),
    endsAt: new Date(endsAt as string),
    slots: Number(slots),
    signedUp: Number(signedUp),
    skills: skills as string[],
    status: status as NeedRow['status'],
  };
}
