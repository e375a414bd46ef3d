// Confirming a volunteer's hours (志愿服务记录: who, what, where, when, how long, confirmed by whom — national
// 志愿服务记录与证明出具办法) and the points they earn under the street's time bank rule (tianjin-2018 四（三）).
import type { ConfirmHoursBody } from '@linli/shared';
import { DatabaseError } from '../../db/driver.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { confirmationOpen } from './needs.policy.js';
import { findManagedNeed, windowClosed } from './needs.service.js';
import * as repository from './service-records.repository.js';
import type { ServiceRecordFilter } from './service-records.repository.js';
import * as signups from './signups.repository.js';
import { effectiveRule } from './time-bank-rules.repository.js';
import { streetOf } from './volunteering-scope.js';
import * as volunteers from './volunteers.repository.js';

const HOUR_MS = 3_600_000;

/** Hours as the column keeps them (two decimals), never more than the need lasted. */
const durationHours = (startsAt: Date, endsAt: Date) => Math.floor(((endsAt.getTime() - startsAt.getTime()) / HOUR_MS) * 100) / 100;

/** Points = hours × points per hour, rounded down: a fraction of a point is not earned. */
export const pointsFor = (hours: number, pointsPerHour: number) => Math.floor((Math.round(hours * 100) * pointsPerHour) / 100);

const isDuplicateRecord = (error: unknown) => {
  const cause = error instanceof DatabaseError ? error : (error as { cause?: unknown })?.cause;
  return cause instanceof DatabaseError && cause.code === '23505' && cause.constraint === 'service_records_need_volunteer_idx';
};

/**
 * The organization (its leader, or staff of its region) confirms a volunteer's hours after the need ended and
 * within 10 working days of its end; the record, the volunteer's hours and points move in one transaction.
 */
export async function confirmHours(services: Services, scope: Scope, actor: AuditActor, needId: string, body: ConfirmHoursBody) {
  const need = await findManagedNeed(services, scope, needId);
  if (need.status === 'cancelled') throw new AppError('need_closed');
  const now = new Date();
  if (now < need.endsAt) throw new AppError('need_not_ended');
  if (!confirmationOpen(need, now)) throw windowClosed(need.endsAt);
  const maxHours = durationHours(need.startsAt, need.endsAt);
  if (body.hours > maxHours) throw new AppError('validation_failed', {}, [{ path: 'hours', message: 'hours_exceed_duration' }]);
  const rule = await effectiveRule(services.database.db, streetOf(need.regionCode));
  const points = pointsFor(body.hours, rule.pointsPerHour);
  try {
    return await services.database.transaction(async (tx) => {
      const signup = await signups.findSignup(tx, needId, body.volunteerId);
      if (signup?.status !== 'signed_up') throw new AppError('validation_failed', {}, [{ path: 'volunteerId', message: 'not_signed_up' }]);
      const volunteer = await volunteers.findVolunteerById(tx, body.volunteerId);
      // Nobody confirms their own hours (a leader who volunteered at their own organization's need included).
      if (volunteer!.userId === scope.userId) throw new AppError('own_service_hours');
      if (await repository.findRecordOf(tx, needId, body.volunteerId)) throw new AppError('already_confirmed');
      const record = await repository.insertServiceRecord(tx, {
        volunteerId: body.volunteerId,
        needId,
        organizationId: need.organizationId,
        regionCode: need.regionCode,
        content: body.content || need.title,
        place: need.place,
        startedAt: need.startsAt,
        endedAt: need.endsAt,
        hours: body.hours,
        points,
        confirmedBy: scope.userId,
      });
      const balance = await volunteers.creditVolunteer(tx, body.volunteerId, body.hours, points);
      await recordAudit(tx, actor, {
        action: 'service_record.confirmed',
        targetType: 'service_record',
        targetId: String(record.id),
        regionCode: need.regionCode,
        after: {
          needId,
          volunteerId: body.volunteerId,
          hours: body.hours,
          points,
          pointsPerHour: rule.pointsPerHour,
          ruleRegionCode: rule.sourceRegionCode,
          hoursConfirmed: Number(balance.hoursConfirmed),
          pointsBalance: balance.pointsBalance,
        },
      });
      return record;
    });
  } catch (error) {
    // two confirmations at the same moment: the unique index (need, volunteer) lets one through
    if (isDuplicateRecord(error)) throw new AppError('already_confirmed');
    throw error;
  }
}

export interface ServiceRecordListQuery extends Omit<ServiceRecordFilter, 'limit' | 'offset'> {
  page: number;
  pageSize: number;
}

export async function listServiceRecords(services: Services, scope: Scope, query: ServiceRecordListQuery) {
  const { page, pageSize, ...filter } = query;
  return repository.listServiceRecords(scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}
