import {
  certificateCodeParams,
  certificateSchema,
  createCertificateBody,
  idParams,
  pageOf,
  pageQuery,
  publicCertificateSchema,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import { attachment } from '../../platform/spreadsheet.js';
import * as service from './certificates.service.js';
import { presentCertificate } from './volunteering.presenter.js';

const tags = ['volunteering'];

export async function certificateRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;

  app.post(
    '/volunteers/me/certificates',
    {
      schema: { tags, body: createCertificateBody, response: { 201: certificateSchema } },
      config: { access: access.to('volunteers:self') },
    },
    async (request, reply) => {
      const row = await service.issueCertificate(services, actorOf(request).scope, auditActorOf(request), request.body);
      return reply.code(201).send(presentCertificate(row));
    },
  );

  app.get(
    '/volunteers/me/certificates',
    {
      schema: { tags, querystring: pageQuery, response: { 200: pageOf(certificateSchema) } },
      config: { access: access.to('volunteers:self') },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await service.listOwnCertificates(services, actorOf(request).scope, page, pageSize);
      return { items: items.map(presentCertificate), total, page, pageSize };
    },
  );

  app.get(
    '/volunteers/me/certificates/:id/pdf',
    { schema: { tags, params: idParams, produces: ['application/pdf'] }, config: { access: access.to('volunteers:self') } },
    async (request, reply) => {
      // the printed address of the public check is this server's, as the volunteer reached it
      const baseUrl = `${request.protocol}://${request.host}`;
      const { pdf, filename } = await service.certificatePdf(services, actorOf(request).scope, request.params.id, baseUrl);
      return reply.type('application/pdf').header('content-disposition', attachment(filename)).send(pdf);
    },
  );

  // The public check of a certificate (no login): what it certified, the name masked.
  app.get(
    '/public/certificates/:code',
    { schema: { tags, params: certificateCodeParams, response: { 200: publicCertificateSchema } }, config: { access: access.public } },
    async (request) => service.verifyCertificate(services, request.params.code),
  );
}
