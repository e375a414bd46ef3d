import { createUserBody, idParams, pageOf, updateUserBody, userListQuery, userSchema } from '@linli/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import { presentUser } from './users.presenter.js';
import * as service from './users.service.js';

const tags = ['users'];
const manage = { access: access.to('users:manage') };

function adminOf(request: FastifyRequest): service.Admin {
  const actor = actorOf(request);
  return { id: actor.id, scope: actor.scope };
}

// 账号管理: the system administrator's accounts page.
export async function userRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;

  app.get(
    '/users',
    { schema: { tags, querystring: userListQuery, response: { 200: pageOf(userSchema) } }, config: manage },
    async (request) => {
      const { items, total } = await service.listUsers(services, adminOf(request), request.query);
      return { items: items.map(presentUser), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get('/users/:id', { schema: { tags, params: idParams, response: { 200: userSchema } }, config: manage }, async (request) =>
    presentUser(await service.getUser(services, adminOf(request), request.params.id)),
  );

  app.post('/users', { schema: { tags, body: createUserBody, response: { 201: userSchema } }, config: manage }, async (request, reply) => {
    const created = await service.createUser(services, adminOf(request), auditActorOf(request), request.body);
    return reply.code(201).send(presentUser(created));
  });

  app.patch(
    '/users/:id',
    { schema: { tags, params: idParams, body: updateUserBody, response: { 200: userSchema } }, config: manage },
    async (request) =>
      presentUser(await service.updateUser(services, adminOf(request), auditActorOf(request), request.params.id, request.body)),
  );
}
