import { maskIdNumber, maskName, maskPhone, type Organization } from '@linli/shared';
import type { Db } from '../../db/database.js';
import type { FieldCipher } from '../../platform/crypto.js';
import { regionNames } from '../regions/regions.repository.js';
import { abilitiesFor, type Viewer } from './organizations.policy.js';
import type { OrganizationRecord } from './organizations.repository.js';

/** County down to the organization's own region: 黄浦区 / 南京东路街道 / 云南中路居委会 */
export function regionPathOf(code: string, names: Map<string, string>): string {
  return [6, 9, 12]
    .filter((n) => n <= code.length)
    .map((n) => names.get(code.slice(0, n)) ?? code.slice(0, n))
    .join(' / ');
}

/**
 * Personal data leaves masked; residents (the public register) see the leader's surname only and no
 * phones or ID numbers at all.
 */
export function presentOrganization(
  row: OrganizationRecord,
  names: Map<string, string>,
  viewer: Viewer,
  cipher: FieldCipher,
): Organization {
  const isPublic = viewer.role === 'resident';
  const masked = (value: Buffer | null, mask: (v: string) => string | null) => (isPublic || !value ? null : mask(cipher.decrypt(value)!));
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    legalForm: row.legalForm,
    creditCode: row.creditCode,
    filingNumber: row.filingNumber,
    regionCode: row.regionCode,
    regionName: names.get(row.regionCode) ?? row.regionCode,
    regionPath: regionPathOf(row.regionCode, names),
    serviceFields: row.serviceFields,
    targetGroups: row.targetGroups,
    description: row.description,
    leaderName: isPublic ? maskName(row.leaderName)! : row.leaderName,
    leaderPhone: masked(row.leaderPhoneEnc, maskPhone),
    leaderIdNumber: masked(row.leaderIdNumberEnc, maskIdNumber),
    contactName: isPublic ? maskName(row.contactName) : row.contactName,
    contactPhone: masked(row.contactPhoneEnc, maskPhone),
    leaderUsername: isPublic ? null : row.leaderUsername,
    memberCount: row.memberCount,
    foundedOn: row.foundedOn,
    venue: row.venue,
    hubKind: row.hubKind,
    isBrand: row.isBrand,
    isDemonstration: row.isDemonstration,
    isObservationPoint: row.isObservationPoint,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: abilitiesFor(viewer, row),
  };
}

/** Presents a page of organizations with one region-name query for all of them. */
export async function presentOrganizations(
  db: Db,
  cipher: FieldCipher,
  viewer: Viewer,
  rows: OrganizationRecord[],
): Promise<Organization[]> {
  const names = await regionNames(
    db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((row) => presentOrganization(row, names, viewer, cipher));
}
