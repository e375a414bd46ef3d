import { and, asc, eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { regions, users } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';

export type UserRow = typeof users.$inferSelect;
/** A row as the presenter needs it: with the name of its region and without the password hash. */
export type UserRecord = Omit<UserRow, 'passwordHash'> & { regionName: string | null };

export interface UserFilter {
  q?: string;
  role?: string;
  status?: 'active' | 'disabled';
  limit: number;
  offset: number;
}

const { passwordHash: _passwordHash, ...publicColumns } = getTableColumns(users);
const recordColumns = { ...publicColumns, regionName: regions.name };

/** Accounts inside the actor's subtree; the system administrator's scope is the whole platform. */
const visible = (scope: Scope): SQL => (scope.regionPrefix === null ? sql`true` : regionUnder(users.regionCode, scope.regionPrefix));

export async function listUsers(scope: Scope, db: Db, filter: UserFilter) {
  const q = filter.q?.trim();
  const where = and(
    visible(scope),
    q ? or(ilike(users.username, `%${escapeLike(q)}%`), ilike(users.displayName, `%${escapeLike(q)}%`)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.status ? eq(users.status, filter.status) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db
      .select(recordColumns)
      .from(users)
      .leftJoin(regions, eq(regions.code, users.regionCode))
      .where(where)
      .orderBy(asc(sql`lower(${users.username})`))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .where(where),
  ]);
  return { items: items as UserRecord[], total };
}

export async function findUser(scope: Scope, db: Db, id: string): Promise<UserRecord | undefined> {
  const [row] = await db
    .select(recordColumns)
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(and(eq(users.id, id), visible(scope)));
  return row as UserRecord | undefined;
}

/** Usernames are unique regardless of case (the users_username_idx index is on lower(username)). */
export async function usernameTaken(_scope: Scope, db: Db, username: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return Boolean(row);
}

export async function insertUser(_scope: Scope, tx: Db, values: typeof users.$inferInsert): Promise<string> {
  const [row] = await tx.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

/** Applies the changes when `version` is still current; returns false when it is not (or the account is gone). */
export async function updateUser(
  scope: Scope,
  tx: Db,
  id: string,
  version: number,
  changes: Partial<Pick<UserRow, 'status' | 'displayName'>>,
): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ ...changes, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version), visible(scope)))
    .returning({ id: users.id });
  return rows.length === 1;
}
