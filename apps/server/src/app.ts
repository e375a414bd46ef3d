import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from './config.js';
import type { Database } from './db/database.js';
import { activityRoutes } from './modules/activities/activities.routes.js';
import { attachmentRoutes } from './modules/activities/attachments.routes.js';
import { majorReportRoutes } from './modules/activities/major-reports.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { exportRoutes } from './modules/exports/exports.routes.js';
import { filingRoutes } from './modules/filings/filings.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { importRoutes } from './modules/ledger/imports.routes.js';
import { organizationRoutes } from './modules/organizations/organizations.routes.js';
import { partyRoutes } from './modules/party/party.routes.js';
import { policyRoutes } from './modules/policies/policies.routes.js';
import { regionRoutes } from './modules/regions/regions.routes.js';
import { retaggingRoutes } from './modules/retagging/retagging.routes.js';
import { statsRoutes } from './modules/stats/stats.routes.js';
import { trainingRoutes } from './modules/training/training.routes.js';
import { userRoutes } from './modules/users/users.routes.js';
import { volunteeringRoutes } from './modules/volunteering/volunteering.routes.js';
import { registerAccessControl, type AccessTable } from './platform/access-control.js';
import { authRoutes } from './platform/auth/auth.routes.js';
import './platform/context.js';
import { registerErrorHandler } from './platform/error-handler.js';
import { access } from './platform/permissions.js';
import { createServices } from './platform/services.js';

export const BODY_LIMIT = 1024 * 1024;
const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** The built file a path names, or index.html for a client-side route; null when the web app is not built. */
function webFileFor(root: string, path: string): string | null {
  const candidate = resolve(root, `./${path}`);
  if (candidate.startsWith(root + sep) && isFile(candidate)) return relative(root, candidate);
  return isFile(join(root, 'index.html')) ? 'index.html' : null;
}

export interface BuiltApp {
  app: FastifyInstance;
  accessTable: AccessTable;
}

export async function buildApp(
  database: Database,
  config: AppConfig,
  options: { logger?: boolean; webRoot?: string } = {},
): Promise<BuiltApp> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: options.logger ? { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] } : false,
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', createServices(database, config));
  app.addHook('onClose', () => app.services.background.idle());

  registerErrorHandler(app);
  await app.register(cookie);
  // Helmet before access control: its onRequest hook must set the headers before a refusal ends the request.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // Ant Design injects its styles at run time
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  const accessTable = registerAccessControl(app);
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Linli API', version: '1', description: '社区社会组织培育发展与管理平台 — REST API' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'linli_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: access.public } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(regionRoutes);
      await api.register(organizationRoutes);
      await api.register(filingRoutes);
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(policyRoutes);
      await api.register(statsRoutes);
      await api.register(retaggingRoutes);
      await api.register(importRoutes);
      await api.register(exportRoutes);
      await api.register(volunteeringRoutes);
      await api.register(activityRoutes);
      await api.register(attachmentRoutes);
      await api.register(majorReportRoutes);
      await api.register(trainingRoutes);
      await api.register(partyRoutes);
    },
    { prefix: '/api/v1' },
  );

  // The web app: its built files, and index.html for every other GET outside /api (client-side routes).
  // One declared route rather than @fastify/static's own per-file routes, which would carry no access.
  const webRoot = options.webRoot ?? defaultWebRoot;
  if (existsSync(webRoot)) await app.register(fastifyStatic, { root: webRoot, serve: false });
  app.get('/*', { schema: { hide: true }, config: { access: access.public } }, async (request, reply) => {
    const file = request.url.startsWith('/api/') ? null : webFileFor(webRoot, (request.params as { '*': string })['*']);
    return file ? reply.sendFile(file) : reply.callNotFound();
  });
  return { app, accessTable };
}
