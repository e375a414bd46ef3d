import { retaggingApplyBody, retaggingBody, retaggingPreviewSchema } from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import { applyRetagging, previewRetagging } from './retagging.service.js';

const tags = ['organizations'];
const retag = { access: access.to('organizations:retag') };

export async function retaggingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;

  app.post(
    '/retaggings/preview',
    { schema: { tags, body: retaggingBody, response: { 200: retaggingPreviewSchema } }, config: retag },
    async (request) => previewRetagging(services, actorOf(request).scope, request.body),
  );

  app.post(
    '/retaggings',
    { schema: { tags, body: retaggingApplyBody, response: { 200: z.object({ organizations: z.number().int() }) } }, config: retag },
    async (request) => {
      const actor = actorOf(request);
      return applyRetagging(services, actor.scope, { ...auditActorOf(request), id: actor.id }, request.body);
    },
  );
}
