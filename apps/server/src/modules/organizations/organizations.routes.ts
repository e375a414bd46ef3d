import {
  createOrganizationBody,
  idParams,
  organizationHistorySchema,
  organizationListQuery,
  organizationSchema,
  pageOf,
  revealedPersonalData,
  updateOrganizationBody,
} from '@linli/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import type { Viewer } from './organizations.policy.js';
import { presentOrganizations } from './organizations.presenter.js';
import type { OrganizationRecord } from './organizations.repository.js';
import * as service from './organizations.service.js';

const tags = ['organizations'];

function viewerOf(request: FastifyRequest): Viewer {
  const actor = actorOf(request);
  return { id: actor.id, role: actor.role, scope: actor.scope };
}

export async function organizationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;
  const present = async (viewer: Viewer, record: OrganizationRecord) =>
    (await presentOrganizations(db, services.cipher, viewer, [record]))[0]!;

  app.get(
    '/organizations',
    {
      schema: { tags, querystring: organizationListQuery, response: { 200: pageOf(organizationSchema) } },
      config: { access: access.to('organizations:read') },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { page, pageSize } = request.query;
      const { items, total } = await service.listOrganizations(services, viewer, request.query);
      return { items: await presentOrganizations(db, services.cipher, viewer, items), total, page, pageSize };
    },
  );

  app.get(
    '/organizations/:id',
    { schema: { tags, params: idParams, response: { 200: organizationSchema } }, config: { access: access.to('organizations:read') } },
    async (request) => {
      const viewer = viewerOf(request);
      return present(viewer, await service.getOrganization(services, viewer, request.params.id));
    },
  );

  app.post(
    '/organizations',
    {
      schema: { tags, body: createOrganizationBody, response: { 201: organizationSchema } },
      config: { access: access.to('organizations:create') },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const created = await service.createOrganization(services, viewer, auditActorOf(request), request.body);
      return reply.code(201).send(await present(viewer, created));
    },
  );

  app.patch(
    '/organizations/:id',
    {
      schema: { tags, params: idParams, body: updateOrganizationBody, response: { 200: organizationSchema } },
      config: { access: access.to('organizations:update') },
    },
    async (request) => {
      const viewer = viewerOf(request);
      return present(viewer, await service.updateOrganization(services, viewer, auditActorOf(request), request.params.id, request.body));
    },
  );

  app.get(
    '/organizations/:id/history',
    {
      schema: { tags, params: idParams, response: { 200: organizationHistorySchema } },
      config: { access: access.to('organizations:read') },
    },
    async (request) => ({ items: await service.organizationHistory(services, viewerOf(request), request.params.id) }),
  );

  app.post(
    '/organizations/:id/reveal',
    { schema: { tags, params: idParams, response: { 200: revealedPersonalData } }, config: { access: access.to('organizations:reveal') } },
    async (request) => service.revealPersonalData(services, viewerOf(request), auditActorOf(request), request.params.id),
  );
}
