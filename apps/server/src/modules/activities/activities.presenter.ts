// Activity rows → API shapes: region paths, series names, the live major-activity verdict, the report and what
// the viewer may do next. Residents' view (public activities) carries no people at all.
import type { Activity, ActivityAttachment, ActivityDetail, MajorReport, MajorReportListItem, PublicActivity } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { regionNames } from '../regions/regions.repository.js';
import { activityAbilities, heldBlock, reportAbilities, type ActivityFacts } from './activities.policy.js';
import type { ActivityRecord, PublicActivityRecord, ReportRecord } from './activities.repository.js';
import type { AttachmentRecord } from './attachments.repository.js';
import type { ReportListRecord } from './major-reports.repository.js';
import { evaluateMajorActivity } from './major-activity-rule.js';
import { packsForRegions, seriesNameOf } from './region-packs.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentReport(viewer: Scope, report: ReportRecord, activity: ActivityFacts): MajorReport {
  return {
    id: report.id,
    activityId: report.activityId,
    level: report.level,
    status: report.status,
    late: report.late,
    voidedByChange: report.status === 'returned' && report.decidedBy === null,
    reportedByName: report.reportedByName,
    reportedAt: report.reportedAt.toISOString(),
    decidedByName: report.decidedByName,
    decidedAt: iso(report.decidedAt),
    comment: report.comment,
    version: report.version,
    abilities: reportAbilities(viewer, report, activity),
  };
}

/** Presents a page of activities with one region-name and one binding query for all of them. */
export async function presentActivities(services: Services, viewer: Scope, rows: ActivityRecord[]): Promise<Activity[]> {
  const { db } = services.database;
  const codes = rows.map((r) => r.regionCode);
  const [names, packs] = await Promise.all([regionNames(db, codes), packsForRegions(services, db, codes)]);
  const now = new Date();
  return rows.map((row) => {
    const major = evaluateMajorActivity(packs.get(row.regionCode)?.rules ?? [], row);
    return {
      id: row.id,
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      regionCode: row.regionCode,
      regionPath: regionPathOf(row.regionCode, names),
      title: row.title,
      kind: row.kind,
      seriesId: row.seriesId,
      seriesName: seriesNameOf(services, row.seriesId),
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      venue: row.venue,
      isPublic: row.isPublic,
      expectedParticipants: row.expectedParticipants,
      actualParticipants: row.actualParticipants,
      beneficiaries: row.beneficiaries,
      summary: row.summary,
      status: row.status,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      major,
      report: row.report ? presentReport(viewer, row.report, row) : null,
      heldBlockedBy: heldBlock(row, major, row.report, now),
      abilities: activityAbilities(viewer, row, major, row.report, now),
    };
  });
}

/** A page of an office's reports with one region-name query for all of them. */
export async function presentReportList(services: Services, viewer: Scope, rows: ReportListRecord[]): Promise<MajorReportListItem[]> {
  const names = await regionNames(
    services.database.db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((row) => ({
    ...presentReport(viewer, row, row.activity),
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    regionCode: row.regionCode,
    regionPath: regionPathOf(row.regionCode, names),
    activity: { ...row.activity, startsAt: row.activity.startsAt.toISOString(), endsAt: row.activity.endsAt.toISOString() },
  }));
}

const presentAttachment = (row: AttachmentRecord): ActivityAttachment => ({
  id: row.id,
  filename: row.filename,
  contentType: row.contentType,
  size: row.size,
  uploadedByName: row.uploadedByName,
  createdAt: row.createdAt.toISOString(),
});

export async function presentActivityDetail(
  services: Services,
  viewer: Scope,
  detail: { record: ActivityRecord; attachments: AttachmentRecord[] },
): Promise<ActivityDetail> {
  const [activity] = await presentActivities(services, viewer, [detail.record]);
  return { ...activity!, attachments: detail.attachments.map(presentAttachment) };
}

export async function presentPublicActivities(services: Services, rows: PublicActivityRecord[]): Promise<PublicActivity[]> {
  const names = await regionNames(
    services.database.db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    seriesName: seriesNameOf(services, row.seriesId),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    venue: row.venue,
    organizationName: row.organizationName,
    regionName: names.get(row.regionCode) ?? row.regionCode,
    status: row.status,
    summary: row.summary,
  }));
}
