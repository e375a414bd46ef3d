// Who may do what with an activity and its major-activity report, as rules over facts the caller has loaded.
// Pure: no database. The presenter turns these into `abilities`, the services into refusals.
import type { HeldBlock, MajorEvaluation, ReportLevel, ReportStatus, Role } from '@linli/shared';
import { can } from '../../platform/permissions.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';
import { levelCovers } from './major-activity-rule.js';

export interface ActivityFacts {
  status: 'planned' | 'held' | 'cancelled';
  startsAt: Date;
}

export interface ReportFacts {
  level: ReportLevel;
  status: ReportStatus;
  regionCode: string;
  reportedBy: string;
}

/** The office that acknowledges each level (shanghai-2021 三（三）: committees guide groups, streets teams, districts register). */
export const deciderRole: Record<ReportLevel, Role> = {
  committee: 'committee_worker',
  street: 'street_officer',
  district: 'civil_affairs',
};

/** The report levels a role acknowledges (its queue). */
export const levelsDecidedBy = (role: Role): ReportLevel[] =>
  (Object.keys(deciderRole) as ReportLevel[]).filter((level) => deciderRole[level] === role);

/** A report that no longer stands: returned, or acknowledged at a level below what the activity needs now. */
export function reportStands(report: Pick<ReportFacts, 'status' | 'level'> | null, major: MajorEvaluation): boolean {
  return report !== null && report.status !== 'returned' && (!major.level || levelCovers(report.level, major.level));
}

/**
 * Why the activity cannot be marked held now, if it cannot: a major activity needs its report acknowledged
 * (suzhou-2021 二（四）2), and nothing is held before it starts.
 */
export function heldBlock(
  activity: ActivityFacts,
  major: MajorEvaluation,
  report: Pick<ReportFacts, 'status' | 'level'> | null,
  now: Date,
): HeldBlock | null {
  if (activity.status !== 'planned') return null;
  if (major.required && !reportStands(report, major)) return 'report_missing';
  if (major.required && report?.status === 'reported') return 'report_pending';
  if (now < activity.startsAt) return 'not_started';
  return null;
}

/** Whether the activity's report can be filed (or filed again) now: major, planned, not started, none standing. */
export function mayFileReport(
  activity: ActivityFacts,
  major: MajorEvaluation,
  report: Pick<ReportFacts, 'status' | 'level'> | null,
  now: Date,
): boolean {
  return activity.status === 'planned' && major.required && now < activity.startsAt && !reportStands(report, major);
}

export type DecideRefusal = 'forbidden' | 'separation_of_duties';

/**
 * May the actor acknowledge or return the report? The office of its level within whose region it falls; never
 * the person who filed it (an office may record for an organization, and then someone else acknowledges).
 */
export function decideRefusal(actor: Scope, report: ReportFacts): DecideRefusal | null {
  if (!can(actor.role, 'major_reports:decide') || deciderRole[report.level] !== actor.role || !inRegionScope(actor, report.regionCode))
    return 'forbidden';
  if (report.reportedBy === actor.userId) return 'separation_of_duties';
  return null;
}

export function activityAbilities(actor: Scope, activity: ActivityFacts, major: MajorEvaluation, report: ReportFacts | null, now: Date) {
  const write = can(actor.role, 'activities:write');
  const planned = activity.status === 'planned';
  return {
    update: write && planned,
    markHeld: write && planned,
    cancel: write && planned,
    fileReport: write && mayFileReport(activity, major, report, now),
    attach: write && activity.status !== 'cancelled',
  };
}

export function reportAbilities(actor: Scope, report: ReportFacts, activity: ActivityFacts) {
  const decidable = report.status === 'reported' && activity.status === 'planned' && decideRefusal(actor, report) === null;
  return { acknowledge: decidable, return: decidable };
}

/**
 * Where the viewer's public activities come from (product.md: residents find activities near them): a resident's
 * neighbourhood is their street, whether their account names the street or a community; others see their scope.
 */
export const neighbourhoodOf = (scope: Scope): string | null =>
  scope.role === 'resident' && scope.regionPrefix && scope.regionPrefix.length > 9 ? scope.regionPrefix.slice(0, 9) : scope.regionPrefix;
