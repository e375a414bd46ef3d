import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { insertTuples, jsonTuples, type TupleColumn } from '../db/json-rows.js';
import { auditEvents } from '../db/schema.js';

/** Every kind of audit event the platform writes: a closed union, so a typo is a type error. */
export type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.locked'
  | 'auth.logout'
  | 'auth.password_changed'
  | 'auth.password_change_failed'
  | 'user.created'
  | 'user.updated'
  | 'region.updated'
  | 'organization.created'
  | 'organization.updated'
  | 'organization.revealed'
  | 'organizations.retagged'
  | 'policy_binding.updated'
  | 'stats.snapshot_taken'
  | 'filing.submitted'
  | 'filing.transitioned'
  | 'filing.resubmitted'
  | 'ledger.uploaded'
  | 'ledger.checked'
  | 'ledger.imported'
  | 'ledger.discarded'
  | 'ledger_mapping.saved'
  | 'ledger_mapping.deleted'
  | 'list.exported'
  | 'volunteer.registered'
  | 'volunteer.updated'
  | 'volunteer_need.created'
  | 'volunteer_need.updated'
  | 'volunteer_need.closed'
  | 'volunteer.signed_up'
  | 'volunteer.withdrew'
  | 'service_record.confirmed'
  | 'time_bank_rule.updated'
  | 'reward.created'
  | 'reward.updated'
  | 'reward.redeemed'
  | 'certificate.issued'
  | 'training_course.created'
  | 'training_course.updated'
  | 'training_session.created'
  | 'training_attendance.recorded'
  | 'training_attendance.removed'
  | 'party_organization.created'
  | 'party_organization.updated'
  | 'party_meeting.recorded'
  | 'party_profile.updated'
  | 'activity.created'
  | 'activity.updated'
  | 'activity.held'
  | 'activity.cancelled'
  | 'activity.attachment_added'
  | 'activity.attachment_removed'
  | 'major_report.filed'
  | 'major_report.acknowledged'
  | 'major_report.returned';

export interface AuditActor {
  id: string | null;
  name: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);

/** JSON with sorted keys, so jsonb's own key order never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface HashedFields {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  regionCode: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

/** Hashes exactly the fields of HashedFields, so a whole row (with its own hashes) can be passed in. */
export function eventHash(prevHash: string, event: HashedFields): string {
  const { id, at, actorId, actorName, action, targetType, targetId, regionCode, ip, before, after } = event;
  const fields = { id: Number(id), at: new Date(at).toISOString(), actorId, actorName, action, targetType, targetId, regionCode, ip };
  const body = canonicalJson({ ...fields, before: before ?? null, after: after ?? null });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends an event to the chain inside the caller's transaction, so the event exists exactly when the
 * change does. The advisory lock serializes writers until commit, keeping id order = chain order.
 */
export async function recordAudit(tx: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await recordAuditBatch(tx, actor, [entry]);
}

type AuditRow = HashedFields & { prevHash: string; hash: string };

const auditColumns: TupleColumn<AuditRow>[] = [
  ['id', '$::bigint', 'id'],
  ['at', '$::timestamptz', 'at'],
  ['actor_id', '$::uuid', 'actorId'],
  ['actor_name', '$', 'actorName'],
  ['action', '$', 'action'],
  ['target_type', '$', 'targetType'],
  ['target_id', '$', 'targetId'],
  ['region_code', '$', 'regionCode'],
  ['ip', '$', 'ip'],
  ['before', '$::jsonb', 'before'],
  ['after', '$::jsonb', 'after'],
  ['prev_hash', '$', 'prevHash'],
  ['hash', '$', 'hash'],
];

/**
 * Appends many events at once (an import writes one per organization): one lock, one look-up of the chain's
 * end, ids reserved together, hashes chained in order, one insert per thousand events. The ids are taken from the
 * sequence as one block: every writer of audit events comes through here and holds the lock, so no one else draws
 * from the sequence in between.
 */
export async function recordAuditBatch(tx: Db, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7242002)`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(sql`${auditEvents.id} DESC`)
    .limit(1);
  const [{ first }] = (await tx.execute(sql`
    WITH s AS (SELECT pg_get_serial_sequence('audit_events', 'id') AS name), f AS (SELECT nextval(name) AS first FROM s)
    SELECT first::int8 AS first, setval(name, first + ${entries.length - 1}::int8, true) FROM f, s`)) as unknown as [{ first: number }];
  let prevHash = last?.hash ?? GENESIS;
  const at = new Date().toISOString();
  // each thousand is hashed while the database inserts the thousand before
  let inserting: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < entries.length; start += 1000) {
    const rows = entries.slice(start, start + 1000).map((entry, i): AuditRow => {
      const fields: HashedFields = {
        id: Number(first) + start + i,
        at,
        actorId: actor.id,
        actorName: actor.name,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        regionCode: entry.regionCode ?? null,
        ip: actor.ip,
        before: entry.before ?? null,
        after: entry.after ?? null,
      };
      const hash = eventHash(prevHash, fields);
      const row = { ...fields, prevHash, hash };
      prevHash = hash;
      return row;
    });
    await inserting;
    inserting = tx.execute(insertTuples('audit_events', auditColumns, jsonTuples(auditColumns, rows)));
  }
  await inserting;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBadEventId: number | null;
  problem: 'altered' | 'broken_link' | null;
}

/** Walks the chain in id order and reports the first event whose content or link does not match. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainVerification> {
  let prevHash = GENESIS;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.id, afterId)).orderBy(asc(auditEvents.id)).limit(batchSize);
    if (rows.length === 0) return { ok: true, checked, firstBadEventId: null, problem: null };
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { ok: false, checked, firstBadEventId: row.id, problem: 'broken_link' };
      if (eventHash(row.prevHash, row) !== row.hash) return { ok: false, checked, firstBadEventId: row.id, problem: 'altered' };
      prevHash = row.hash;
      afterId = row.id;
      checked++;
    }
  }
}
