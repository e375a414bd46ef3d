import { changePasswordBody, loginBody, meSchema } from '@linli/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashToken, SESSION_COOKIE, toActor } from '../access-control.js';
import { actorOf, auditActorOf, type Actor } from '../context.js';
import { access, permissionsOf } from '../permissions.js';
import { findSessionWithUser } from './auth.repository.js';
import * as auth from './auth.service.js';

const presentMe = (actor: Actor) => ({
  id: actor.id,
  username: actor.username,
  displayName: actor.displayName,
  role: actor.role,
  regionCode: actor.regionCode,
  regionName: actor.regionName,
  permissions: permissionsOf(actor.role),
  csrfToken: actor.csrfToken,
});

export async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: services.config.secureCookies,
      path: '/',
    });

  app.post(
    '/auth/login',
    { schema: { tags: ['auth'], body: loginBody, response: { 200: meSchema } }, config: { access: access.public } },
    async (request, reply) => {
      const { username, password } = request.body;
      const { token } = await auth.login(services, username, password, { ip: request.ip, userAgent: request.headers['user-agent'] });
      setCookie(reply, token);
      return presentMe(toActor((await findSessionWithUser(services.database.db, hashToken(token)))!));
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], response: { 200: meSchema } }, config: { access: access.authenticated } },
    async (request) => presentMe(actorOf(request)),
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 204: z.null() } }, config: { access: access.authenticated } },
    async (request, reply) => {
      await auth.logout(services, actorOf(request).tokenHash, auditActorOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    { schema: { tags: ['auth'], body: changePasswordBody, response: { 204: z.null() } }, config: { access: access.authenticated } },
    async (request, reply) => {
      const actor = actorOf(request);
      await auth.changePassword(
        services,
        { ...auditActorOf(request), id: actor.id },
        actor.tokenHash,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.code(204).send(null);
    },
  );
}
