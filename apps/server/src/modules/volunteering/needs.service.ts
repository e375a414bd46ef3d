// Volunteer needs (活动发布、供需对接, tianjin-2018 四（三）): organizations post them, volunteers sign up.
import { CONFIRMATION_WORKING_DAYS, type CreateNeedBody, type UpdateNeedBody } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import * as repository from './needs.repository.js';
import type { NeedFilter, NeedRecord } from './needs.repository.js';
import { signUpOpen } from './needs.policy.js';
import * as signups from './signups.repository.js';
import { requireOwnVolunteer } from './volunteers.service.js';
import { chinaDate, confirmationDeadline } from './working-days.js';

const invalid = (errors: FieldError[]) => new AppError('validation_failed', {}, errors);

/** Hours of a need that ended at `endsAt` can no longer be confirmed (nor claimed by signing up). */
export const windowClosed = (endsAt: Date) =>
  new AppError('confirmation_window_closed', { days: CONFIRMATION_WORKING_DAYS, deadline: chinaDate(confirmationDeadline(endsAt)) });

export interface NeedListQuery extends Omit<NeedFilter, 'limit' | 'offset'> {
  page: number;
  pageSize: number;
}

export async function listNeeds(services: Services, scope: Scope, query: NeedListQuery) {
  const { page, pageSize, ...filter } = query;
  return repository.listNeeds(scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}

/** The need if the viewer may see it; otherwise 404, so a need outside one's scope does not exist. */
export async function findVisibleNeed(services: Services, scope: Scope, id: string): Promise<NeedRecord> {
  const need = await repository.findNeed(scope, services.database.db, id);
  if (!need) throw new AppError('not_found');
  return need;
}

/** A need the viewer manages: seeing it is not enough (a resident sees open needs, a leader their street's). */
export async function findManagedNeed(services: Services, scope: Scope, id: string): Promise<NeedRecord> {
  const need = await findVisibleNeed(services, scope, id);
  if (!need.managed) throw new AppError('forbidden');
  return need;
}

/**
 * A need may be posted for a past slot (补录, recording service already given) as long as its hours can still
 * be confirmed: a need that ended more than 10 working days ago could never earn anything.
 */
function checkTimes(endsAt: Date, now = new Date()) {
  if (confirmationDeadline(endsAt) < now) throw invalid([{ path: 'endsAt', message: 'need_ended_too_long_ago' }]);
}

export async function createNeed(services: Services, scope: Scope, actor: AuditActor, body: CreateNeedBody): Promise<string> {
  const organization = await repository.findOrganizationForNeeds(scope, services.database.db, body.organizationId);
  if (!organization) throw invalid([{ path: 'organizationId', message: 'need_unknown_organization' }]);
  if (organization.status !== 'active') throw invalid([{ path: 'organizationId', message: 'need_organization_not_active' }]);
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  checkTimes(endsAt);
  return services.database.transaction(async (tx) => {
    const row = await repository.insertNeed(tx, {
      organizationId: organization.id,
      regionCode: organization.regionCode,
      title: body.title,
      description: body.description,
      skills: body.skills,
      place: body.place,
      startsAt,
      endsAt,
      slots: body.slots,
      createdBy: scope.userId,
    });
    await recordAudit(tx, actor, {
      action: 'volunteer_need.created',
      targetType: 'volunteer_need',
      targetId: row.id,
      regionCode: row.regionCode,
      after: { organizationId: row.organizationId, title: row.title, startsAt: body.startsAt, endsAt: body.endsAt, slots: row.slots },
    });
    return row.id;
  });
}

export async function updateNeed(services: Services, scope: Scope, actor: AuditActor, id: string, body: UpdateNeedBody): Promise<void> {
  const need = await findManagedNeed(services, scope, id);
  if (need.version !== body.version) throw new AppError('version_conflict');
  if (need.status !== 'open') throw new AppError('need_closed');
  const { version, startsAt, endsAt, ...rest } = body;
  const times = { startsAt: startsAt ? new Date(startsAt) : need.startsAt, endsAt: endsAt ? new Date(endsAt) : need.endsAt };
  if (times.endsAt <= times.startsAt) throw invalid([{ path: 'endsAt', message: 'ends_before_start' }]);
  if (endsAt) checkTimes(times.endsAt);
  await services.database.transaction(async (tx) => {
    await repository.lockNeed(tx, id);
    const signedUp = await repository.countSignedUp(tx, id);
    if (body.slots !== undefined && body.slots < signedUp)
      throw new AppError('validation_failed', {}, [{ path: 'slots', message: 'slots_below_signups' }]);
    const moved = await repository.updateNeed(tx, id, version, { ...rest, ...times });
    if (!moved) throw new AppError('version_conflict');
    await recordAudit(tx, actor, {
      action: 'volunteer_need.updated',
      targetType: 'volunteer_need',
      targetId: id,
      regionCode: need.regionCode,
      before: { title: need.title, startsAt: need.startsAt, endsAt: need.endsAt, slots: need.slots, version: need.version },
      after: { ...rest, startsAt, endsAt, version: moved.version },
    });
  });
}

export async function closeNeed(services: Services, scope: Scope, actor: AuditActor, id: string, version: number): Promise<void> {
  const need = await findManagedNeed(services, scope, id);
  if (need.version !== version) throw new AppError('version_conflict');
  if (need.status !== 'open') throw new AppError('need_closed');
  await services.database.transaction(async (tx) => {
    const moved = await repository.updateNeed(tx, id, version, { status: 'closed' });
    if (!moved) throw new AppError('version_conflict');
    await recordAudit(tx, actor, {
      action: 'volunteer_need.closed',
      targetType: 'volunteer_need',
      targetId: id,
      regionCode: need.regionCode,
      before: { status: need.status, version },
      after: { status: 'closed', version: moved.version },
    });
  });
}

/** Signs the viewer up; the need's row is locked, so two volunteers cannot both take its last place. */
export async function signUp(services: Services, scope: Scope, actor: AuditActor, id: string): Promise<void> {
  const need = await findVisibleNeed(services, scope, id);
  const volunteer = await requireOwnVolunteer(services, scope);
  await services.database.transaction(async (tx) => {
    const locked = await repository.lockNeed(tx, id);
    if (locked.status !== 'open') throw new AppError('need_closed');
    if (!signUpOpen(locked, new Date())) throw windowClosed(locked.endsAt);
    const existing = await signups.findSignup(tx, id, volunteer.id);
    if (existing?.status === 'signed_up') throw new AppError('already_signed_up');
    if ((await repository.countSignedUp(tx, id)) >= locked.slots) throw new AppError('need_full', { slots: locked.slots });
    const signup = existing
      ? await signups.setSignupStatus(tx, existing.id, 'signed_up')
      : await signups.insertSignup(tx, id, volunteer.id);
    await recordAudit(tx, actor, {
      action: 'volunteer.signed_up',
      targetType: 'volunteer_need',
      targetId: id,
      regionCode: need.regionCode,
      after: { signupId: signup.id, volunteerId: volunteer.id },
    });
  });
}

/** Withdraws the viewer's sign-up, before the service starts. */
export async function withdraw(services: Services, scope: Scope, actor: AuditActor, id: string): Promise<void> {
  const need = await findVisibleNeed(services, scope, id);
  const volunteer = await requireOwnVolunteer(services, scope);
  await services.database.transaction(async (tx) => {
    const locked = await repository.lockNeed(tx, id);
    const existing = await signups.findSignup(tx, id, volunteer.id);
    if (existing?.status !== 'signed_up') throw new AppError('not_found');
    if (new Date() >= locked.startsAt) throw new AppError('need_started');
    await signups.setSignupStatus(tx, existing.id, 'withdrawn');
    await recordAudit(tx, actor, {
      action: 'volunteer.withdrew',
      targetType: 'volunteer_need',
      targetId: id,
      regionCode: need.regionCode,
      after: { signupId: existing.id, volunteerId: volunteer.id },
    });
  });
}

export async function listSignups(services: Services, scope: Scope, id: string) {
  await findManagedNeed(services, scope, id);
  return signups.listSignups(services.database.db, id);
}
