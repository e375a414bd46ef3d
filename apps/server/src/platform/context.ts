import type { Role } from '@linli/shared';
import type { AppConfig } from '../config.js';
import type { Database } from '../db/database.js';
import type { AuditActor } from './audit.js';
import type { BackgroundWork } from './background.js';
import type { PackRegistry } from '../modules/policies/pack-loader.js';
import type { FieldCipher } from './crypto.js';
import type { RouteAccess } from './permissions.js';
import type { Scope } from './scope.js';

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  regionName: string | null;
  tokenHash: string;
  csrfToken: string;
  scope: Scope;
}

/** What every service needs: the database, the field cipher, the settings, the policy packs and background work. */
export interface Services {
  database: Database;
  cipher: FieldCipher;
  config: AppConfig;
  packs: PackRegistry;
  background: BackgroundWork;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The signed-in actor; routes behind `authenticated` or a permission always have one. */
export function actorOf(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new Error('route declared access but no actor was resolved');
  return request.actor;
}

export function auditActorOf(request: { actor: Actor | null; ip: string }): AuditActor {
  return { id: request.actor?.id ?? null, name: request.actor?.displayName ?? null, ip: request.ip };
}
