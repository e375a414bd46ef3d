import { pageOf, regionCodeParams, regionDetailSchema, regionKindBody, regionListQuery, regionSchema } from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { access } from '../../platform/permissions.js';
import * as repository from './regions.repository.js';
import { setCommunityKind } from './regions.service.js';

export async function regionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;

  app.get(
    '/regions',
    { schema: { tags: ['regions'], querystring: regionListQuery, response: { 200: pageOf(regionSchema) } }, config: { access: access.to('regions:read') } },
    async (request) => {
      const { page, pageSize, parent, q } = request.query;
      const { items, total } = await repository.listRegions(actorOf(request).scope, db, { parent, q, limit: pageSize, offset: (page - 1) * pageSize });
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/regions/:code',
    { schema: { tags: ['regions'], params: regionCodeParams, response: { 200: regionDetailSchema } }, config: { access: access.to('regions:read') } },
    async (request) => {
      const region = await repository.findRegion(actorOf(request).scope, db, request.params.code);
      if (!region) throw new AppError('not_found');
      return { ...region, path: await repository.regionPath(db, region.code) };
    },
  );

  app.patch(
    '/regions/:code',
    { schema: { tags: ['regions'], params: regionCodeParams, body: regionKindBody, response: { 200: regionSchema } }, config: { access: access.to('regions:update') } },
    async (request) => setCommunityKind(services, actorOf(request).scope, auditActorOf(request), request.params.code, request.body.kind),
  );
}
