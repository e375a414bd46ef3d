import { createRewardBody, idParams, pageOf, redemptionResultSchema, rewardListQuery, rewardSchema, updateRewardBody } from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';
import * as service from './rewards.service.js';
import { presentRedemption, presentRewards } from './volunteering.presenter.js';

const tags = ['volunteering'];

export async function rewardRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;
  const detail = async (scope: Scope, id: string) =>
    (await presentRewards(db, scope.role, [await service.findVisibleReward(services, scope, id)]))[0]!;

  app.get(
    '/rewards',
    {
      schema: { tags, querystring: rewardListQuery, response: { 200: pageOf(rewardSchema) } },
      config: { access: access.to('rewards:read') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { page, pageSize } = request.query;
      const { items, total } = await service.listRewards(services, scope, request.query);
      return { items: await presentRewards(db, scope.role, items), total, page, pageSize };
    },
  );

  app.post(
    '/rewards',
    { schema: { tags, body: createRewardBody, response: { 201: rewardSchema } }, config: { access: access.to('rewards:manage') } },
    async (request, reply) => {
      const { scope } = actorOf(request);
      const id = await service.createReward(services, scope, auditActorOf(request), request.body);
      return reply.code(201).send(await detail(scope, id));
    },
  );

  app.patch(
    '/rewards/:id',
    {
      schema: { tags, params: idParams, body: updateRewardBody, response: { 200: rewardSchema } },
      config: { access: access.to('rewards:manage') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.updateReward(services, scope, auditActorOf(request), request.params.id, request.body);
      return detail(scope, request.params.id);
    },
  );

  app.post(
    '/rewards/:id/redemptions',
    {
      schema: { tags, params: idParams, response: { 201: redemptionResultSchema } },
      config: { access: access.to('volunteers:self') },
    },
    async (request, reply) => {
      const result = await service.redeem(services, actorOf(request).scope, auditActorOf(request), request.params.id);
      return reply.code(201).send({ ...result, redemption: presentRedemption(result.redemption) });
    },
  );
}
