import { packSchema, policyBindingBody, policyBindingSchema, policySummarySchema, statsRegionQuery } from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { access } from '../../platform/permissions.js';
import { bindPolicies, readBinding } from './policy-bindings.service.js';

const tags = ['policies'];

// 政策与目标: the packs as shipped (read-only data) and which regions adopt them.
export async function policyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;

  app.get(
    '/policies',
    { schema: { tags, response: { 200: z.array(policySummarySchema) } }, config: { access: access.to('policies:read') } },
    async () =>
      services.packs.all.map((pack) => ({
        id: pack.id,
        version: pack.version,
        title: pack.title,
        documentNumber: pack.documentNumber,
        issuer: pack.issuer,
        issuedOn: pack.issuedOn,
        sourceFile: pack.source.file,
        bindsTo: pack.bindsTo,
        indicatorCount: pack.indicators.length,
      })),
  );

  app.get(
    '/policies/:id',
    { schema: { tags, params: z.object({ id: z.string().max(64) }), response: { 200: packSchema } }, config: { access: access.to('policies:read') } },
    async (request) => {
      const pack = services.packs.get(request.params.id);
      if (!pack) throw new AppError('not_found');
      return pack;
    },
  );

  app.get(
    '/policy-bindings',
    { schema: { tags, querystring: statsRegionQuery, response: { 200: policyBindingSchema } }, config: { access: access.to('policies:read') } },
    async (request) => readBinding(services, actorOf(request).scope, request.query.region),
  );

  app.put(
    '/policy-bindings',
    { schema: { tags, querystring: statsRegionQuery, body: policyBindingBody, response: { 200: policyBindingSchema } }, config: { access: access.to('policies:bind') } },
    async (request) => bindPolicies(services, actorOf(request).scope, auditActorOf(request), request.query.region, request.body),
  );
}
