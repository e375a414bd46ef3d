import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizations, redemptions, rewards } from '../../db/schema.js';
import { regionUnder, type Scope } from '../../platform/scope.js';
import { isStaff, neighbourhoodOf } from './volunteering-scope.js';

export type RewardRow = typeof rewards.$inferSelect;
export type RewardRecord = RewardRow & { providerName: string | null; managed: boolean };

/** Hubs (organizations whose hub_kind is not 'none') the viewer leads. */
const ledHubs = (scope: Scope) =>
  sql`SELECT o.id FROM organizations o WHERE o.leader_user_id = ${scope.userId} AND o.hub_kind <> 'none' AND o.status = 'active'`;

/** Who keeps a catalogue entry: the street officers of its street, and the leader of the hub that provides it. */
function managed(scope: Scope): SQL {
  if (scope.role === 'street_officer') return regionUnder(rewards.regionCode, scope.regionPrefix);
  if (scope.role === 'org_leader') return sql`${rewards.providerOrganizationId} IN (${ledHubs(scope)})`;
  return sql`false`;
}

/**
 * The catalogue of the viewer's neighbourhood (their street, or their subtree for district and city staff); those
 * who only redeem see the active entries, those who keep an entry see it withdrawn too.
 */
function visible(scope: Scope): SQL {
  const nearby = regionUnder(rewards.regionCode, neighbourhoodOf(scope));
  if (isStaff(scope)) return nearby;
  if (scope.role === 'org_leader' || scope.role === 'resident') return or(and(nearby, eq(rewards.status, 'active')), managed(scope))!;
  return sql`false`;
}

const recordColumns = (scope: Scope) => ({
  reward: rewards,
  providerName: organizations.name,
  managed: sql<boolean>`(${managed(scope)})`,
});

const flatten = (row: { reward: RewardRow; providerName: string | null; managed: boolean }): RewardRecord => ({
  ...row.reward,
  providerName: row.providerName,
  managed: Boolean(row.managed),
});

export interface RewardFilter {
  region?: string;
  status?: string[];
  limit: number;
  offset: number;
}

export async function listRewards(scope: Scope, db: Db, filter: RewardFilter) {
  const where = and(
    visible(scope),
    filter.region ? regionUnder(rewards.regionCode, filter.region) : undefined,
    filter.status?.length ? inArray(rewards.status, filter.status as RewardRow['status'][]) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(recordColumns(scope))
      .from(rewards)
      .leftJoin(organizations, eq(organizations.id, rewards.providerOrganizationId))
      .where(where)
      .orderBy(asc(rewards.status), asc(rewards.pointsCost), asc(rewards.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(rewards).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total) };
}

export async function findReward(scope: Scope, db: Db, id: string): Promise<RewardRecord | undefined> {
  const [row] = await db
    .select(recordColumns(scope))
    .from(rewards)
    .leftJoin(organizations, eq(organizations.id, rewards.providerOrganizationId))
    .where(and(eq(rewards.id, id), visible(scope)));
  return row ? flatten(row) : undefined;
}

/** A hub the viewer leads, for a catalogue entry it provides. */
export async function findLedHub(scope: Scope, db: Db, id: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, regionCode: organizations.regionCode })
    .from(organizations)
    .where(and(eq(organizations.id, id), sql`${organizations.id} IN (${ledHubs(scope)})`));
  return row;
}

export async function insertReward(tx: Db, values: typeof rewards.$inferInsert): Promise<RewardRow> {
  const [row] = await tx.insert(rewards).values(values).returning();
  return row!;
}

export async function updateReward(tx: Db, id: string, version: number, values: Partial<typeof rewards.$inferInsert>) {
  const [row] = await tx
    .update(rewards)
    .set({ ...values, version: sql`${rewards.version} + 1`, updatedAt: new Date() })
    .where(and(eq(rewards.id, id), eq(rewards.version, version)))
    .returning();
  return row;
}

/**
 * Takes one item off the stock only if there is one and the entry is active, in one statement: concurrent
 * redemptions queue on the row and each re-checks `stock > 0` on the row the previous one left.
 * Undefined: out of stock or withdrawn.
 */
export async function takeOneFromStock(tx: Db, id: string) {
  const [row] = await tx
    .update(rewards)
    .set({ stock: sql`${rewards.stock} - 1`, version: sql`${rewards.version} + 1`, updatedAt: new Date() })
    .where(and(eq(rewards.id, id), sql`${rewards.stock} > 0`, eq(rewards.status, 'active')))
    .returning({ stock: rewards.stock, pointsCost: rewards.pointsCost, name: rewards.name, regionCode: rewards.regionCode });
  return row;
}

export async function rewardStatus(tx: Db, id: string): Promise<RewardRow['status'] | undefined> {
  const [row] = await tx.select({ status: rewards.status }).from(rewards).where(eq(rewards.id, id));
  return row?.status;
}

export async function insertRedemption(tx: Db, values: typeof redemptions.$inferInsert) {
  const [row] = await tx.insert(redemptions).values(values).returning();
  return row!;
}

export async function listRedemptions(db: Db, volunteerId: string, limit: number, offset: number) {
  const where = eq(redemptions.volunteerId, volunteerId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: redemptions.id,
        rewardId: redemptions.rewardId,
        rewardName: rewards.name,
        points: redemptions.points,
        createdAt: redemptions.createdAt,
      })
      .from(redemptions)
      .innerJoin(rewards, eq(rewards.id, redemptions.rewardId))
      .where(where)
      .orderBy(desc(redemptions.createdAt), desc(redemptions.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(redemptions).where(where),
  ]);
  return { items: rows, total: Number(total) };
}
