// The organization in the terms of its input fields, for history rows and audit events. Personal data is
// decrypted only to compare and to mask: history and audit hold masked values (docs/decisions/0006).
import { maskIdNumber, maskPhone } from '@linli/shared';
import type { FieldCipher } from '../../platform/crypto.js';
import type { OrganizationRow, OrganizationValues } from './organizations.repository.js';

export const personalFields = ['leaderPhone', 'leaderIdNumber', 'contactPhone'] as const;
export type PersonalField = (typeof personalFields)[number];

export type Snapshot = Record<string, unknown>;
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Every field a person records, personal data in plain text: never leaves the server unmasked. */
export function plainSnapshot(row: OrganizationRow, cipher: FieldCipher): Snapshot {
  return {
    name: row.name,
    tier: row.tier,
    legalForm: row.legalForm,
    creditCode: row.creditCode,
    filingNumber: row.filingNumber,
    regionCode: row.regionCode,
    serviceFields: row.serviceFields,
    targetGroups: row.targetGroups,
    description: row.description,
    leaderName: row.leaderName,
    leaderPhone: cipher.decrypt(row.leaderPhoneEnc),
    leaderIdNumber: cipher.decrypt(row.leaderIdNumberEnc),
    contactName: row.contactName,
    contactPhone: cipher.decrypt(row.contactPhoneEnc),
    memberCount: row.memberCount,
    foundedOn: row.foundedOn,
    venue: row.venue,
    hubKind: row.hubKind,
    isBrand: row.isBrand,
    isDemonstration: row.isDemonstration,
    isObservationPoint: row.isObservationPoint,
    status: row.status,
  };
}

export function maskValue(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  if (field === 'leaderPhone' || field === 'contactPhone') return maskPhone(value);
  if (field === 'leaderIdNumber') return maskIdNumber(value);
  return value;
}

export function maskedSnapshot(snapshot: Snapshot): Snapshot {
  return Object.fromEntries(Object.entries(snapshot).map(([field, value]) => [field, maskValue(field, value)]));
}

export function maskedChanges(changes: FieldChanges): FieldChanges {
  return Object.fromEntries(
    Object.entries(changes).map(([field, { from, to }]) => [field, { from: maskValue(field, from), to: maskValue(field, to) }]),
  );
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A new organization's history entry: every recorded field from nothing to its value. */
export function creationChanges(snapshot: Snapshot): FieldChanges {
  return Object.fromEntries(
    Object.entries(snapshot)
      .filter(([, value]) => !isBlank(value))
      .map(([field, value]) => [field, { from: null, to: maskValue(field, value) }]),
  );
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `next` whose value differs from `before` (plain values on both sides). */
export function diff(before: Snapshot, next: Snapshot): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(next)) {
    if (to === undefined) continue;
    if (!sameValue(before[field], to)) changes[field] = { from: before[field] ?? null, to };
  }
  return changes;
}

/** Input-field values → table columns: personal data is encrypted, the ID number also blind-indexed. */
export function columnValues(cipher: FieldCipher, values: Snapshot): Partial<OrganizationValues> {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    switch (field) {
      case 'leaderPhone':
        columns.leaderPhoneEnc = cipher.encrypt(value as string | null);
        break;
      case 'contactPhone':
        columns.contactPhoneEnc = cipher.encrypt(value as string | null);
        break;
      case 'leaderIdNumber':
        columns.leaderIdNumberEnc = cipher.encrypt(value as string | null);
        columns.leaderIdNumberHash = cipher.blindIndex(value as string | null);
        break;
      default:
        columns[field] = value;
    }
  }
  return columns as Partial<OrganizationValues>;
}
