import { createExportBody, exportSchema, idParams, pageOf, pageQuery } from '@linli/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { languageOf } from '../../platform/messages.js';
import { access } from '../../platform/permissions.js';
import { attachment } from '../../platform/spreadsheet.js';
import { presentExport } from './exports.presenter.js';
import * as service from './exports.service.js';
import { contentTypes } from './sheet-writers.js';

const tags = ['exports'];
const exporting = { access: access.to('exports:create') };
const languageOfRequest = (request: FastifyRequest) => languageOf(request.headers['accept-language']);

// 导出: any list as .xlsx or .csv, written in the background; the caller polls the job and downloads the file.
export async function exportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;

  app.post(
    '/exports',
    { schema: { tags, body: createExportBody, response: { 202: exportSchema } }, config: exporting },
    async (request, reply) => {
      const language = languageOfRequest(request);
      const requester = { scope: actorOf(request).scope, auditActor: auditActorOf(request), language };
      const row = await service.createExport(services, requester, request.body);
      return reply.code(202).send(presentExport(row, language));
    },
  );

  app.get(
    '/exports',
    { schema: { tags, querystring: pageQuery, response: { 200: pageOf(exportSchema) } }, config: exporting },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await service.listExports(services, actorOf(request).scope, request.query);
      return { items: items.map((row) => presentExport(row, languageOfRequest(request))), total, page, pageSize };
    },
  );

  app.get('/exports/:id', { schema: { tags, params: idParams, response: { 200: exportSchema } }, config: exporting }, async (request) =>
    presentExport(await service.getExport(services, actorOf(request).scope, request.params.id), languageOfRequest(request)),
  );

  app.get(
    '/exports/:id/file',
    { schema: { tags, params: idParams, produces: Object.values(contentTypes) }, config: exporting },
    async (request, reply) => {
      const { filename, format, file } = await service.getExportFile(
        services,
        actorOf(request).scope,
        request.params.id,
        languageOfRequest(request),
      );
      return reply.type(contentTypes[format]).header('content-disposition', attachment(filename)).send(file);
    },
  );
}
