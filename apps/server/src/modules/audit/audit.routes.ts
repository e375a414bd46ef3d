import { auditEventSchema, auditListQuery, auditVerificationSchema, pageOf } from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { verifyAuditChain } from '../../platform/audit.js';
import { actorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import { presentAuditEvent } from './audit.presenter.js';
import * as repository from './audit.repository.js';

const tags = ['audit'];
const read = { access: access.to('audit:read') };

// 审计: the audit administrator reads the trail and checks that nobody tampered with it; nothing here writes.
export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.services.database;

  app.get(
    '/audit-events',
    { schema: { tags, querystring: auditListQuery, response: { 200: pageOf(auditEventSchema) } }, config: read },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const { items, total } = await repository.listAuditEvents(actorOf(request).scope, db, {
        ...filter,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: items.map(presentAuditEvent), total, page, pageSize };
    },
  );

  app.get('/audit-events/verify', { schema: { tags, response: { 200: auditVerificationSchema } }, config: read }, async () =>
    verifyAuditChain(db),
  );
}
