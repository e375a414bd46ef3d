import { and, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { users, volunteers } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';
import { starLevelSql } from './time-bank-rules.repository.js';

export type VolunteerRow = typeof volunteers.$inferSelect;
export type VolunteerRecord = VolunteerRow & { name: string; starLevel: number };

const starLevel = starLevelSql(sql`"volunteers"."region_code"`, sql`"volunteers"."hours_confirmed"`);
const recordColumns = { volunteer: volunteers, name: users.displayName, starLevel };
const flatten = (row: { volunteer: VolunteerRow; name: string; starLevel: number }): VolunteerRecord => ({
  ...row.volunteer,
  name: row.name,
  starLevel: Number(row.starLevel),
});

/** Staff see the volunteers of their region subtree; nobody else sees other volunteers. */
function visible(scope: Scope): SQL {
  switch (scope.role) {
    case 'civil_affairs':
    case 'street_officer':
    case 'committee_worker':
      return regionUnder(volunteers.regionCode, scope.regionPrefix);
    default:
      return sql`false`;
  }
}

/** The actor's own volunteer registration, if any. */
export async function findOwnVolunteer(scope: Scope, db: Db): Promise<VolunteerRecord | undefined> {
  const [row] = await db
    .select(recordColumns)
    .from(volunteers)
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(eq(volunteers.userId, scope.userId));
  return row ? flatten(row) : undefined;
}

export async function findVolunteer(scope: Scope, db: Db, id: string): Promise<VolunteerRecord | undefined> {
  const [row] = await db
    .select(recordColumns)
    .from(volunteers)
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(and(eq(volunteers.id, id), visible(scope)));
  return row ? flatten(row) : undefined;
}

export interface VolunteerFilter {
  region?: string;
  skill?: string;
  star?: number;
  q?: string;
  limit: number;
  offset: number;
}

function filterConditions(filter: Omit<VolunteerFilter, 'limit' | 'offset'>): (SQL | undefined)[] {
  const q = filter.q?.trim();
  return [
    filter.region ? regionUnder(volunteers.regionCode, filter.region) : undefined,
    filter.skill ? sql`${filter.skill} = ANY(${volunteers.skills})` : undefined,
    filter.star === undefined ? undefined : sql`${starLevel} = ${filter.star}`,
    q ? ilike(users.displayName, `%${escapeLike(q)}%`) : undefined,
  ];
}

export async function listVolunteers(scope: Scope, db: Db, filter: VolunteerFilter) {
  const where = and(visible(scope), ...filterConditions(filter));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(recordColumns)
      .from(volunteers)
      .innerJoin(users, eq(users.id, volunteers.userId))
      .where(where)
      .orderBy(desc(volunteers.hoursConfirmed), asc(volunteers.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(volunteers).innerJoin(users, eq(users.id, volunteers.userId)).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export async function insertVolunteer(tx: Db, values: typeof volunteers.$inferInsert): Promise<VolunteerRow> {
  const [row] = await tx.insert(volunteers).values(values).returning();
  return row!;
}

export async function updateVolunteer(tx: Db, id: string, values: Partial<typeof volunteers.$inferInsert>): Promise<VolunteerRow> {
  const [row] = await tx
    .update(volunteers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(volunteers.id, id))
    .returning();
  return row!;
}

/** Adds a confirmed record's hours and points, in the transaction that writes the record. */
export async function creditVolunteer(tx: Db, id: string, hours: number, points: number) {
  const [row] = await tx
    .update(volunteers)
    .set({
      hoursConfirmed: sql`${volunteers.hoursConfirmed} + ${hours}`,
      pointsBalance: sql`${volunteers.pointsBalance} + ${points}`,
      updatedAt: new Date(),
    })
    .where(eq(volunteers.id, id))
    .returning({ hoursConfirmed: volunteers.hoursConfirmed, pointsBalance: volunteers.pointsBalance });
  return row!;
}

/**
 * Takes `points` off the balance only if the balance covers them, in one statement: of two redemptions at once the
 * second re-reads the row after the first commits, so the balance never goes below zero. Undefined: not enough.
 */
export async function debitVolunteer(tx: Db, id: string, points: number) {
  const [row] = await tx
    .update(volunteers)
    .set({ pointsBalance: sql`${volunteers.pointsBalance} - ${points}`, updatedAt: new Date() })
    .where(and(eq(volunteers.id, id), sql`${volunteers.pointsBalance} >= ${points}`))
    .returning({ pointsBalance: volunteers.pointsBalance });
  return row;
}

// ── Exports: the filtered list through a cursor, one JSON text per row ──

export type VolunteerExportFilter = Omit<VolunteerFilter, 'limit' | 'offset'>;

export async function countVolunteers(scope: Scope, db: Db, filter: VolunteerExportFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(volunteers)
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(and(visible(scope), ...filterConditions(filter)));
  return Number(total);
}

export function volunteerExportQuery(scope: Scope, db: Db, filter: VolunteerExportFilter): SQL {
  return db
    .select({
      row: sql<string>`json_build_array(${volunteers.id}, ${users.displayName}, ${volunteers.regionCode}, ${volunteers.skills},
        ${volunteers.availability}, encode(${volunteers.phoneEnc}, 'base64'), ${volunteers.hoursConfirmed}, ${volunteers.pointsBalance},
        ${starLevel}, ${volunteers.createdAt})::text`.as('row'),
    })
    .from(volunteers)
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(and(visible(scope), ...filterConditions(filter)))
    .orderBy(desc(volunteers.hoursConfirmed), asc(volunteers.id))
    .getSQL();
}

export interface VolunteerExportRecord {
  id: string;
  name: string;
  regionCode: string;
  skills: string[];
  availability: string;
  phoneEnc: Buffer | null;
  hoursConfirmed: number;
  pointsBalance: number;
  starLevel: number;
  registeredAt: Date;
}

export function decodeVolunteerExportRow(text: string): VolunteerExportRecord {
  const [id, name, regionCode, skills, availability, phone, hours, points, star, createdAt] = JSON.parse(text) as unknown[];
  return {
    id: id as string,
    name: name as string,
    regionCode: regionCode as string,
    skills: skills as string[],
    availability: availability as string,
    phoneEnc: phone ? Buffer.from(phone as string, 'base64') : null,
    hoursConfirmed: Number(hours),
    pointsBalance: Number(points),
    starLevel: Number(star),
    registeredAt: new Date(createdAt as string),
  };
}

/** A volunteer by id, for a service that already checked the need the volunteer signed up for. */
export async function findVolunteerById(tx: Db, id: string): Promise<VolunteerRow | undefined> {
  const [row] = await tx.select().from(volunteers).where(eq(volunteers.id, id));
  return row;
}
