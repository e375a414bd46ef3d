import {
  activityDetailSchema,
  activityListQuery,
  activitySchema,
  activitySeriesQuery,
  activitySeriesSchema,
  createActivityBody,
  idParams,
  markHeldBody,
  pageOf,
  pageQuery,
  publicActivitiesQuery,
  publicActivitySchema,
  updateActivityBody,
  versionBody,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';
import { presentActivities, presentActivityDetail, presentPublicActivities } from './activities.presenter.js';
import * as service from './activities.service.js';
import { activitySeriesOf } from './region-packs.js';

const tags = ['activities'];

export async function activityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const detail = async (scope: Scope, id: string) =>
    presentActivityDetail(services, scope, await service.getActivityDetail(services, scope, id));

  app.get(
    '/activities',
    {
      schema: { tags, querystring: activityListQuery, response: { 200: pageOf(activitySchema) } },
      config: { access: access.to('activities:read') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { page, pageSize } = request.query;
      const { items, total } = await service.listActivities(services, scope, request.query);
      return { items: await presentActivities(services, scope, items), total, page, pageSize };
    },
  );

  app.post(
    '/activities',
    {
      schema: { tags, body: createActivityBody, response: { 201: activityDetailSchema } },
      config: { access: access.to('activities:write') },
    },
    async (request, reply) => {
      const { scope } = actorOf(request);
      const id = await service.createActivity(services, scope, auditActorOf(request), request.body);
      return reply.code(201).send(await detail(scope, id));
    },
  );

  app.get(
    '/activities/:id',
    { schema: { tags, params: idParams, response: { 200: activityDetailSchema } }, config: { access: access.to('activities:read') } },
    async (request) => detail(actorOf(request).scope, request.params.id),
  );

  app.patch(
    '/activities/:id',
    {
      schema: { tags, params: idParams, body: updateActivityBody, response: { 200: activityDetailSchema } },
      config: { access: access.to('activities:write') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.updateActivity(services, scope, auditActorOf(request), request.params.id, request.body);
      return detail(scope, request.params.id);
    },
  );

  app.post(
    '/activities/:id/held',
    {
      schema: { tags, params: idParams, body: markHeldBody, response: { 200: activityDetailSchema } },
      config: { access: access.to('activities:write') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.markHeld(services, scope, auditActorOf(request), request.params.id, request.body);
      return detail(scope, request.params.id);
    },
  );

  app.post(
    '/activities/:id/cancel',
    {
      schema: { tags, params: idParams, body: versionBody, response: { 200: activityDetailSchema } },
      config: { access: access.to('activities:write') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.cancelActivity(services, scope, auditActorOf(request), request.params.id, request.body.version);
      return detail(scope, request.params.id);
    },
  );

  app.get(
    '/organizations/:id/activities',
    {
      schema: { tags, params: idParams, querystring: pageQuery, response: { 200: pageOf(activitySchema) } },
      config: { access: access.to('activities:read') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { page, pageSize } = request.query;
      const { items, total } = await service.listOrganizationActivities(services, scope, request.params.id, page, pageSize);
      return { items: await presentActivities(services, scope, items), total, page, pageSize };
    },
  );

  // Pack data (the series and rules of the packs a region adopts), not records: any region may be asked about.
  app.get(
    '/activity-series',
    {
      schema: { tags, querystring: activitySeriesQuery, response: { 200: activitySeriesSchema } },
      config: { access: access.to('activities:read') },
    },
    async (request) => activitySeriesOf(services, request.query.region ?? actorOf(request).regionCode ?? ''),
  );

  app.get(
    '/public-activities',
    {
      schema: { tags, querystring: publicActivitiesQuery, response: { 200: pageOf(publicActivitySchema) } },
      config: { access: access.to('public_activities:read') },
    },
    async (request) => {
      const { page, pageSize, when } = request.query;
      const { items, total } = await service.listPublicActivities(services, actorOf(request).scope, when, page, pageSize);
      return { items: await presentPublicActivities(services, items), total, page, pageSize };
    },
  );
}
