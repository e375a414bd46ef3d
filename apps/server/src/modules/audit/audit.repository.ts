import { and, desc, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditEvents } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;

export interface AuditFilter {
  action?: string;
  targetType?: string;
  targetId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Start of a calendar day in China Standard Time (UTC+8, no daylight saving). */
const dayStart = (date: string) => sql`${`${date}T00:00:00+08:00`}::timestamptz`;

/** Events of the actor's subtree; the audit administrator's scope is the whole platform. */
const visible = (scope: Scope): SQL => (scope.regionPrefix === null ? sql`true` : regionUnder(auditEvents.regionCode, scope.regionPrefix));

function conditions(filter: AuditFilter): (SQL | undefined)[] {
  const { action, actor } = filter;
  return [
    action ? (action.endsWith('.') ? like(auditEvents.action, `${escapeLike(action)}%`) : eq(auditEvents.action, action)) : undefined,
    filter.targetType ? eq(auditEvents.targetType, filter.targetType) : undefined,
    filter.targetId ? eq(auditEvents.targetId, filter.targetId) : undefined,
    actor ? (UUID.test(actor) ? eq(auditEvents.actorId, actor) : ilike(auditEvents.actorName, `%${escapeLike(actor)}%`)) : undefined,
    filter.from ? sql`${auditEvents.at} >= ${dayStart(filter.from)}` : undefined,
    filter.to ? sql`${auditEvents.at} < ${dayStart(filter.to)} + interval '1 day'` : undefined,
  ];
}

/** Newest first. */
export async function listAuditEvents(scope: Scope, db: Db, filter: AuditFilter) {
  const where = and(visible(scope), ...conditions(filter));
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.id)).limit(filter.limit).offset(filter.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(where),
  ]);
  return { items, total };
}
