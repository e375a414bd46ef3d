import type { AuditEvent } from '@linli/shared';
import type { AuditEventRow } from './audit.repository.js';

/** Row → API shape: everything but the chain hashes, with the time in ISO 8601. */
export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    regionCode: row.regionCode,
    ip: row.ip,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}
