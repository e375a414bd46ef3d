import {
  confirmHoursBody,
  createNeedBody,
  idParams,
  needListQuery,
  needSchema,
  pageOf,
  serviceRecordSchema,
  signupSchema,
  updateNeedBody,
  versionOnlyBody,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';
import * as service from './needs.service.js';
import { confirmHours } from './service-records.service.js';
import { presentNeeds, presentServiceRecords, presentSignups } from './volunteering.presenter.js';
import { findServiceRecord } from './service-records.repository.js';

const tags = ['volunteering'];

export async function needRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;
  const detail = async (scope: Scope, id: string) =>
    (await presentNeeds(db, scope.role, [await service.findVisibleNeed(services, scope, id)]))[0]!;

  app.get(
    '/volunteer-needs',
    {
      schema: { tags, querystring: needListQuery, response: { 200: pageOf(needSchema) } },
      config: { access: access.to('volunteer_needs:read') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { page, pageSize } = request.query;
      const { items, total } = await service.listNeeds(services, scope, request.query);
      return { items: await presentNeeds(db, scope.role, items), total, page, pageSize };
    },
  );

  app.post(
    '/volunteer-needs',
    { schema: { tags, body: createNeedBody, response: { 201: needSchema } }, config: { access: access.to('volunteer_needs:manage') } },
    async (request, reply) => {
      const { scope } = actorOf(request);
      const id = await service.createNeed(services, scope, auditActorOf(request), request.body);
      return reply.code(201).send(await detail(scope, id));
    },
  );

  app.get(
    '/volunteer-needs/:id',
    { schema: { tags, params: idParams, response: { 200: needSchema } }, config: { access: access.to('volunteer_needs:read') } },
    async (request) => detail(actorOf(request).scope, request.params.id),
  );

  app.patch(
    '/volunteer-needs/:id',
    {
      schema: { tags, params: idParams, body: updateNeedBody, response: { 200: needSchema } },
      config: { access: access.to('volunteer_needs:manage') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.updateNeed(services, scope, auditActorOf(request), request.params.id, request.body);
      return detail(scope, request.params.id);
    },
  );

  app.post(
    '/volunteer-needs/:id/close',
    {
      schema: { tags, params: idParams, body: versionOnlyBody, response: { 200: needSchema } },
      config: { access: access.to('volunteer_needs:manage') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.closeNeed(services, scope, auditActorOf(request), request.params.id, request.body.version);
      return detail(scope, request.params.id);
    },
  );

  app.get(
    '/volunteer-needs/:id/signups',
    {
      schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(signupSchema) }) } },
      config: { access: access.to('volunteer_needs:manage') },
    },
    async (request) => ({
      items: presentSignups(services.cipher, await service.listSignups(services, actorOf(request).scope, request.params.id)),
    }),
  );

  app.post(
    '/volunteer-needs/:id/signups',
    { schema: { tags, params: idParams, response: { 201: needSchema } }, config: { access: access.to('volunteers:self') } },
    async (request, reply) => {
      const { scope } = actorOf(request);
      await service.signUp(services, scope, auditActorOf(request), request.params.id);
      return reply.code(201).send(await detail(scope, request.params.id));
    },
  );

  app.delete(
    '/volunteer-needs/:id/signups/me',
    { schema: { tags, params: idParams, response: { 200: needSchema } }, config: { access: access.to('volunteers:self') } },
    async (request) => {
      const { scope } = actorOf(request);
      await service.withdraw(services, scope, auditActorOf(request), request.params.id);
      return detail(scope, request.params.id);
    },
  );

  app.post(
    '/volunteer-needs/:id/service-records',
    {
      schema: { tags, params: idParams, body: confirmHoursBody, response: { 201: serviceRecordSchema } },
      config: { access: access.to('volunteer_needs:manage') },
    },
    async (request, reply) => {
      const { scope } = actorOf(request);
      const record = await confirmHours(services, scope, auditActorOf(request), request.params.id, request.body);
      const confirmed = await findServiceRecord(scope, db, record.id);
      return reply.code(201).send((await presentServiceRecords(db, [confirmed!]))[0]!);
    },
  );
}
