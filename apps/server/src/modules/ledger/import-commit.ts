// Writes a judged ledger inside the caller's transaction: new organizations in bulk (one statement per
// five thousand, their history entries and audit events alongside, the audit chain extended in one go), changed
// ones through the registry's own change path so each change reads in the history like any other.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { insertTuples, jsonRows, jsonTuples, textArrayLiteral, type TupleColumn } from '../../db/json-rows.js';
import { recordAuditBatch, type AuditActor, type AuditEntry } from '../../platform/audit.js';
import { mapInSlices } from '../../platform/background.js';
import type { Services } from '../../platform/context.js';
import { changeOrganizationInTx } from '../organizations/organizations.service.js';
import { rollupInto } from '../stats/rollups.repository.js';
import { columnValues, creationChanges, type Snapshot } from '../organizations/organizations.snapshot.js';
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

/** The columns an imported organization writes, each with the field of `columnValues` it comes from. */
const organizationColumns: TupleColumn<Record<string, unknown>>[] = [
  ['id', '$::uuid', 'id'],
  ['name', '$', 'name'],
  ['tier', '$', 'tier'],
  ['legal_form', '$', 'legalForm'],
  ['credit_code', '$', 'creditCode'],
  ['filing_number', '$', 'filingNumber'],
  ['region_code', '$', 'regionCode'],
  ['service_fields', '$::text[]', 'serviceFields'],
  ['target_groups', '$::text[]', 'targetGroups'],
  ['description', '$', 'description'],
  ['leader_name', '$', 'leaderName'],
  ['leader_phone_enc', "decode($, 'hex')", 'leaderPhoneEnc'],
  ['leader_id_number_enc', "decode($, 'hex')", 'leaderIdNumberEnc'],
  ['leader_id_number_hash', '$', 'leaderIdNumberHash'],
  ['contact_name', '$', 'contactName'],
  ['contact_phone_enc', "decode($, 'hex')", 'contactPhoneEnc'],
  ['member_count', '$::int', 'memberCount'],
  ['founded_on', '$::date', 'foundedOn'],
  ['venue', '$', 'venue'],
  ['hub_kind', '$', 'hubKind'],
  ['is_brand', '$::boolean', 'isBrand'],
  ['is_demonstration', '$::boolean', 'isDemonstration'],
  ['is_observation_point', '$::boolean', 'isObservationPoint'],
  ['status', '$', 'status'],
  ['created_by', '$::uuid', 'createdBy'],
];

const tupleValue = (value: unknown) =>
  Buffer.isBuffer(value) ? hex(value) : Array.isArray(value) ? textArrayLiteral(value as string[]) : (value ?? null);

/** New organizations' rows for `insertTuples`: personal data encrypted (the slow part, done a slice at a time). */
async function organizationTuples(services: Services, actorId: string | null, created: { id: string; snapshot: Snapshot }[]) {
  const rows = await mapInSlices(created, ({ id, snapshot }): Record<string, unknown> => ({
    ...columnValues(services.cipher, snapshot),
    id,
    createdBy: actorId,
  }));
  return jsonTuples(organizationColumns, rows, tupleValue);
}

/** Adds the organizations just inserted to the roll-ups in one statement (ids are ours: uuids, nothing else). */
async function countCreated(tx: Db, ids: string[]) {
  if (!ids.every((id) => /^[0-9a-f-]{36}$/.test(id))) throw new Error('not a uuid');
  await rollupInto(tx, 'rollup_counts', 1, `id = ANY('{${ids.join(',')}}'::uuid[])`);
}

export interface LedgerWriter {
  /** Writes judged rows (any number; errors and unchanged rows are passed over). */
  write(verdicts: RowVerdict[]): Promise<void>;
  /** Waits for the last writes, counts the new organizations into the roll-ups; returns what was written. */
  finish(): Promise<{ created: number; updated: number }>;
  /** When the import fails half-way: lets the write in flight end before the transaction rolls back. */
  abandon(): Promise<void>;
}

/**
 * Writes a ledger into the caller's transaction as its rows are judged. New organizations go in chunks whose next
 * one is prepared (encryption, history, audit payloads) while the database writes the one before; their roll-ups
 * are counted once at the end (migration 0008, `linli.defer_rollups`).
 */
export function ledgerWriter(tx: Db, services: Services, actor: AuditActor, onProgress: (done: number) => void): LedgerWriter {
  const createdIds: string[] = [];
  let updated = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const deferRollups = (on: boolean) => tx.execute(sql`SELECT set_config('linli.defer_rollups', ${on ? 'on' : 'off'}, true)`);
  const progress = () => onProgress(createdIds.length + updated);

  async function create(chunk: RowVerdict[]) {
    const created = chunk.map((verdict) => {
      verdict.organizationId = randomUUID();
      return { id: verdict.organizationId, snapshot: snapshotOf(verdict.write!) };
    });
    const history = jsonRows(await mapInSlices(created, ({ id, snapshot }) => [id, creationChanges(snapshot)]));
    const events: AuditEntry[] = created.map(({ id, snapshot }) => ({
      action: 'organization.created',
      targetType: 'organization',
      targetId: id,
      regionCode: String(snapshot.regionCode),
      // the full first values are in the organization's history entry, written alongside
      after: { name: snapshot.name, tier: snapshot.tier, regionCode: snapshot.regionCode, via: HISTORY_ACTION },
    }));
    const organizations = await organizationTuples(services, actor.id, created);
    await writing;
    if (createdIds.length === 0) await deferRollups(true);
    writing = (async () => {
      await tx.execute(insertTuples('organizations', organizationColumns, organizations));
      await tx.execute(sql`
        INSERT INTO organization_changes (organization_id, actor_id, action, changes)
        SELECT (e->>0)::uuid, ${actor.id}::uuid, ${HISTORY_ACTION}, e->1 FROM jsonb_array_elements(${history}) AS e`);
      await recordAuditBatch(tx, actor, events);
      createdIds.push(...created.map((c) => c.id));
      progress();
    })();
  }

  return {
    async write(verdicts) {
      const creates = verdicts.filter((v) => v.outcome === 'create');
      for (let start = 0; start < creates.length; start += INSERT_CHUNK) await create(creates.slice(start, start + INSERT_CHUNK));
      const updates = verdicts.filter((v) => v.outcome === 'update');
      if (updates.length === 0) return;
      await writing;
      // a changed organization moves its counters at once, like any edit
      if (createdIds.length > 0) await deferRollups(false);
      for (const verdict of updates) {
        await changeOrganizationInTx(tx, services, actor, verdict.organizationId!, verdict.write!, HISTORY_ACTION);
        updated++;
      }
      if (createdIds.length > 0) await deferRollups(true);
      progress();
    },
    async abandon() {
      await writing.catch(() => undefined);
    },
    async finish() {
      await writing;
      if (createdIds.length > 0) {
        await deferRollups(false);
        await countCreated(tx, createdIds);
      }
      return { created: createdIds.length, updated };
    },
  };
}
