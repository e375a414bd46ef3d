// The few queries of the demo loader. It runs before any actor exists (first start, `linli seed demo`), so
// they take no scope.
import { and, asc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { filings, organizations, regions, users } from '../../db/schema.js';
import { escapeLike } from '../../platform/scope.js';

export async function countUsers(db: Db): Promise<number> {
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  return count;
}

export async function demoUsers(db: Db, prefix: string) {
  return db
    .select()
    .from(users)
    .where(like(sql`lower(${users.username})`, `${escapeLike(prefix)}%`))
    .orderBy(asc(users.username));
}

export async function insertUser(tx: Db, row: typeof users.$inferInsert) {
  const [user] = await tx.insert(users).values(row).returning();
  return user!;
}

export async function regionByCode(db: Db, code: string) {
  const [row] = await db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(eq(regions.code, code));
  return row;
}

/** Streets and communities of a district, in code order. */
export async function regionsBelow(db: Db, districtCode: string) {
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(and(like(regions.code, `${escapeLike(districtCode)}%`), sql`${regions.level} IN (4, 5)`))
    .orderBy(asc(regions.code));
}

export async function organizationLedBy(db: Db, userId: string) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.leaderUserId, userId))
    .orderBy(asc(organizations.name))
    .limit(1);
  return row?.id;
}

/** The first (by name) active team or group of a community that no leader account leads. */
export async function activeTeamIn(db: Db, regionCode: string) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.regionCode, regionCode),
        eq(organizations.status, 'active'),
        inArray(organizations.tier, ['team', 'group']),
        isNull(organizations.leaderUserId),
      ),
    )
    .orderBy(asc(organizations.name))
    .limit(1);
  return row?.id;
}

export async function filingStatus(db: Db, id: string) {
  const [row] = await db.select({ status: filings.status, version: filings.version }).from(filings).where(eq(filings.id, id));
  return row!;
}

/**
 * Moves a demo filing's story into the past: applied `submittedAt`, in its current status since `statusSince`,
 * its steps spread evenly in between (so the queues show waiting times and overdue flags).
 */
export async function backdateFiling(tx: Db, id: string, submittedAt: Date, statusSince: Date) {
  await tx.update(filings).set({ submittedAt, statusSince, createdAt: submittedAt, updatedAt: statusSince }).where(eq(filings.id, id));
  await tx.execute(sql`
    UPDATE filing_transitions t
    SET at = ${submittedAt.toISOString()}::timestamptz + (${statusSince.toISOString()}::timestamptz - ${submittedAt.toISOString()}::timestamptz) * (s.rn - 1) / greatest(s.n - 1, 1)
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS n FROM filing_transitions WHERE filing_id = ${id}) s
    WHERE t.id = s.id`);
}
