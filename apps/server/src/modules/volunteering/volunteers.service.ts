// Volunteer registration (注册登记, tianjin-2018 四（三）) and a volunteer's balance and history.
import { maskPhone, type RegisterVolunteerBody, type UpdateVolunteerBody } from '@linli/shared';
import { DatabaseError } from '../../db/driver.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import * as records from './service-records.repository.js';
import * as repository from './volunteers.repository.js';
import type { VolunteerRecord } from './volunteers.repository.js';

const COMMUNITY_LEVEL = 5;

/** The viewer's own registration; 409 when they have none (the pages offer to register). */
export async function requireOwnVolunteer(services: Services, scope: Scope): Promise<VolunteerRecord> {
  const volunteer = await repository.findOwnVolunteer(scope, services.database.db);
  if (!volunteer) throw new AppError('volunteer_not_registered');
  return volunteer;
}

/** GET /volunteers/me: 404 until the viewer registers. */
export async function getOwnVolunteer(services: Services, scope: Scope): Promise<VolunteerRecord> {
  const volunteer = await repository.findOwnVolunteer(scope, services.database.db);
  if (!volunteer) throw new AppError('not_found');
  return volunteer;
}

/** A volunteer belongs to the community they live in, inside the account's own region. */
async function homeCommunity(services: Services, scope: Scope, code: string) {
  const region = await requireRegionInScope(services, scope, code, 'regionCode', [4, COMMUNITY_LEVEL]);
  if (region.level !== COMMUNITY_LEVEL)
    throw new AppError('validation_failed', {}, [{ path: 'regionCode', message: 'volunteer_region_level' }]);
  return region.code;
}

const isUniqueViolation = (error: unknown) => {
  const cause = error instanceof DatabaseError ? error : (error as { cause?: unknown })?.cause;
  return cause instanceof DatabaseError && cause.code === '23505';
};

export async function registerVolunteer(services: Services, scope: Scope, actor: AuditActor, body: RegisterVolunteerBody) {
  if (await repository.findOwnVolunteer(scope, services.database.db)) throw new AppError('already_volunteer');
  const regionCode = await homeCommunity(services, scope, body.regionCode ?? scope.regionPrefix ?? '');
  try {
    await services.database.transaction(async (tx) => {
      const row = await repository.insertVolunteer(tx, {
        userId: scope.userId,
        regionCode,
        skills: body.skills,
        availability: body.availability,
        phoneEnc: services.cipher.encrypt(body.phone),
      });
      await recordAudit(tx, actor, {
        action: 'volunteer.registered',
        targetType: 'volunteer',
        targetId: row.id,
        regionCode,
        after: { skills: row.skills, availability: row.availability, phone: maskPhone(body.phone) },
      });
    });
  } catch (error) {
    // a second registration sent at the same moment meets the unique index on user_id
    if (isUniqueViolation(error)) throw new AppError('already_volunteer');
    throw error;
  }
  return getOwnVolunteer(services, scope);
}

export async function updateOwnVolunteer(services: Services, scope: Scope, actor: AuditActor, body: UpdateVolunteerBody) {
  const volunteer = await requireOwnVolunteer(services, scope);
  const regionCode = body.regionCode === undefined ? undefined : await homeCommunity(services, scope, body.regionCode);
  const oldPhone = services.cipher.decrypt(volunteer.phoneEnc);
  await services.database.transaction(async (tx) => {
    await repository.updateVolunteer(tx, volunteer.id, {
      skills: body.skills,
      availability: body.availability,
      regionCode,
      phoneEnc: body.phone === undefined ? undefined : services.cipher.encrypt(body.phone),
    });
    await recordAudit(tx, actor, {
      action: 'volunteer.updated',
      targetType: 'volunteer',
      targetId: volunteer.id,
      regionCode: regionCode ?? volunteer.regionCode,
      before: {
        skills: volunteer.skills,
        availability: volunteer.availability,
        regionCode: volunteer.regionCode,
        phone: maskPhone(oldPhone),
      },
      after: {
        skills: body.skills,
        availability: body.availability,
        regionCode,
        phone: body.phone === undefined ? undefined : maskPhone(body.phone),
      },
    });
  });
  return getOwnVolunteer(services, scope);
}

export interface VolunteerListQuery {
  region?: string;
  skill?: string;
  star?: number;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listVolunteers(services: Services, scope: Scope, query: VolunteerListQuery) {
  const { page, pageSize, ...filter } = query;
  return repository.listVolunteers(scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}

/** A volunteer's records, newest first: their own, or (staff) one of their region's. */
export async function volunteerRecords(services: Services, volunteer: VolunteerRecord, page: number, pageSize: number) {
  return records.listVolunteerRecords(services.database.db, volunteer.id, pageSize, (page - 1) * pageSize);
}

export async function findVisibleVolunteer(services: Services, scope: Scope, id: string): Promise<VolunteerRecord> {
  const volunteer = await repository.findVolunteer(scope, services.database.db, id);
  if (!volunteer) throw new AppError('not_found');
  return volunteer;
}
