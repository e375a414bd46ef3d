import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { loginFailures, regions, sessions, users } from '../../db/schema.js';

// Accounts and sessions are looked up before any actor exists, so these queries take no scope.

export async function findUserByUsername(db: Db, username: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return user;
}

export async function findUserById(db: Db, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function recordLoginFailure(tx: Db, userId: string, windowStart: Date): Promise<number> {
  await tx.insert(loginFailures).values({ userId });
  const [{ count }] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(loginFailures)
    .where(and(eq(loginFailures.userId, userId), gt(loginFailures.at, windowStart)));
  return count;
}

export async function lockUser(tx: Db, userId: string, until: Date) {
  await tx.update(users).set({ lockedUntil: until }).where(eq(users.id, userId));
  await tx.delete(loginFailures).where(eq(loginFailures.userId, userId));
}

export async function clearLoginFailures(tx: Db, userId: string) {
  await tx.delete(loginFailures).where(eq(loginFailures.userId, userId));
  await tx.update(users).set({ lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(tx: Db, row: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(row);
}

export async function findSessionWithUser(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, user: users, regionName: regions.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(db: Db, tokenHash: string) {
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(tx: Db, userId: string, exceptTokenHash?: string) {
  await tx
    .delete(sessions)
    .where(
      exceptTokenHash ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${exceptTokenHash}`) : eq(sessions.userId, userId),
    );
}

export async function deleteIdleSessions(db: Db, idleSince: Date) {
  await db.delete(sessions).where(lt(sessions.lastSeenAt, idleSince));
}

export async function updatePasswordHash(tx: Db, userId: string, passwordHash: string) {
  await tx
    .update(users)
    .set({ passwordHash, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}
