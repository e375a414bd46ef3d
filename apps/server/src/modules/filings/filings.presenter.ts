import { maskIdNumber, maskPhone, type Filing, type FilingDetail, type FilingKind, type FilingStatus } from '@linli/shared';
import type { Db } from '../../db/database.js';
import type { FieldCipher } from '../../platform/crypto.js';
import type { Scope } from '../../platform/scope.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { regionNames } from '../regions/regions.repository.js';
import type { FilingRecord, listTransitions } from './filings.repository.js';
import { availableActions } from './filings.workflow.js';

type TransitionRecord = Awaited<ReturnType<typeof listTransitions>>[number];

/** Personal identifiers leave masked; the payload never holds them. */
export function presentFiling(row: FilingRecord, names: Map<string, string>, viewer: Scope, cipher: FieldCipher): Filing {
  const masked = (value: Buffer | null, mask: (v: string) => string | null) => (value ? mask(cipher.decrypt(value)!) : null);
  const status = row.status as FilingStatus;
  return {
    id: row.id,
    kind: row.kind as FilingKind,
    status,
    regionCode: row.regionCode,
    regionPath: regionPathOf(row.regionCode, names),
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    payload: row.payload as Record<string, unknown>,
    leaderPhone: masked(row.leaderPhoneEnc, maskPhone),
    leaderIdNumber: masked(row.leaderIdNumberEnc, maskIdNumber),
    contactPhone: masked(row.contactPhoneEnc, maskPhone),
    filingNumber: row.filingNumber,
    submittedBy: row.submittedBy,
    submittedByName: row.submittedByName,
    submittedAt: row.submittedAt.toISOString(),
    statusSince: row.statusSince.toISOString(),
    overdue: row.overdue,
    dueAt: row.dueAt ? row.dueAt.toISOString() : null,
    version: row.version,
    abilities: { actions: availableActions(viewer, { status, regionCode: row.regionCode, submittedBy: row.submittedBy }) },
  };
}

/** A page of filings with one region-name query for all of them. */
export async function presentFilings(db: Db, cipher: FieldCipher, viewer: Scope, rows: FilingRecord[]): Promise<Filing[]> {
  const names = await regionNames(
    db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((row) => presentFiling(row, names, viewer, cipher));
}

export async function presentFilingDetail(
  db: Db,
  cipher: FieldCipher,
  viewer: Scope,
  row: FilingRecord,
  transitions: TransitionRecord[],
): Promise<FilingDetail> {
  const [filing] = await presentFilings(db, cipher, viewer, [row]);
  return {
    ...filing!,
    transitions: transitions.map((t) => ({ ...t, at: t.at.toISOString() })),
  };
}
