import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '@linli/shared';
import { deleteSession, findSessionWithUser, touchSession } from './auth/auth.repository.js';
import type { Actor } from './context.js';
import { AppError } from './errors.js';
import { can, describeAccess, type RouteAccess } from './permissions.js';

export const SESSION_COOKIE = 'linli_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// A session's last-seen time is written at most this often, not on every request.
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** method + url → declared access, for the route-access snapshot test. */
export type AccessTable = Map<string, string>;

export function registerAccessControl(app: FastifyInstance): AccessTable {
  const table: AccessTable = new Map();
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    const declared = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!declared) throw new Error(`route ${methods.join(',')} ${route.url} declares no access (config.access)`);
    for (const method of methods) if (method !== 'HEAD') table.set(`${method} ${route.url}`, describeAccess(declared));
  });

  app.addHook('onRequest', async (request, reply) => {
    const declared = request.routeOptions.config?.access as RouteAccess | undefined;
    if (!declared) return; // 404 handler
    await resolveActor(app, request);
    if ('public' in declared) return;
    if (!request.actor) throw new AppError(request.sessionExpired ? 'session_expired' : 'not_authenticated');
    if ('permission' in declared && !can(request.actor.role, declared.permission)) throw new AppError('forbidden');
    if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(request.headers[CSRF_HEADER], request.actor.csrfToken)) {
      throw new AppError('csrf_failed');
    }
    void reply;
  });
  return table;
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
function csrfTokenMatches(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

declare module 'fastify' {
  interface FastifyRequest {
    sessionExpired?: boolean;
  }
}

async function resolveActor(app: FastifyInstance, request: FastifyRequest) {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const { db } = app.services.database;
  const tokenHash = hashToken(token);
  const found = await findSessionWithUser(db, tokenHash);
  if (!found) return;
  const { session, user } = found;
  const idleMs = Date.now() - new Date(session.lastSeenAt).getTime();
  if (idleMs > app.services.config.sessionIdleMs || user.status !== 'active') {
    await deleteSession(db, tokenHash);
    request.sessionExpired = true;
    return;
  }
  if (idleMs > TOUCH_INTERVAL_MS) await touchSession(db, tokenHash);
  request.actor = toActor(found);
}

export function toActor({ session, user, regionName }: NonNullable<Awaited<ReturnType<typeof findSessionWithUser>>>): Actor {
  const role = user.role as Role;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role,
    regionCode: user.regionCode,
    regionName: regionName ?? null,
    tokenHash: session.tokenHash,
    csrfToken: session.csrfToken,
    scope: { userId: user.id, role, regionPrefix: user.regionCode },
  };
}
