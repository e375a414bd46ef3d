// 重大活动报告 (suzhou-2021 二（四）2; shanghai-2021 四（二）分级报告): a major activity is reported before it starts
// and acknowledged, or returned, by the office of the level its size reaches.
import type { Db } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { decideRefusal, mayFileReport, reportStands } from './activities.policy.js';
import { findActivity, lockActivity } from './activities.repository.js';
import { evaluateMajorActivity, isLate } from './major-activity-rule.js';
import * as repository from './major-reports.repository.js';
import type { ReportFilter, ReportListRecord } from './major-reports.repository.js';
import { regionPacks } from './region-packs.js';

export async function listReports(services: Services, scope: Scope, query: ReportFilter & { page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  return repository.listReports(scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}

export async function getReport(services: Services, scope: Scope, id: string): Promise<ReportListRecord> {
  const found = await repository.findReport(scope, services.database.db, id);
  if (!found) throw new AppError('not_found');
  return found;
}

/** Files the activity's report, or files it again after it was returned (or outgrown by the rules). */
export async function fileReport(services: Services, scope: Scope, actor: AuditActor, activityId: string, version: number): Promise<void> {
  const existing = await findActivity(scope, services.database.db, activityId);
  if (!existing) throw new AppError('not_found');
  const { rules } = await regionPacks(services, services.database.db, existing.regionCode);
  await services.database.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    if (!activity) throw new AppError('not_found');
    if (activity.version !== version) throw new AppError('version_conflict');
    if (activity.status !== 'planned') throw new AppError('activity_not_planned');
    const major = evaluateMajorActivity(rules, activity);
    if (!major.required || !major.level) throw new AppError('major_report_not_required');
    const now = new Date();
    const report = await repository.lockReport(tx, activityId);
    if (reportStands(report ?? null, major)) throw new AppError('major_report_already_filed');
    if (!mayFileReport(activity, major, report ?? null, now)) throw new AppError('activity_already_started');
    const values = {
      level: major.level,
      reason: { kind: activity.kind, expectedParticipants: activity.expectedParticipants, rules: major.reasons },
      status: 'reported' as const,
      late: isLate(activity.startsAt, major.leadDays, now),
      reportedBy: scope.userId,
      reportedAt: now,
      decidedBy: null,
      decidedAt: null,
      comment: '',
    };
    const filed = report
      ? (await repository.updateReport(tx, report.id, report.version, values))!
      : await repository.insertReport(tx, {
          ...values,
          activityId,
          organizationId: activity.organizationId,
          regionCode: activity.regionCode,
        });
    await recordAudit(tx, actor, {
      action: 'major_report.filed',
      targetType: 'major_activity_report',
      targetId: filed.id,
      regionCode: filed.regionCode,
      before: report ? { status: report.status, level: report.level } : null,
      after: { activityId, status: filed.status, level: filed.level, late: filed.late, reason: values.reason },
    });
  });
}

type Decision = 'acknowledge' | 'return';
const outcome = { acknowledge: 'acknowledged', return: 'returned' } as const;

export async function decideReport(
  services: Services,
  scope: Scope,
  actor: AuditActor,
  id: string,
  decision: Decision,
  body: { version: number; comment: string },
): Promise<void> {
  const found = await getReport(services, scope, id);
  const refusal = decideRefusal(scope, found);
  if (refusal) throw new AppError(refusal);
  await services.database.transaction(async (tx) => {
    const activity = await lockActivity(tx, found.activityId);
    const report = await repository.lockReport(tx, found.activityId);
    if (!activity || !report) throw new AppError('not_found');
    if (report.version !== body.version) throw new AppError('version_conflict');
    if (report.status !== 'reported') throw new AppError('major_report_decided');
    if (activity.status !== 'planned') throw new AppError('activity_not_planned');
    const decided = (await repository.updateReport(tx, id, body.version, {
      status: outcome[decision],
      decidedBy: scope.userId,
      decidedAt: new Date(),
      comment: body.comment,
    }))!;
    await recordAudit(tx, actor, {
      action: decision === 'acknowledge' ? 'major_report.acknowledged' : 'major_report.returned',
      targetType: 'major_activity_report',
      targetId: id,
      regionCode: report.regionCode,
      before: { status: report.status, version: report.version },
      after: { activityId: activity.id, status: decided.status, level: decided.level, comment: decided.comment, version: decided.version },
    });
  });
}

/**
 * The activity changed in what its report vouched for (`fields`): a standing report goes back to be filed again,
 * returned by nobody (the change returned it). Inside the caller's transaction, after the activity is locked.
 */
export async function voidReportInTx(tx: Db, actor: AuditActor, activityId: string, fields: readonly string[]): Promise<void> {
  const report = await repository.lockReport(tx, activityId);
  if (!report || report.status === 'returned') return;
  await repository.updateReport(tx, report.id, report.version, { status: 'returned', decidedBy: null, decidedAt: new Date(), comment: '' });
  await recordAudit(tx, actor, {
    action: 'major_report.returned',
    targetType: 'major_activity_report',
    targetId: report.id,
    regionCode: report.regionCode,
    before: { status: report.status, version: report.version },
    after: { status: 'returned', cause: 'activity_changed', fields },
  });
}
