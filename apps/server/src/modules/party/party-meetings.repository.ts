// Every query on "三会一课" meeting records; the actor's scope comes first (see visiblePartyRecords).
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizationPartyProfiles, partyMeetings, partyOrganizations, users } from '../../db/schema.js';
import { regionUnder, type Scope } from '../../platform/scope.js';
import { visiblePartyRecords } from './party-organizations.repository.js';

export type MeetingRow = typeof partyMeetings.$inferSelect;
export type MeetingRecord = MeetingRow & { partyOrganizationName: string; recordedByName: string | null };

const visible = (scope: Scope) => visiblePartyRecords(scope, partyMeetings.regionCode, partyMeetings.partyOrganizationId);

export interface MeetingFilter {
  region?: string;
  from?: string;
  to?: string;
  kind?: string[];
  partyOrganizationId?: string;
  organizationId?: string;
}

function filterConditions(filter: MeetingFilter): (SQL | undefined)[] {
  return [
    filter.region ? regionUnder(partyMeetings.regionCode, filter.region) : undefined,
    filter.from ? sql`${partyMeetings.heldOn} >= ${filter.from}` : undefined,
    filter.to ? sql`${partyMeetings.heldOn} <= ${filter.to}` : undefined,
    filter.kind?.length ? inArray(partyMeetings.kind, filter.kind as MeetingRow['kind'][]) : undefined,
    filter.partyOrganizationId ? eq(partyMeetings.partyOrganizationId, filter.partyOrganizationId) : undefined,
    filter.organizationId
      ? sql`${partyMeetings.partyOrganizationId} = (SELECT ${organizationPartyProfiles.partyOrganizationId} FROM ${organizationPartyProfiles}
          WHERE ${organizationPartyProfiles.organizationId} = ${filter.organizationId})`
      : undefined,
  ];
}

const recordColumns = { meeting: partyMeetings, partyOrganizationName: partyOrganizations.name, recordedByName: users.displayName };
const order = [desc(partyMeetings.heldOn), desc(partyMeetings.createdAt), asc(partyMeetings.id)];

export async function listMeetings(scope: Scope, db: Db, filter: MeetingFilter & { limit: number; offset: number }) {
  const where = and(visible(scope), ...filterConditions(filter));
  const [rows, total] = await Promise.all([
    db
      .select(recordColumns)
      .from(partyMeetings)
      .innerJoin(partyOrganizations, eq(partyOrganizations.id, partyMeetings.partyOrganizationId))
      .leftJoin(users, eq(users.id, partyMeetings.recordedBy))
      .where(where)
      .orderBy(...order)
      .limit(filter.limit)
      .offset(filter.offset),
    countMeetings(scope, db, filter),
  ]);
  return {
    items: rows.map((r): MeetingRecord => ({
      ...r.meeting,
      partyOrganizationName: r.partyOrganizationName,
      recordedByName: r.recordedByName,
    })),
    total,
  };
}

export async function findMeeting(scope: Scope, db: Db, id: string): Promise<MeetingRecord | undefined> {
  const [row] = await db
    .select(recordColumns)
    .from(partyMeetings)
    .innerJoin(partyOrganizations, eq(partyOrganizations.id, partyMeetings.partyOrganizationId))
    .leftJoin(users, eq(users.id, partyMeetings.recordedBy))
    .where(and(eq(partyMeetings.id, id), visible(scope)));
  return row && { ...row.meeting, partyOrganizationName: row.partyOrganizationName, recordedByName: row.recordedByName };
}

export async function countMeetings(scope: Scope, db: Db, filter: MeetingFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(partyMeetings)
    .where(and(visible(scope), ...filterConditions(filter)));
  return Number(total);
}

export async function insertMeeting(tx: Db, values: typeof partyMeetings.$inferInsert): Promise<MeetingRow> {
  const [row] = await tx.insert(partyMeetings).values(values).returning();
  return row!;
}

/** The statement an export reads through a cursor: one JSON text per meeting, in the list's order. */
export function meetingExportQuery(scope: Scope, db: Db, filter: MeetingFilter): SQL {
  return db
    .select({
      row: sql<string>`json_build_array(${partyMeetings.heldOn}, ${partyMeetings.kind}, ${partyOrganizations.name}, ${partyMeetings.regionCode},
        ${partyMeetings.topic}, ${partyMeetings.attendees}, ${partyMeetings.notes})::text`.as('row'),
    })
    .from(partyMeetings)
    .innerJoin(partyOrganizations, eq(partyOrganizations.id, partyMeetings.partyOrganizationId))
    .where(and(visible(scope), ...filterConditions(filter)))
    .orderBy(...order)
    .getSQL();
}
