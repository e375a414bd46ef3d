import { activityDetailSchema, attachmentParams, attachmentQuery, idParams } from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { access } from '../../platform/permissions.js';
import { attachment } from '../../platform/spreadsheet.js';
import { presentActivityDetail } from './activities.presenter.js';
import { getActivityDetail } from './activities.service.js';
import { MAX_ATTACHMENT_BYTES } from './attachment-types.js';
import * as service from './attachments.service.js';

const tags = ['activities'];

// Photos and documents of an activity: the file is the request body itself (like a ledger upload), its name in
// ?filename=; what it is, is judged from its bytes.
export async function attachmentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_request, body, done) => done(null, body));

  app.post(
    '/activities/:id/attachments',
    {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      schema: { tags, params: idParams, querystring: attachmentQuery, response: { 201: activityDetailSchema } },
      config: { access: access.to('activities:write') },
    },
    async (request, reply) => {
      const bytes = request.body;
      // a JSON or form body is not a file
      if (!Buffer.isBuffer(bytes)) throw new AppError('attachment_type_not_allowed');
      const { scope } = actorOf(request);
      const { id } = request.params;
      await service.addAttachment(services, scope, auditActorOf(request), id, { filename: request.query.filename, bytes });
      return reply.code(201).send(await presentActivityDetail(services, scope, await getActivityDetail(services, scope, id)));
    },
  );

  app.get(
    '/activities/:id/attachments/:attachmentId',
    { schema: { tags, params: attachmentParams }, config: { access: access.to('activities:read') } },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const file = await service.readAttachment(services, actorOf(request).scope, id, attachmentId);
      // always a download, never rendered in the platform's own origin
      return reply.type(file.contentType).header('content-disposition', attachment(file.filename)).send(file.data);
    },
  );

  app.delete(
    '/activities/:id/attachments/:attachmentId',
    {
      schema: { tags, params: attachmentParams, response: { 200: activityDetailSchema } },
      config: { access: access.to('activities:write') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { id, attachmentId } = request.params;
      await service.removeAttachment(services, scope, auditActorOf(request), id, attachmentId);
      return presentActivityDetail(services, scope, await getActivityDetail(services, scope, id));
    },
  );
}
