// Writes a judged ledger inside the caller's transaction: new organizations in multi-row inserts (history
// and audit events alongside, the audit chain extended in one go), changed ones through the registry's own
// change path so each change reads in the history like any other.
import type { Db } from '../../db/database.js';
import { organizationChanges, organizations } from '../../db/schema.js';
import { recordAuditBatch, type AuditActor, type AuditEntry } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { changeOrganizationInTx } from '../organizations/organizations.service.js';
import { columnValues, creationChanges, maskedSnapshot, plainSnapshot } from '../organizations/organizations.snapshot.js';
import type { OrganizationValues } from '../organizations/organizations.repository.js';
import type { RowVerdict } from './import-analysis.js';

const INSERT_CHUNK = 500;
export const HISTORY_ACTION = 'imported';

const absent = {
  legalForm: null,
  creditCode: null,
  leaderPhone: null,
  leaderIdNumber: null,
  contactName: null,
  contactPhone: null,
  foundedOn: null,
};

export async function writeVerdicts(
  tx: Db,
  services: Services,
  actor: AuditActor,
  verdicts: RowVerdict[],
  onProgress: (done: number) => void,
): Promise<{ created: number; updated: number }> {
  const creates = verdicts.filter((v) => v.outcome === 'create');
  const updates = verdicts.filter((v) => v.outcome === 'update');
  let done = 0;
  for (let start = 0; start < creates.length; start += INSERT_CHUNK) {
    const chunk = creates.slice(start, start + INSERT_CHUNK);
    const values = chunk.map(
      (v) => ({ ...columnValues(services.cipher, { ...absent, ...v.write }), createdBy: actor.id }) as OrganizationValues,
    );
    const rows = await tx.insert(organizations).values(values).returning();
    const snapshots = rows.map((row) => ({ row, snapshot: { ...plainSnapshot(row, services.cipher), leaderUsername: null } }));
    await tx
      .insert(organizationChanges)
      .values(
        snapshots.map(({ row, snapshot }) => ({
          organizationId: row.id,
          actorId: actor.id,
          action: HISTORY_ACTION,
          changes: creationChanges(snapshot),
        })),
      );
    const events: AuditEntry[] = snapshots.map(({ row, snapshot }) => ({
      action: 'organization.created',
      targetType: 'organization',
      targetId: row.id,
      regionCode: row.regionCode,
      after: maskedSnapshot(snapshot),
    }));
    await recordAuditBatch(tx, actor, events);
    // name and community are unique within a ledger (duplicates are errors), so they pair rows with verdicts
    const idOf = new Map(rows.map((row) => [`${row.name}\u0000${row.regionCode}`, row.id]));
    for (const verdict of chunk)
      verdict.organizationId = idOf.get(`${String(verdict.write!.name)}\u0000${String(verdict.write!.regionCode)}`) ?? null;
    onProgress((done += chunk.length));
  }
  for (const verdict of updates) {
    await changeOrganizationInTx(tx, services, actor, verdict.organizationId!, verdict.write!, HISTORY_ACTION);
    if (++done % 100 === 0) onProgress(done);
  }
  onProgress(done);
  return { created: creates.length, updated: updates.length };
}
