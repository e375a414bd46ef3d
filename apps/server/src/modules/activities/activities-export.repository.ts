// The activity list's export (modules/exports): the whole filtered list, newest first, read through a cursor.
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { activities, majorActivityReports, organizations } from '../../db/schema.js';
import type { Scope } from '../../platform/scope.js';
import {
  filterConditions,
  newestFirst,
  visibleActivities,
  type ActivityFilter,
  type ActivityRow,
  type ReportRow,
} from './activities.repository.js';

export interface ActivityExportRecord {
  title: string;
  organizationName: string;
  regionCode: string;
  kind: ActivityRow['kind'];
  seriesName: { zh: string; en: string } | null;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  isPublic: boolean;
  expectedParticipants: number;
  actualParticipants: number | null;
  beneficiaries: Record<string, number>;
  status: ActivityRow['status'];
  reportStatus: ReportRow['status'] | null;
  reportLate: boolean | null;
}

export async function countActivities(scope: Scope, db: Db, filter: ActivityFilter): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(activities)
    .where(and(visibleActivities(scope), ...filterConditions(filter)));
  return Number(total);
}

/**
 * One JSON text per activity, newest first. Series names come from the packs (not the database): they go in as
 * one jsonb parameter `{ id: { zh, en } }`.
 */
export function activityExportQuery(
  scope: Scope,
  db: Db,
  filter: ActivityFilter,
  seriesNames: Record<string, { zh: string; en: string }>,
): SQL {
  return db
    .select({
      row: sql<string>`json_build_array(${activities.title}, ${organizations.name}, ${activities.regionCode}, ${activities.kind},
        ${JSON.stringify(seriesNames)}::jsonb -> ${activities.seriesId}, ${activities.startsAt}, ${activities.endsAt}, ${activities.venue},
        ${activities.isPublic}, ${activities.expectedParticipants}, ${activities.actualParticipants}, ${activities.beneficiaries},
        ${activities.status}, ${majorActivityReports.status}, ${majorActivityReports.late})::text`.as('row'),
    })
    .from(activities)
    .leftJoin(organizations, eq(organizations.id, activities.organizationId))
    .leftJoin(majorActivityReports, eq(majorActivityReports.activityId, activities.id))
    .where(and(visibleActivities(scope), ...filterConditions(filter)))
    .orderBy(...newestFirst)
    .getSQL();
}

export function decodeActivityExportRow(text: string): ActivityExportRecord {
  const [
    title,
    organizationName,
    regionCode,
    kind,
    seriesName,
    startsAt,
    endsAt,
    venue,
    isPublic,
    expected,
    actual,
    beneficiaries,
    status,
    reportStatus,
    late,
  ] = JSON.parse(text) as unknown[];
  return {
    title: title as string,
    organizationName: (organizationName as string | null) ?? '',
    regionCode: regionCode as string,
    kind: kind as ActivityRow['kind'],
    seriesName: seriesName as ActivityExportRecord['seriesName'],
    startsAt: new Date(startsAt as string),
    endsAt: new Date(endsAt as string),
    venue: venue as string,
    isPublic: Boolean(isPublic),
    expectedParticipants: Number(expected),
    actualParticipants: actual === null ? null : Number(actual),
    beneficiaries: beneficiaries as Record<string, number>,
    status: status as ActivityRow['status'],
    reportStatus: reportStatus as ReportRow['status'] | null,
    reportLate: late as boolean | null,
  };
}
