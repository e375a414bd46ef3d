// Rows → API shapes: region names and paths, and what the viewer may do next.
import type { TrainingAttendance, TrainingCourse, TrainingSession } from '@linli/shared';
import type { Db } from '../../db/database.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { regionNames } from '../regions/regions.repository.js';
import type { AttendanceRecord } from './attendance.repository.js';
import { mayManageTraining, type Viewer } from './training.policy.js';
import type { CourseRecord, SessionRecord } from './training.repository.js';

/** County down to the record's own region (黄浦区 / 南京东路街道); a city-wide record reads as its city. */
const pathOf = (code: string, names: Map<string, string>) => regionPathOf(code, names) || (names.get(code) ?? code);

const namesFor = (db: Db, rows: { regionCode: string }[]) =>
  regionNames(
    db,
    rows.map((r) => r.regionCode),
  );

export async function presentCourses(db: Db, viewer: Viewer, rows: CourseRecord[]): Promise<TrainingCourse[]> {
  const names = await namesFor(db, rows);
  const manage = mayManageTraining(viewer);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    audiences: row.audiences as TrainingCourse['audiences'],
    description: row.description,
    regionCode: row.regionCode,
    regionName: names.get(row.regionCode) ?? row.regionCode,
    regionPath: pathOf(row.regionCode, names),
    providerOrganizationId: row.providerOrganizationId,
    providerOrganizationName: row.providerOrganizationName,
    sessionCount: row.sessionCount,
    personTimes: row.personTimes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: { update: manage, addSession: manage },
  }));
}

export async function presentSessions(db: Db, viewer: Viewer, rows: SessionRecord[]): Promise<TrainingSession[]> {
  const names = await namesFor(db, rows);
  const manage = mayManageTraining(viewer);
  return rows.map((row) => ({
    id: row.id,
    courseId: row.courseId,
    courseTitle: row.courseTitle,
    audiences: row.audiences as TrainingSession['audiences'],
    providerOrganizationName: row.providerOrganizationName,
    regionCode: row.regionCode,
    regionName: pathOf(row.regionCode, names),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    venue: row.venue,
    attendance: row.attendance,
    abilities: { recordAttendance: manage },
  }));
}

export async function presentAttendance(db: Db, viewer: Viewer, rows: AttendanceRecord[]): Promise<TrainingAttendance[]> {
  const names = await namesFor(db, rows);
  const manage = mayManageTraining(viewer);
  return rows.map((row) => ({
    id: row.id,
    sessionId: row.sessionId,
    courseId: row.courseId,
    courseTitle: row.courseTitle,
    attendeeName: row.attendeeName,
    audience: row.audience,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    userId: row.userId,
    regionCode: row.regionCode,
    regionName: pathOf(row.regionCode, names),
    attendedAt: row.attendedAt.toISOString(),
    recordedAt: row.createdAt.toISOString(),
    abilities: { remove: manage },
  }));
}
