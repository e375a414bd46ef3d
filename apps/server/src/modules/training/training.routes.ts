import {
  attendanceIdParams,
  attendanceListQuery,
  attendanceSchema,
  courseListQuery,
  courseSchema,
  createCourseBody,
  createSessionBody,
  idParams,
  pageOf,
  personTimesQuery,
  personTimesSchema,
  recordAttendanceBody,
  recordAttendanceResult,
  sessionListQuery,
  sessionSchema,
  updateCourseBody,
} from '@linli/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import * as attendance from './attendance.service.js';
import { personTimes } from './person-times.service.js';
import type { Viewer } from './training.policy.js';
import { presentAttendance, presentCourses, presentSessions } from './training.presenter.js';
import * as service from './training.service.js';

const tags = ['training'];
const read = { access: access.to('training:read') };
const manage = { access: access.to('training:manage') };

function viewerOf(request: FastifyRequest): Viewer {
  const actor = actorOf(request);
  return { id: actor.id, role: actor.role, scope: actor.scope };
}

// 培训: courses, sessions, attendance (person-times) and their roll-up by region.
export async function trainingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;

  app.get(
    '/training/courses',
    { schema: { tags, querystring: courseListQuery, response: { 200: pageOf(courseSchema) } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      const { items, total } = await service.listCourses(services, viewer, request.query);
      return { items: await presentCourses(db, viewer, items), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/training/courses',
    { schema: { tags, body: createCourseBody, response: { 201: courseSchema } }, config: manage },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const created = await service.createCourse(services, viewer, auditActorOf(request), request.body);
      return reply.code(201).send((await presentCourses(db, viewer, [created]))[0]);
    },
  );

  app.get(
    '/training/courses/:id',
    { schema: { tags, params: idParams, response: { 200: courseSchema } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      return (await presentCourses(db, viewer, [await service.getCourse(services, viewer, request.params.id)]))[0];
    },
  );

  app.patch(
    '/training/courses/:id',
    { schema: { tags, params: idParams, body: updateCourseBody, response: { 200: courseSchema } }, config: manage },
    async (request) => {
      const viewer = viewerOf(request);
      const updated = await service.updateCourse(services, viewer, auditActorOf(request), request.params.id, request.body);
      return (await presentCourses(db, viewer, [updated]))[0];
    },
  );

  app.post(
    '/training/courses/:id/sessions',
    { schema: { tags, params: idParams, body: createSessionBody, response: { 201: sessionSchema } }, config: manage },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const created = await service.createSession(services, viewer, auditActorOf(request), request.params.id, request.body);
      return reply.code(201).send((await presentSessions(db, viewer, [created]))[0]);
    },
  );

  app.get(
    '/training/sessions',
    { schema: { tags, querystring: sessionListQuery, response: { 200: pageOf(sessionSchema) } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      const { items, total } = await service.listSessions(services, viewer, request.query);
      return { items: await presentSessions(db, viewer, items), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/training/sessions/:id',
    { schema: { tags, params: idParams, response: { 200: sessionSchema } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      return (await presentSessions(db, viewer, [await service.getSession(services, viewer, request.params.id)]))[0];
    },
  );

  app.get(
    '/training/sessions/:id/attendance',
    { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(attendanceSchema) }) } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      return { items: await presentAttendance(db, viewer, await attendance.sessionSheet(services, viewer, request.params.id)) };
    },
  );

  app.post(
    '/training/sessions/:id/attendance',
    { schema: { tags, params: idParams, body: recordAttendanceBody, response: { 200: recordAttendanceResult } }, config: manage },
    async (request) => {
      const viewer = viewerOf(request);
      const result = await attendance.recordAttendance(services, viewer, auditActorOf(request), request.params.id, request.body.attendees);
      return { recorded: result.recorded.length, skipped: result.skipped, items: await presentAttendance(db, viewer, result.recorded) };
    },
  );

  app.get(
    '/training/attendance',
    { schema: { tags, querystring: attendanceListQuery, response: { 200: pageOf(attendanceSchema) } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      const { items, total } = await attendance.listAttendance(services, viewer, request.query);
      return { items: await presentAttendance(db, viewer, items), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.delete('/training/attendance/:id', { schema: { tags, params: attendanceIdParams }, config: manage }, async (request, reply) => {
    await attendance.removeAttendance(services, viewerOf(request), auditActorOf(request), request.params.id);
    return reply.code(204).send();
  });

  // a roll-up by region, like the dashboard's: for the offices that read statistics
  app.get(
    '/training/person-times',
    { schema: { tags, querystring: personTimesQuery, response: { 200: personTimesSchema } }, config: { access: access.to('stats:read') } },
    async (request) => personTimes(services, actorOf(request).scope, request.query),
  );
}
