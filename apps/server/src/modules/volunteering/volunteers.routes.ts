import {
  idParams,
  pageOf,
  pageQuery,
  redemptionSchema,
  registerVolunteerBody,
  updateVolunteerBody,
  volunteerListQuery,
  volunteerRecordsSchema,
  volunteerSchema,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import { listOwnRedemptions } from './rewards.service.js';
import { presentRedemption, presentServiceRecords, presentVolunteer, presentVolunteers } from './volunteering.presenter.js';
import * as service from './volunteers.service.js';
import type { VolunteerRecord } from './volunteers.repository.js';

const tags = ['volunteering'];

export async function volunteerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;
  const present = (row: VolunteerRecord) => presentVolunteer(db, services.cipher, row);
  const history = async (volunteer: VolunteerRecord, query: { page: number; pageSize: number }) => {
    const { items, total } = await service.volunteerRecords(services, volunteer, query.page, query.pageSize);
    return { volunteer: await present(volunteer), items: await presentServiceRecords(db, items), total, ...query };
  };

  app.get(
    '/volunteers/me',
    { schema: { tags, response: { 200: volunteerSchema } }, config: { access: access.to('volunteers:self') } },
    async (request) => present(await service.getOwnVolunteer(services, actorOf(request).scope)),
  );

  app.post(
    '/volunteers/me',
    { schema: { tags, body: registerVolunteerBody, response: { 201: volunteerSchema } }, config: { access: access.to('volunteers:self') } },
    async (request, reply) => {
      const volunteer = await service.registerVolunteer(services, actorOf(request).scope, auditActorOf(request), request.body);
      return reply.code(201).send(await present(volunteer));
    },
  );

  app.patch(
    '/volunteers/me',
    { schema: { tags, body: updateVolunteerBody, response: { 200: volunteerSchema } }, config: { access: access.to('volunteers:self') } },
    async (request) => present(await service.updateOwnVolunteer(services, actorOf(request).scope, auditActorOf(request), request.body)),
  );

  app.get(
    '/volunteers/me/records',
    {
      schema: { tags, querystring: pageQuery, response: { 200: volunteerRecordsSchema } },
      config: { access: access.to('volunteers:self') },
    },
    async (request) => history(await service.requireOwnVolunteer(services, actorOf(request).scope), request.query),
  );

  app.get(
    '/volunteers/me/redemptions',
    {
      schema: { tags, querystring: pageQuery, response: { 200: pageOf(redemptionSchema) } },
      config: { access: access.to('volunteers:self') },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await listOwnRedemptions(services, actorOf(request).scope, page, pageSize);
      return { items: items.map(presentRedemption), total, page, pageSize };
    },
  );

  app.get(
    '/volunteers',
    {
      schema: { tags, querystring: volunteerListQuery, response: { 200: pageOf(volunteerSchema) } },
      config: { access: access.to('volunteers:read') },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await service.listVolunteers(services, actorOf(request).scope, request.query);
      return { items: await presentVolunteers(db, services.cipher, items), total, page, pageSize };
    },
  );

  app.get(
    '/volunteers/:id/records',
    {
      schema: { tags, params: idParams, querystring: pageQuery, response: { 200: volunteerRecordsSchema } },
      config: { access: access.to('volunteers:read') },
    },
    async (request) => history(await service.findVisibleVolunteer(services, actorOf(request).scope, request.params.id), request.query),
  );
}
