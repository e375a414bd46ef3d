// Activities (活动, suzhou-2021 二（三）): recorded by the leader of an organization or an office of its region,
// planned, then held or cancelled. A major activity is held only once its report is acknowledged (二（四）2).
import { activityCheckKeys, type CreateActivityBody, type MarkHeldBody, type UpdateActivityBody } from '@linli/shared';
import type { Db } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { heldBlock } from './activities.policy.js';
import * as repository from './activities.repository.js';
import type { ActivityFilter, ActivityRecord, ActivityRow } from './activities.repository.js';
import { listAttachments } from './attachments.repository.js';
import { evaluateMajorActivity } from './major-activity-rule.js';
import { lockReport } from './major-reports.repository.js';
import { voidReportInTx } from './major-reports.service.js';
import { regionPacks } from './region-packs.js';

const fieldError = (path: string, message: string) => new AppError('validation_failed', {}, [{ path, message }]);

/** What the audit trail keeps of an activity. */
const audited = (row: ActivityRow) => ({
  organizationId: row.organizationId,
  title: row.title,
  kind: row.kind,
  seriesId: row.seriesId,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  venue: row.venue,
  isPublic: row.isPublic,
  expectedParticipants: row.expectedParticipants,
  beneficiaries: row.beneficiaries,
  summary: row.summary,
  status: row.status,
});

/** The fields a major-activity report vouches for: changing one after reporting voids the report. */
const reportedFields = ['kind', 'expectedParticipants', 'startsAt', 'endsAt', 'venue'] as const;

export async function getActivity(services: Services, scope: Scope, id: string): Promise<ActivityRecord> {
  const found = await repository.findActivity(scope, services.database.db, id);
  if (!found) throw new AppError('not_found');
  return found;
}

/** The activity with its attachments' descriptions (not their bytes). */
export async function getActivityDetail(services: Services, scope: Scope, id: string) {
  const record = await getActivity(services, scope, id);
  return { record, attachments: await listAttachments(services.database.db, id) };
}

export async function listActivities(services: Services, scope: Scope, query: ActivityFilter & { page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  return repository.listActivities(scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}

/** Public activities near the viewer (residents: their street), no people in them. */
export async function listPublicActivities(services: Services, scope: Scope, when: 'upcoming' | 'past', page: number, pageSize: number) {
  return repository.listPublicActivities(scope, services.database.db, when, { limit: pageSize, offset: (page - 1) * pageSize });
}

/** One organization's activities; an organization the viewer may not see does not exist (404). */
export async function listOrganizationActivities(services: Services, scope: Scope, organizationId: string, page: number, pageSize: number) {
  const { db } = services.database;
  if (!(await repository.findOrganizationForActivities(scope, db, organizationId))) throw new AppError('not_found');
  return repository.listOrganizationActivities(scope, db, organizationId, { limit: pageSize, offset: (page - 1) * pageSize });
}

async function requireSeries(services: Services, regionCode: string, seriesId: string | null | undefined) {
  if (!seriesId) return;
  const { series } = await regionPacks(services, services.database.db, regionCode);
  if (!series.some((s) => s.id === seriesId)) throw fieldError('seriesId', activityCheckKeys.unknownSeries);
}

export async function createActivity(services: Services, scope: Scope, actor: AuditActor, body: CreateActivityBody): Promise<string> {
  const { organizationId, startsAt, endsAt, ...fields } = body;
  const organization = await repository.findOrganizationForActivities(scope, services.database.db, organizationId);
  if (!organization) throw fieldError('organizationId', activityCheckKeys.unknownOrganization);
  if (organization.status !== 'active') throw fieldError('organizationId', activityCheckKeys.organizationNotActive);
  await requireSeries(services, organization.regionCode, fields.seriesId);
  return services.database.transaction(async (tx) => {
    const row = await repository.insertActivity(tx, {
      ...fields,
      organizationId,
      regionCode: organization.regionCode,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      createdBy: scope.userId,
    });
    await recordAudit(tx, actor, {
      action: 'activity.created',
      targetType: 'activity',
      targetId: row.id,
      regionCode: row.regionCode,
      after: audited(row),
    });
    return row.id;
  });
}

/** The locked, current activity the actor saw (`version`), still planned. */
async function lockPlanned(tx: Db, id: string, version: number): Promise<ActivityRow> {
  const row = await repository.lockActivity(tx, id);
  if (!row) throw new AppError('not_found');
  if (row.version !== version) throw new AppError('version_conflict');
  if (row.status !== 'planned') throw new AppError('activity_not_planned');
  return row;
}

type Changes = Partial<ActivityRow>;

function changedFields(row: ActivityRow, body: Omit<UpdateActivityBody, 'version'>): Changes {
  const { startsAt, endsAt, ...rest } = body;
  const next: Changes = {
    ...rest,
    ...(startsAt === undefined ? {} : { startsAt: new Date(startsAt) }),
    ...(endsAt === undefined ? {} : { endsAt: new Date(endsAt) }),
  };
  const same = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => !same(value, row[key as keyof ActivityRow]))) as Changes;
}

export async function updateActivity(
  services: Services,
  scope: Scope,
  actor: AuditActor,
  id: string,
  body: UpdateActivityBody,
): Promise<void> {
  const { version, ...fields } = body;
  const existing = await getActivity(services, scope, id);
  if (fields.seriesId !== undefined && fields.seriesId !== existing.seriesId)
    await requireSeries(services, existing.regionCode, fields.seriesId);
  await services.database.transaction(async (tx) => {
    const row = await lockPlanned(tx, id, version);
    const changes = changedFields(row, fields);
    if (Object.keys(changes).length === 0) return;
    if ((changes.endsAt ?? row.endsAt) <= (changes.startsAt ?? row.startsAt)) throw fieldError('endsAt', activityCheckKeys.endsBeforeStart);
    const updated = (await repository.updateActivity(tx, id, version, changes))!;
    const before = audited(row);
    const after = audited(updated);
    const keys = Object.keys(changes);
    await recordAudit(tx, actor, {
      action: 'activity.updated',
      targetType: 'activity',
      targetId: id,
      regionCode: row.regionCode,
      before: Object.fromEntries(Object.entries(before).filter(([key]) => keys.includes(key))),
      after: Object.fromEntries(Object.entries(after).filter(([key]) => keys.includes(key))),
    });
    // What the office acknowledged is no longer what will happen: the report goes back to be filed again.
    const touched = reportedFields.filter((field) => field in changes);
    if (touched.length > 0) await voidReportInTx(tx, actor, id, touched);
  });
}

export async function markHeld(services: Services, scope: Scope, actor: AuditActor, id: string, body: MarkHeldBody): Promise<void> {
  const existing = await getActivity(services, scope, id);
  const { rules } = await regionPacks(services, services.database.db, existing.regionCode);
  await services.database.transaction(async (tx) => {
    const row = await lockPlanned(tx, id, body.version);
    const report = await lockReport(tx, id);
    const block = heldBlock(row, evaluateMajorActivity(rules, row), report ?? null, new Date());
    if (block === 'report_missing') throw new AppError('major_report_required');
    if (block === 'report_pending') throw new AppError('major_report_pending');
    if (block === 'not_started') throw new AppError('activity_not_started');
    const held = (await repository.updateActivity(tx, id, body.version, {
      status: 'held',
      actualParticipants: body.actualParticipants,
      beneficiaries: body.beneficiaries ?? row.beneficiaries,
      summary: body.summary ?? row.summary,
    }))!;
    await recordAudit(tx, actor, {
      action: 'activity.held',
      targetType: 'activity',
      targetId: id,
      regionCode: row.regionCode,
      before: { status: row.status },
      after: { status: held.status, actualParticipants: held.actualParticipants, beneficiaries: held.beneficiaries },
    });
  });
}

export async function cancelActivity(services: Services, scope: Scope, actor: AuditActor, id: string, version: number): Promise<void> {
  await getActivity(services, scope, id);
  await services.database.transaction(async (tx) => {
    const row = await lockPlanned(tx, id, version);
    await repository.updateActivity(tx, id, version, { status: 'cancelled' });
    await recordAudit(tx, actor, {
      action: 'activity.cancelled',
      targetType: 'activity',
      targetId: id,
      regionCode: row.regionCode,
      before: { status: row.status },
      after: { status: 'cancelled' },
    });
  });
}
