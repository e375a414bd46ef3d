// Writes a judged ledger inside the caller's transaction: new organizations in bulk (one statement per
// five thousand, their history entries and audit events alongside, the audit chain extended in one go), changed
// ones through the registry's own change path so each change reads in the history like any other.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { jsonRows } from '../../db/json-rows.js';
import { recordAuditBatch, type AuditActor, type AuditEntry } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { changeOrganizationInTx } from '../organizations/organizations.service.js';
import { columnValues, creationChanges, maskedSnapshot, type Snapshot } from '../organizations/organizations.snapshot.js';
import type { RowVerdict } from './import-analysis.js';

const INSERT_CHUNK = 5000;
export const HISTORY_ACTION = 'imported';

/** A new organization's recorded fields, as plainSnapshot would read them back: optional ones absent are null. */
const snapshotOf = (write: Record<string, unknown>): Snapshot => ({
  legalForm: null,
  creditCode: null,
  filingNumber: null,
  leaderPhone: null,
  leaderIdNumber: null,
  contactName: null,
  contactPhone: null,
  foundedOn: null,
  status: 'active',
  ...write,
});

const hex = (value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : null);

/** One INSERT for many organizations; the roll-up trigger counts them once per statement. */
async function insertOrganizations(tx: Db, services: Services, actorId: string | null, snapshots: Snapshot[]) {
  const rows = snapshots.map((snapshot) => {
    const { leaderPhoneEnc, leaderIdNumberEnc, contactPhoneEnc, ...columns } = columnValues(services.cipher, snapshot);
    return {
      ...columns,
      leaderPhoneEnc: hex(leaderPhoneEnc),
      leaderIdNumberEnc: hex(leaderIdNumberEnc),
      contactPhoneEnc: hex(contactPhoneEnc),
    };
  });
  return (await tx.execute(sql`
    INSERT INTO organizations (name, tier, legal_form, credit_code, filing_number, region_code, service_fields, target_groups,
      description, leader_name, leader_phone_enc, leader_id_number_enc, leader_id_number_hash, contact_name, contact_phone_enc,
      member_count, founded_on, venue, hub_kind, is_brand, is_demonstration, is_observation_point, status, created_by)
    SELECT name, tier, "legalForm", "creditCode", "filingNumber", "regionCode", "serviceFields", "targetGroups",
      description, "leaderName", decode("leaderPhoneEnc", 'hex'), decode("leaderIdNumberEnc", 'hex'), "leaderIdNumberHash",
      "contactName", decode("contactPhoneEnc", 'hex'), "memberCount", "foundedOn", venue, "hubKind", "isBrand", "isDemonstration",
      "isObservationPoint", status, ${actorId}::uuid
    FROM jsonb_to_recordset(${jsonRows(rows)}) AS r(name text, tier text, "legalForm" text, "creditCode" text, "filingNumber" text,
      "regionCode" text, "serviceFields" text[], "targetGroups" text[], description text, "leaderName" text, "leaderPhoneEnc" text,
      "leaderIdNumberEnc" text, "leaderIdNumberHash" text, "contactName" text, "contactPhoneEnc" text, "memberCount" int,
      "foundedOn" date, venue text, "hubKind" text, "isBrand" boolean, "isDemonstration" boolean, "isObservationPoint" boolean,
      status text)
    RETURNING id, name, region_code AS "regionCode"`)) as unknown as { id: string; name: string; regionCode: string }[];
}

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
    const snapshots = chunk.map((v) => snapshotOf(v.write!));
    const inserted = await insertOrganizations(tx, services, actor.id, snapshots);
    // name and community are unique within a ledger (duplicates are errors), so they pair rows with verdicts
    const idOf = new Map(inserted.map((row) => [`${row.name}\u0000${row.regionCode}`, row.id]));
    chunk.forEach(
      (verdict, i) => (verdict.organizationId = idOf.get(`${String(snapshots[i]!.name)}\u0000${String(snapshots[i]!.regionCode)}`) ?? null),
    );
    const created = chunk.map((verdict, i) => ({
      id: verdict.organizationId!,
      snapshot: { ...snapshots[i]!, leaderUsername: null } as Snapshot,
    }));
    await tx.execute(sql`
      INSERT INTO organization_changes (organization_id, actor_id, action, changes)
      SELECT "organizationId", ${actor.id}::uuid, ${HISTORY_ACTION}, changes
      FROM jsonb_to_recordset(${jsonRows(created.map(({ id, snapshot }) => ({ organizationId: id, changes: creationChanges(snapshot) })))})
        AS r("organizationId" uuid, changes jsonb)`);
    const events: AuditEntry[] = created.map(({ id, snapshot }) => ({
      action: 'organization.created',
      targetType: 'organization',
      targetId: id,
      regionCode: String(snapshot.regionCode),
      after: maskedSnapshot(snapshot),
    }));
    await recordAuditBatch(tx, actor, events);
    onProgress((done += chunk.length));
  }
  for (const verdict of updates) {
    await changeOrganizationInTx(tx, services, actor, verdict.organizationId!, verdict.write!, HISTORY_ACTION);
    if (++done % 100 === 0) onProgress(done);
  }
  onProgress(done);
  return { created: creates.length, updated: updates.length };
}
