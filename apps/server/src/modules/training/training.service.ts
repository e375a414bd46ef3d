// Courses and their sessions (suzhou-2021 二（二）1): offices run them for their region, hubs for theirs.
import type { createCourseBody, createSessionBody, updateCourseBody } from '@linli/shared';
import type { z } from 'zod';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import { mayManageTraining, type Viewer } from './training.policy.js';
import * as repository from './training.repository.js';
import type { CourseRecord, SessionRecord } from './training.repository.js';

const fieldError = (path: string, message: string) => new AppError('validation_failed', {}, [{ path, message }]);

export async function getCourse(services: Services, viewer: Viewer, id: string): Promise<CourseRecord> {
  const found = await repository.findCourse(viewer.scope, services.database.db, id);
  if (!found) throw new AppError('not_found');
  return found;
}

export async function getSession(services: Services, viewer: Viewer, id: string): Promise<SessionRecord> {
  const found = await repository.findSession(viewer.scope, services.database.db, id);
  if (!found) throw new AppError('not_found');
  return found;
}

function requireManage(viewer: Viewer) {
  if (!mayManageTraining(viewer)) throw new AppError('forbidden');
}

/**
 * Where a new course belongs. A hub's staff run courses for the hub they lead (the one they name, or their only
 * one); an office names a hub in its region (the course takes the hub's region) or a region in its scope (its own
 * by default).
 */
async function courseHome(
  services: Services,
  viewer: Viewer,
  body: { regionCode?: string; providerOrganizationId?: string | null },
): Promise<{ regionCode: string; providerOrganizationId: string | null }> {
  const { db } = services.database;
  if (viewer.role === 'org_leader') {
    const hubs = await repository.hubsOf(db, viewer.id);
    if (hubs.length === 0) throw new AppError('forbidden');
    const hub = body.providerOrganizationId
      ? hubs.find((h) => h.id === body.providerOrganizationId)
      : hubs.length === 1
        ? hubs[0]
        : undefined;
    if (!hub) throw fieldError('providerOrganizationId', body.providerOrganizationId ? 'course_hub_not_yours' : 'required');
    return { regionCode: hub.regionCode, providerOrganizationId: hub.id };
  }
  if (body.providerOrganizationId) {
    const hub = await repository.findHub(viewer.scope, db, body.providerOrganizationId);
    if (!hub) throw fieldError('providerOrganizationId', 'not_a_hub');
    return { regionCode: hub.regionCode, providerOrganizationId: hub.id };
  }
  const code = body.regionCode ?? viewer.scope.regionPrefix ?? '';
  const region = await requireRegionInScope(services, viewer.scope, code, 'regionCode', [1, 2, 3, 4, 5]);
  return { regionCode: region.code, providerOrganizationId: null };
}

export async function createCourse(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  body: z.output<typeof createCourseBody>,
): Promise<CourseRecord> {
  requireManage(viewer);
  const home = await courseHome(services, viewer, body);
  const created = await services.database.transaction(async (tx) => {
    const row = await repository.insertCourse(tx, {
      ...home,
      title: body.title,
      audiences: body.audiences,
      description: body.description,
      createdBy: viewer.id,
    });
    await recordAudit(tx, actor, {
      action: 'training_course.created',
      targetType: 'training_course',
      targetId: row.id,
      regionCode: row.regionCode,
      after: { title: row.title, audiences: row.audiences, providerOrganizationId: row.providerOrganizationId },
    });
    return row;
  });
  return getCourse(services, viewer, created.id);
}

export async function updateCourse(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  id: string,
  body: z.output<typeof updateCourseBody>,
): Promise<CourseRecord> {
  const existing = await getCourse(services, viewer, id);
  requireManage(viewer);
  const changed = Object.fromEntries(
    Object.entries(body).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(existing[field as keyof typeof body])),
  );
  if (Object.keys(changed).length === 0) return existing;
  await services.database.transaction(async (tx) => {
    await repository.updateCourse(tx, id, changed);
    await recordAudit(tx, actor, {
      action: 'training_course.updated',
      targetType: 'training_course',
      targetId: id,
      regionCode: existing.regionCode,
      before: Object.fromEntries(Object.keys(changed).map((field) => [field, existing[field as keyof typeof body]])),
      after: changed,
    });
  });
  return getCourse(services, viewer, id);
}

export async function listCourses(
  services: Services,
  viewer: Viewer,
  query: { region?: string; audience?: string[]; organizationId?: string; q?: string; page: number; pageSize: number },
) {
  const { page, pageSize, ...filter } = query;
  return repository.listCourses(viewer.scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}

export async function createSession(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  courseId: string,
  body: z.output<typeof createSessionBody>,
): Promise<SessionRecord> {
  const course = await getCourse(services, viewer, courseId);
  requireManage(viewer);
  const created = await services.database.transaction(async (tx) => {
    const row = await repository.insertSession(tx, {
      courseId,
      regionCode: course.regionCode,
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
      venue: body.venue,
      createdBy: viewer.id,
    });
    await recordAudit(tx, actor, {
      action: 'training_session.created',
      targetType: 'training_session',
      targetId: row.id,
      regionCode: row.regionCode,
      after: { courseId, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), venue: row.venue },
    });
    return row;
  });
  return getSession(services, viewer, created.id);
}

export async function listSessions(
  services: Services,
  viewer: Viewer,
  query: {
    region?: string;
    from?: string;
    to?: string;
    audience?: string[];
    courseId?: string;
    organizationId?: string;
    sort: string;
    page: number;
    pageSize: number;
  },
) {
  const { page, pageSize, sort, ...filter } = query;
  return repository.listSessions(viewer.scope, services.database.db, {
    ...filter,
    descending: sort.startsWith('-'),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
}
