// A filing's materials as stored: the payload (jsonb) holds what the applicant proposed except personal
// identifiers, which go to the filing's encrypted columns (docs/decisions/0006-personal-data.md).
import type { proposedChanges, proposedOrganization } from '@linli/shared';
import type { z } from 'zod';
import type { FieldCipher } from '../../platform/crypto.js';
import type { OrganizationInput } from '../organizations/organizations.service.js';
import type { FilingRow, FilingValues } from './filings.repository.js';

export type ProposedOrganization = z.output<typeof proposedOrganization>;
export type ProposedChanges = z.output<typeof proposedChanges>;

const personalFields = ['leaderPhone', 'leaderIdNumber', 'contactPhone'] as const;
type PersonalField = (typeof personalFields)[number];
type PersonalData = Partial<Record<PersonalField, string | null>>;

const columnOf = { leaderPhone: 'leaderPhoneEnc', leaderIdNumber: 'leaderIdNumberEnc', contactPhone: 'contactPhoneEnc' } as const;

/** The materials that stay with the filing and never become organization fields. */
const materialFields = ['charter', 'members'] as const;

export interface StoredEstablish {
  organization: Omit<ProposedOrganization, PersonalField>;
}
export interface StoredChange {
  reason: string;
  /** A personal field changed is present with null here; its new value is in the encrypted column. */
  changes: Omit<ProposedChanges, PersonalField> & Partial<Record<PersonalField, null>>;
}
export interface StoredCancel {
  reason: string;
}

function splitPersonal<T extends PersonalData>(proposal: T): { rest: Omit<T, PersonalField>; personal: PersonalData } {
  const rest: Record<string, unknown> = { ...proposal };
  const personal: PersonalData = {};
  for (const field of personalFields) {
    if (rest[field] !== undefined) personal[field] = rest[field] as string | null;
    delete rest[field];
  }
  return { rest: rest as Omit<T, PersonalField>, personal };
}

/** Encrypted columns for the personal data given; fields not given are left out (kept as they are). */
function encryptedColumns(cipher: FieldCipher, personal: PersonalData): Partial<FilingValues> {
  const columns: Partial<FilingValues> = {};
  for (const field of personalFields) if (personal[field] !== undefined) columns[columnOf[field]] = cipher.encrypt(personal[field]);
  return columns;
}

/** An establishment's payload and encrypted columns; on resubmission, identifiers left out stay as stored. */
export function establishMaterials(cipher: FieldCipher, organization: ProposedOrganization) {
  const { rest, personal } = splitPersonal(organization);
  const payload: StoredEstablish = { organization: rest };
  return { payload, columns: encryptedColumns(cipher, personal) };
}

/** A change's payload and encrypted columns: every personal field is replaced (null when not changed). */
export function changeMaterials(cipher: FieldCipher, reason: string, changes: ProposedChanges) {
  const { rest, personal } = splitPersonal(changes);
  const markers = Object.fromEntries(Object.keys(personal).map((field) => [field, null]));
  const payload: StoredChange = { reason, changes: { ...rest, ...markers } };
  const columns = { leaderPhoneEnc: null, leaderIdNumberEnc: null, contactPhoneEnc: null, ...encryptedColumns(cipher, personal) };
  return { payload, columns };
}

export function cancelMaterials(reason: string) {
  const payload: StoredCancel = { reason };
  return { payload, columns: { leaderPhoneEnc: null, leaderIdNumberEnc: null, contactPhoneEnc: null } };
}

function decryptPersonal(cipher: FieldCipher, filing: FilingRow): Record<PersonalField, string | null> {
  return {
    leaderPhone: cipher.decrypt(filing.leaderPhoneEnc),
    leaderIdNumber: cipher.decrypt(filing.leaderIdNumberEnc),
    contactPhone: cipher.decrypt(filing.contactPhoneEnc),
  };
}

function withoutMaterials<T extends Record<string, unknown>>(values: T): Omit<T, (typeof materialFields)[number]> {
  const copy: Record<string, unknown> = { ...values };
  for (const field of materialFields) delete copy[field];
  return copy as Omit<T, (typeof materialFields)[number]>;
}

/** The organization an establishment filing creates: the proposal, with what only officers record left empty. */
export function organizationFromEstablish(cipher: FieldCipher, filing: FilingRow): OrganizationInput {
  const { organization } = filing.payload as StoredEstablish;
  return {
    ...withoutMaterials(organization),
    ...decryptPersonal(cipher, filing),
    regionCode: filing.regionCode,
    legalForm: null,
    creditCode: null,
    hubKind: 'none',
    isBrand: false,
    isDemonstration: false,
    isObservationPoint: false,
  };
}

/** The organization fields a change filing changes (charter and members stay with the filing). */
export function organizationChangesFrom(cipher: FieldCipher, filing: FilingRow): Partial<OrganizationInput> {
  const { changes } = filing.payload as StoredChange;
  const plain = decryptPersonal(cipher, filing);
  const result: Record<string, unknown> = withoutMaterials(changes);
  for (const field of personalFields) if (field in changes) result[field] = plain[field];
  return result as Partial<OrganizationInput>;
}
