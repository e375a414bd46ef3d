// Attendance (参训记录): one row per person per session is one person-time (人次). A sign-in sheet is recorded in
// one go; a person already on the session is skipped, so a sheet sent twice counts once (docs/decisions/0018).
import { maskName, type AttendeeInput } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import * as attendance from './attendance.repository.js';
import type { AttendanceFilter, AttendanceRecord } from './attendance.repository.js';
import { mayManageTraining, type Viewer } from './training.policy.js';
import { getSession } from './training.service.js';

/** The same person twice: same name, same organization (or both without one), as the unique index says. */
const personKey = (a: { name: string; organizationId?: string | null }) => `${a.name}\u0000${a.organizationId ?? ''}`;

/**
 * Checks every line of the sheet before anything is written: the audience must be one the course is for, an
 * organization must lie in the region the course serves, an account must exist there.
 */
async function sheetProblems(services: Services, attendees: AttendeeInput[], session: { regionCode: string; audiences: string[] }) {
  const { db } = services.database;
  const ids = (key: 'organizationId' | 'userId') => [...new Set(attendees.map((a) => a[key]).filter((id): id is string => Boolean(id)))];
  const [organizationsInRegion, usersInRegion] = await Promise.all([
    attendance.organizationsUnder(db, ids('organizationId'), session.regionCode),
    attendance.usersUnder(db, ids('userId'), session.regionCode),
  ]);
  const problems: FieldError[] = [];
  attendees.forEach((a, i) => {
    if (!session.audiences.includes(a.audience)) problems.push({ path: `attendees.${i}.audience`, message: 'audience_not_in_course' });
    if (a.organizationId && !organizationsInRegion.has(a.organizationId))
      problems.push({ path: `attendees.${i}.organizationId`, message: 'organization_outside_course_region' });
    if (a.userId && !usersInRegion.has(a.userId)) problems.push({ path: `attendees.${i}.userId`, message: 'unknown_person' });
  });
  return problems;
}

export async function recordAttendance(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  sessionId: string,
  attendees: AttendeeInput[],
  now = new Date(),
): Promise<{ recorded: AttendanceRecord[]; skipped: string[] }> {
  const session = await getSession(services, viewer, sessionId);
  if (!mayManageTraining(viewer)) throw new AppError('forbidden');
  // person-times count training that took place: a sheet comes in once the session has begun
  if (session.startsAt > now) throw new AppError('session_not_started');
  const problems = await sheetProblems(services, attendees, session);
  if (problems.length > 0) throw new AppError('validation_failed', {}, problems);

  const seen = new Set<string>();
  const unique: AttendeeInput[] = [];
  const skipped: string[] = [];
  for (const a of attendees) {
    if (seen.has(personKey(a))) skipped.push(a.name);
    else unique.push(a);
    seen.add(personKey(a));
  }
  const written = await services.database.transaction(async (tx) => {
    const rows = await attendance.insertAttendance(
      tx,
      unique.map((a) => ({
        sessionId,
        regionCode: session.regionCode,
        attendedAt: session.startsAt,
        attendeeName: a.name,
        audience: a.audience,
        organizationId: a.organizationId ?? null,
        userId: a.userId ?? null,
        recordedBy: viewer.id,
      })),
    );
    if (rows.length > 0)
      await recordAudit(tx, actor, {
        action: 'training_attendance.recorded',
        targetType: 'training_session',
        targetId: sessionId,
        regionCode: session.regionCode,
        after: { recorded: rows.length, attendanceIds: rows.map((r) => r.id) },
      });
    return rows;
  });
  const writtenKeys = new Set(written.map((r) => personKey({ name: r.attendeeName, organizationId: r.organizationId })));
  for (const a of unique) if (!writtenKeys.has(personKey(a))) skipped.push(a.name);
  const ids = new Set(written.map((r) => r.id));
  const sheet = await attendance.sessionAttendance(viewer.scope, services.database.db, sessionId);
  return { recorded: sheet.filter((r) => ids.has(r.id)), skipped };
}

export async function sessionSheet(services: Services, viewer: Viewer, sessionId: string): Promise<AttendanceRecord[]> {
  await getSession(services, viewer, sessionId);
  return attendance.sessionAttendance(viewer.scope, services.database.db, sessionId);
}

export async function listAttendance(
  services: Services,
  viewer: Viewer,
  query: Omit<AttendanceFilter, 'descending'> & { sort: string; page: number; pageSize: number },
) {
  const { page, pageSize, sort, ...filter } = query;
  return attendance.listAttendance(viewer.scope, services.database.db, {
    ...filter,
    descending: sort.startsWith('-'),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
}

export async function removeAttendance(services: Services, viewer: Viewer, actor: AuditActor, id: number): Promise<void> {
  const found = await attendance.findAttendance(viewer.scope, services.database.db, id);
  if (!found) throw new AppError('not_found');
  if (!mayManageTraining(viewer)) throw new AppError('forbidden');
  await services.database.transaction(async (tx) => {
    const removed = await attendance.deleteAttendance(tx, id);
    if (!removed) throw new AppError('not_found');
    await recordAudit(tx, actor, {
      action: 'training_attendance.removed',
      targetType: 'training_session',
      targetId: removed.sessionId,
      regionCode: removed.regionCode,
      before: { attendanceId: removed.id, attendeeName: maskName(removed.attendeeName), audience: removed.audience },
    });
  });
}
