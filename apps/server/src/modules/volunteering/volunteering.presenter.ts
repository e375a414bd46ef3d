// Rows → API shapes: phones masked, region paths, star levels under each volunteer's rule, and abilities.
import {
  formatCertificateCode,
  maskPhone,
  type Redemption,
  type Reward,
  type Role,
  type ServiceRecord,
  type Volunteer,
  type VolunteerCertificate,
  type VolunteerNeed,
  type VolunteerSignup,
} from '@linli/shared';
import type { Db } from '../../db/database.js';
import type { FieldCipher } from '../../platform/crypto.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { regionNames } from '../regions/regions.repository.js';
import type { CertificateRow } from './certificates.repository.js';
import type { NeedRecord } from './needs.repository.js';
import { needAbilities, mayVolunteer } from './needs.policy.js';
import type { RewardRecord } from './rewards.repository.js';
import type { ServiceRecordRecord } from './service-records.repository.js';
import type { SignupListRow } from './signups.repository.js';
import { effectiveRules, starOf } from './time-bank-rules.repository.js';
import type { VolunteerRecord } from './volunteers.repository.js';
import { confirmationDeadline } from './working-days.js';

const maskedPhone = (cipher: FieldCipher, value: Buffer | null) => (value ? maskPhone(cipher.decrypt(value)) : null);

export async function presentVolunteers(db: Db, cipher: FieldCipher, rows: VolunteerRecord[]): Promise<Volunteer[]> {
  const codes = rows.map((row) => row.regionCode);
  const [names, rules] = await Promise.all([regionNames(db, codes), effectiveRules(db, codes)]);
  return rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    name: row.name,
    regionCode: row.regionCode,
    regionPath: regionPathOf(row.regionCode, names),
    skills: row.skills,
    availability: row.availability,
    phone: maskedPhone(cipher, row.phoneEnc),
    hoursConfirmed: Number(row.hoursConfirmed),
    pointsBalance: row.pointsBalance,
    star: starOf(Number(row.hoursConfirmed), rules.get(row.regionCode)!.starHours),
    registeredAt: row.createdAt.toISOString(),
  }));
}

export async function presentVolunteer(db: Db, cipher: FieldCipher, row: VolunteerRecord): Promise<Volunteer> {
  return (await presentVolunteers(db, cipher, [row]))[0]!;
}

export async function presentNeeds(db: Db, role: Role, rows: NeedRecord[], now = new Date()): Promise<VolunteerNeed[]> {
  const names = await regionNames(
    db,
    rows.map((row) => row.regionCode),
  );
  return rows.map((row) => ({
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    regionCode: row.regionCode,
    regionPath: regionPathOf(row.regionCode, names),
    title: row.title,
    description: row.description,
    skills: row.skills,
    place: row.place,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    slots: row.slots,
    signedUp: row.signedUp,
    status: row.status,
    confirmBy: confirmationDeadline(row.endsAt).toISOString(),
    version: row.version,
    mySignup: mayVolunteer(role) ? row.mySignup : null,
    abilities: needAbilities(role, row, now),
  }));
}

export function presentSignups(cipher: FieldCipher, rows: SignupListRow[]): VolunteerSignup[] {
  return rows.map((row) => ({
    id: row.signup.id,
    volunteerId: row.signup.volunteerId,
    name: row.name,
    phone: maskedPhone(cipher, row.phoneEnc),
    skills: row.skills,
    status: row.signup.status,
    signedUpAt: row.signup.createdAt.toISOString(),
    record:
      row.recordId === null
        ? null
        : {
            id: String(row.recordId),
            hours: Number(row.recordHours),
            points: row.recordPoints!,
            confirmedAt: row.recordConfirmedAt!.toISOString(),
          },
  }));
}

export async function presentServiceRecords(db: Db, rows: ServiceRecordRecord[]): Promise<ServiceRecord[]> {
  const names = await regionNames(
    db,
    rows.map((row) => row.regionCode),
  );
  return rows.map((row) => ({
    id: String(row.id),
    volunteerId: row.volunteerId,
    volunteerName: row.volunteerName,
    needId: row.needId,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    regionCode: row.regionCode,
    regionPath: regionPathOf(row.regionCode, names),
    content: row.content,
    place: row.place,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt.toISOString(),
    hours: Number(row.hours),
    points: row.points,
    confirmedByName: row.confirmedByName,
    confirmedAt: row.confirmedAt.toISOString(),
  }));
}

export async function presentRewards(db: Db, role: Role, rows: RewardRecord[]): Promise<Reward[]> {
  const names = await regionNames(
    db,
    rows.map((row) => row.regionCode),
  );
  return rows.map((row) => ({
    id: row.id,
    regionCode: row.regionCode,
    regionPath: regionPathOf(row.regionCode, names),
    providerOrganizationId: row.providerOrganizationId,
    providerName: row.providerName ?? names.get(row.regionCode) ?? row.regionCode,
    name: row.name,
    description: row.description,
    pointsCost: row.pointsCost,
    stock: row.stock,
    status: row.status,
    version: row.version,
    abilities: { update: row.managed, redeem: mayVolunteer(role) && row.status === 'active' && row.stock > 0 },
  }));
}

export const presentRedemption = (row: {
  id: string;
  rewardId: string;
  rewardName: string;
  points: number;
  createdAt: Date;
}): Redemption => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export function presentCertificate(row: CertificateRow): VolunteerCertificate {
  return {
    id: row.id,
    code: formatCertificateCode(row.code),
    certified: row.certified as VolunteerCertificate['certified'],
    issuedAt: row.issuedAt.toISOString(),
    verifyPath: `/verify/${row.code}`,
  };
}
