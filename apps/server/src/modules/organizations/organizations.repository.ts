import { and, count, desc, eq, getTableColumns, ilike, inArray, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizationChanges, organizations, users } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';

export type OrganizationRow = Omit<typeof organizations.$inferSelect, 'nameGrams'>;
export type OrganizationValues = typeof organizations.$inferInsert;
/** A row as presenters need it: with the linked leader account's username. */
export type OrganizationRecord = OrganizationRow & { leaderUsername: string | null };

export type OrganizationSort = 'name' | 'foundedOn' | 'memberCount' | 'updatedAt' | 'createdAt';

export interface OrganizationFilter {
  region?: string;
  tier?: string[];
  status?: string[];
  serviceField?: string[];
  hubKind?: string[];
  isBrand?: boolean;
  isDemonstration?: boolean;
  isObservationPoint?: boolean;
  q?: string;
  sort: { by: OrganizationSort; descending: boolean };
  limit: number;
  offset: number;
}

/**
 * Which organizations the actor may see at all: staff their region subtree, a leader the organizations
 * linked to their account, a resident the active ones of their subtree; the administrators none.
 */
function visible(scope: Scope): SQL {
  switch (scope.role) {
    case 'civil_affairs':
    case 'street_officer':
    case 'committee_worker':
      return regionUnder(organizations.regionCode, scope.regionPrefix);
    case 'org_leader':
      return eq(organizations.leaderUserId, scope.userId);
    case 'resident':
      return and(eq(organizations.status, 'active'), regionUnder(organizations.regionCode, scope.regionPrefix))!;
    default:
      return sql`false`;
  }
}

const sortColumns = {
  name: organizations.name,
  foundedOn: organizations.foundedOn,
  memberCount: organizations.memberCount,
  updatedAt: organizations.updatedAt,
  createdAt: organizations.createdAt,
} as const;

const nonEmpty = (values?: string[]) => (values && values.length > 0 ? values : undefined);

function filterConditions(filter: OrganizationFilter): (SQL | undefined)[] {
  const tier = nonEmpty(filter.tier);
  const status = nonEmpty(filter.status);
  const hubKind = nonEmpty(filter.hubKind);
  const fields = nonEmpty(filter.serviceField);
  const q = filter.q?.trim();
  return [
    filter.region ? regionUnder(organizations.regionCode, filter.region) : undefined,
    tier ? inArray(organizations.tier, tier as OrganizationRow['tier'][]) : undefined,
    status ? inArray(organizations.status, status as OrganizationRow['status'][]) : undefined,
    hubKind ? inArray(organizations.hubKind, hubKind as OrganizationRow['hubKind'][]) : undefined,
    // array overlap: any of the chosen fields
    fields
      ? sql`${organizations.serviceFields} && ARRAY[${sql.join(
          fields.map((f) => sql`${f}`),
          sql`, `,
        )}]::text[]`
      : undefined,
    filter.isBrand === undefined ? undefined : eq(organizations.isBrand, filter.isBrand),
    filter.isDemonstration === undefined ? undefined : eq(organizations.isDemonstration, filter.isDemonstration),
    filter.isObservationPoint === undefined ? undefined : eq(organizations.isObservationPoint, filter.isObservationPoint),
    // the name_grams GIN index finds the candidates (all of the keyword's 1- and 2-character pieces), the
    // ILIKE confirms them; credit code and filing number match exactly
    q
      ? or(
          and(sql`${organizations.nameGrams} @> linli_name_grams(${q})`, ilike(organizations.name, `%${escapeLike(q)}%`)),
          eq(organizations.creditCode, q.toUpperCase()),
          eq(organizations.filingNumber, q),
        )
      : undefined,
  ];
}

const { nameGrams: _searchOnly, ...organizationColumns } = getTableColumns(organizations);
const recordColumns = { ...organizationColumns, leaderUsername: users.username };

export async function listOrganizations(
  scope: Scope,
  db: Db,
  filter: OrganizationFilter,
): Promise<{ items: OrganizationRecord[]; total: number }> {
  const where = and(visible(scope), ...filterConditions(filter));
  const column = sortColumns[filter.sort.by];
  const direction = filter.sort.descending ? sql`DESC` : sql`ASC`;
  const [items, [{ total }]] = await Promise.all([
    db
      .select(recordColumns)
      .from(organizations)
      .leftJoin(users, eq(users.id, organizations.leaderUserId))
      .where(where)
      .orderBy(sql`${column} ${direction} NULLS LAST`, organizations.id)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(organizations).where(where),
  ]);
  return { items, total: Number(total) };
}

export async function findOrganization(scope: Scope, db: Db, id: string): Promise<OrganizationRecord | undefined> {
  const [row] = await db
    .select(recordColumns)
    .from(organizations)
    .leftJoin(users, eq(users.id, organizations.leaderUserId))
    .where(and(eq(organizations.id, id), visible(scope)));
  return row;
}

/** Locks the row until the transaction ends, so concurrent changes apply one after the other. */
export async function lockOrganization(tx: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await tx.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row;
}

export async function creditCodeTaken(tx: Db, creditCode: string, exceptId?: string): Promise<boolean> {
  const rows = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.creditCode, creditCode), exceptId ? ne(organizations.id, exceptId) : undefined))
    .limit(1);
  return rows.length > 0;
}

export async function insertOrganization(tx: Db, values: OrganizationValues): Promise<OrganizationRow> {
  const [row] = await tx.insert(organizations).values(values).returning();
  return row!;
}

export async function updateOrganization(tx: Db, id: string, values: Partial<OrganizationValues>): Promise<OrganizationRow> {
  const [row] = await tx
    .update(organizations)
    .set({ ...values, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row!;
}

export async function insertChange(
  tx: Db,
  entry: { organizationId: string; actorId: string | null; action: string; changes: Record<string, { from: unknown; to: unknown }> },
) {
  await tx.insert(organizationChanges).values(entry);
}

export async function listChanges(db: Db, organizationId: string, limit = 500) {
  return db
    .select({
      id: organizationChanges.id,
      at: organizationChanges.at,
      action: organizationChanges.action,
      changes: organizationChanges.changes,
      actorName: users.displayName,
    })
    .from(organizationChanges)
    .leftJoin(users, eq(users.id, organizationChanges.actorId))
    .where(eq(organizationChanges.organizationId, organizationId))
    .orderBy(desc(organizationChanges.at), desc(organizationChanges.id))
    .limit(limit);
}

export async function findUserByUsername(db: Db, username: string) {
  const [row] = await db
    .select({ id: users.id, username: users.username, role: users.role, status: users.status })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

export async function usernameOf(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ username: users.username }).from(users).where(eq(users.id, userId));
  return row?.username ?? null;
}

// ── Exports (modules/exports): the whole filtered list, in the list's order, read through a cursor ──

/** The list's filters without paging. */
export type OrganizationExportFilter = Omit<OrganizationFilter, 'limit' | 'offset'>;

/** What an export writes of an organization. */
export type OrganizationExportRecord = Pick<
  OrganizationRow,
  | 'name'
  | 'tier'
  | 'legalForm'
  | 'creditCode'
  | 'filingNumber'
  | 'regionCode'
  | 'serviceFields'
  | 'targetGroups'
  | 'description'
  | 'leaderName'
  | 'leaderPhoneEnc'
  | 'leaderIdNumberEnc'
  | 'contactName'
  | 'contactPhoneEnc'
  | 'memberCount'
  | 'foundedOn'
  | 'venue'
  | 'hubKind'
  | 'isBrand'
  | 'isDemonstration'
  | 'isObservationPoint'
  | 'status'
  | 'updatedAt'
>;

const base64 = (column: AnyColumn) => sql`encode(${column}, 'base64')`;

// Each row leaves the database as one JSON text: PGlite decodes a result value by value in JavaScript, and
// 25 values a row (bytea above all) cost several times the query itself at 100,000 rows; bytea goes as base64.
const exportFields: Record<keyof OrganizationExportRecord, AnyColumn | SQL> = {
  name: organizations.name,
  tier: organizations.tier,
  legalForm: organizations.legalForm,
  creditCode: organizations.creditCode,
  filingNumber: organizations.filingNumber,
  regionCode: organizations.regionCode,
  serviceFields: organizations.serviceFields,
  targetGroups: organizations.targetGroups,
  description: organizations.description,
  leaderName: organizations.leaderName,
  leaderPhoneEnc: base64(organizations.leaderPhoneEnc),
  leaderIdNumberEnc: base64(organizations.leaderIdNumberEnc),
  contactName: organizations.contactName,
  contactPhoneEnc: base64(organizations.contactPhoneEnc),
  memberCount: organizations.memberCount,
  foundedOn: organizations.foundedOn,
  venue: organizations.venue,
  hubKind: organizations.hubKind,
  isBrand: organizations.isBrand,
  isDemonstration: organizations.isDemonstration,
  isObservationPoint: organizations.isObservationPoint,
  status: organizations.status,
  updatedAt: organizations.updatedAt,
};
const exportKeys = Object.keys(exportFields) as (keyof OrganizationExportRecord)[];
const bufferKeys = new Set<string>(['leaderPhoneEnc', 'leaderIdNumberEnc', 'contactPhoneEnc']);

export async function countOrganizations(scope: Scope, db: Db, filter: OrganizationExportFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(organizations)
    .where(and(visible(scope), ...filterConditions({ ...filter, limit: 0, offset: 0 })));
  return Number(total);
}

/** The statement an export reads through a cursor: one JSON text per organization, in the list's order. */
export function organizationExportQuery(scope: Scope, db: Db, filter: OrganizationExportFilter): SQL {
  const column = sortColumns[filter.sort.by];
  const direction = filter.sort.descending ? sql`DESC` : sql`ASC`;
  const row = sql.join(
    exportKeys.map((key) => sql`${exportFields[key]}`),
    sql`, `,
  );
  return db
    .select({ row: sql<string>`json_build_array(${row})::text`.as('row') })
    .from(organizations)
    .where(and(visible(scope), ...filterConditions({ ...filter, limit: 0, offset: 0 })))
    .orderBy(sql`${column} ${direction} NULLS LAST`, organizations.id)
    .getSQL();
}

/** One row of organizationExportQuery back into its fields. */
export function decodeOrganizationExportRow(text: string): OrganizationExportRecord {
  const values = JSON.parse(text) as unknown[];
  const record: Record<string, unknown> = {};
  exportKeys.forEach((key, i) => {
    const value = values[i];
    record[key] =
      value === null
        ? null
        : bufferKeys.has(key)
          ? Buffer.from(value as string, 'base64')
          : key === 'updatedAt'
            ? new Date(value as string)
            : value;
  });
  return record as OrganizationExportRecord;
}
