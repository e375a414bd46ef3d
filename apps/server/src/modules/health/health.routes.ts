import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../../db/migrate.js';
import { AppError } from '../../platform/errors.js';
import { access } from '../../platform/permissions.js';

export async function healthRoutes(app: FastifyInstance) {
  // Process up: answers without touching the database, so it stays fast while PGlite is busy.
  app.get('/healthz', { schema: { hide: true }, config: { access: access.public } }, async () => ({ status: 'ok' }));

  // Database reachable and fully migrated.
  app.get('/readyz', { schema: { hide: true }, config: { access: access.public } }, async () => {
    const pending = await pendingMigrations(app.services.database).catch(() => -1);
    if (pending !== 0) throw new AppError('not_ready');
    return { status: 'ready', database: app.services.database.kind };
  });
}
