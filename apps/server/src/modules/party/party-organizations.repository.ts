// Every query on party organizations and the organizations they cover. The actor's scope comes first: offices see
// their region subtree, an organization's leader the party organization covering their organizations.
import { and, asc, count, eq, ilike, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizationPartyProfiles, organizations, partyOrganizations } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';

export type PartyOrganizationRow = typeof partyOrganizations.$inferSelect;
export type PartyOrganizationRecord = PartyOrganizationRow & { coveredCount: number; lastMeetingOn: string | null };

const STAFF = new Set(['civil_affairs', 'street_officer', 'committee_worker']);

/** The party organizations covering organizations the user leads, as a subquery. */
const coveringLeadersOrganizations = (userId: string): SQL =>
  sql`(SELECT ${organizationPartyProfiles.partyOrganizationId} FROM ${organizationPartyProfiles}
    JOIN ${organizations} ON ${organizations.id} = ${organizationPartyProfiles.organizationId}
    WHERE ${organizations.leaderUserId} = ${userId} AND ${organizationPartyProfiles.partyOrganizationId} IS NOT NULL)`;

/** Offices: records of their region subtree. A leader: those of the party organization covering their organizations. */
export function visiblePartyRecords(scope: Scope, region: AnyColumn, partyOrganizationId: AnyColumn): SQL {
  if (STAFF.has(scope.role)) return regionUnder(region, scope.regionPrefix);
  if (scope.role === 'org_leader') return sql`${partyOrganizationId} IN ${coveringLeadersOrganizations(scope.userId)}`;
  return sql`false`;
}

const visible = (scope: Scope) => visiblePartyRecords(scope, partyOrganizations.regionCode, partyOrganizations.id);

// Correlated on the outer row by its qualified name: Drizzle leaves columns unqualified in a query without joins.
const coveredCount = sql<number>`(SELECT count(*) FROM organization_party_profiles AS p WHERE p.party_organization_id = "party_organizations"."id")::int`;
const lastMeetingOn = sql<
  string | null
>`(SELECT max(m.held_on)::text FROM party_meetings AS m WHERE m.party_organization_id = "party_organizations"."id")`;
const recordColumns = { party: partyOrganizations, coveredCount, lastMeetingOn };
const flatten = (row: { party: PartyOrganizationRow; coveredCount: number; lastMeetingOn: string | null }): PartyOrganizationRecord => ({
  ...row.party,
  coveredCount: Number(row.coveredCount),
  lastMeetingOn: row.lastMeetingOn,
});

export interface PartyOrganizationFilter {
  region?: string;
  kind?: string[];
  status?: string[];
  organizationId?: string;
  forRegion?: string;
  q?: string;
}

function filterConditions(filter: PartyOrganizationFilter): (SQL | undefined)[] {
  const q = filter.q?.trim();
  return [
    filter.region ? regionUnder(partyOrganizations.regionCode, filter.region) : undefined,
    filter.kind?.length ? inArray(partyOrganizations.kind, filter.kind as PartyOrganizationRow['kind'][]) : undefined,
    filter.status?.length ? inArray(partyOrganizations.status, filter.status as PartyOrganizationRow['status'][]) : undefined,
    filter.organizationId
      ? sql`${partyOrganizations.id} = (SELECT ${organizationPartyProfiles.partyOrganizationId} FROM ${organizationPartyProfiles}
          WHERE ${organizationPartyProfiles.organizationId} = ${filter.organizationId})`
      : undefined,
    // set up in the region or above it: the ones whose region contains it
    filter.forRegion ? sql`${filter.forRegion} LIKE ${partyOrganizations.regionCode} || '%'` : undefined,
    q ? ilike(partyOrganizations.name, `%${escapeLike(q)}%`) : undefined,
  ];
}

export async function listPartyOrganizations(
  scope: Scope,
  db: Db,
  filter: PartyOrganizationFilter & { limit: number; offset: number },
): Promise<{ items: PartyOrganizationRecord[]; total: number }> {
  const where = and(visible(scope), ...filterConditions(filter));
  const [rows, total] = await Promise.all([
    db
      .select(recordColumns)
      .from(partyOrganizations)
      .where(where)
      .orderBy(asc(partyOrganizations.regionCode), asc(partyOrganizations.name), asc(partyOrganizations.id))
      .limit(filter.limit)
      .offset(filter.offset),
    countPartyOrganizations(scope, db, filter),
  ]);
  return { items: rows.map(flatten), total };
}

export async function countPartyOrganizations(scope: Scope, db: Db, filter: PartyOrganizationFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(partyOrganizations)
    .where(and(visible(scope), ...filterConditions(filter)));
  return Number(total);
}

export async function findPartyOrganization(scope: Scope, db: Db, id: string): Promise<PartyOrganizationRecord | undefined> {
  const [row] = await db
    .select(recordColumns)
    .from(partyOrganizations)
    .where(and(eq(partyOrganizations.id, id), visible(scope)));
  return row && flatten(row);
}

/** Locks the party organization until the transaction ends: changes to what it covers apply one after the other. */
export async function lockPartyOrganization(tx: Db, id: string): Promise<PartyOrganizationRow | undefined> {
  const [row] = await tx.select().from(partyOrganizations).where(eq(partyOrganizations.id, id)).for('update');
  return row;
}

export async function insertPartyOrganization(tx: Db, values: typeof partyOrganizations.$inferInsert): Promise<PartyOrganizationRow> {
  const [row] = await tx.insert(partyOrganizations).values(values).returning();
  return row!;
}

export async function updatePartyOrganization(
  tx: Db,
  id: string,
  values: Partial<typeof partyOrganizations.$inferInsert>,
): Promise<PartyOrganizationRow> {
  const [row] = await tx
    .update(partyOrganizations)
    .set({ ...values, version: sql`${partyOrganizations.version} + 1`, updatedAt: new Date() })
    .where(eq(partyOrganizations.id, id))
    .returning();
  return row!;
}

/** The organizations a party organization covers, with their party figures. */
export async function coveredOrganizations(db: Db, partyOrganizationId: string) {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      tier: organizations.tier,
      status: organizations.status,
      regionCode: organizations.regionCode,
      leaderIsPartyMember: organizationPartyProfiles.leaderIsPartyMember,
      partyMemberCount: organizationPartyProfiles.partyMemberCount,
    })
    .from(organizationPartyProfiles)
    .innerJoin(organizations, eq(organizations.id, organizationPartyProfiles.organizationId))
    .where(eq(organizationPartyProfiles.partyOrganizationId, partyOrganizationId))
    .orderBy(asc(organizations.regionCode), asc(organizations.name));
}

/** The statement an export reads through a cursor: one JSON text per party organization, in the list's order. */
export function partyOrganizationExportQuery(scope: Scope, db: Db, filter: PartyOrganizationFilter): SQL {
  return db
    .select({
      row: sql<string>`json_build_array(${partyOrganizations.name}, ${partyOrganizations.kind}, ${partyOrganizations.regionCode},
        ${partyOrganizations.establishedOn}, ${partyOrganizations.secretaryName}, ${partyOrganizations.memberCount}, ${partyOrganizations.status},
        ${coveredCount}, ${lastMeetingOn})::text`.as('row'),
    })
    .from(partyOrganizations)
    .where(and(visible(scope), ...filterConditions(filter)))
    .orderBy(asc(partyOrganizations.regionCode), asc(partyOrganizations.name), asc(partyOrganizations.id))
    .getSQL();
}
