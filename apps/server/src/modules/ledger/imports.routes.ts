import {
  analyzeImportBody,
  commitImportBody,
  createImportQuery,
  idParams,
  importRowSchema,
  importRowsQuery,
  importSchema,
  pageOf,
  pageQuery,
  saveMappingBody,
  savedMappingSchema,
} from '@linli/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { languageOf } from '../../platform/messages.js';
import { access } from '../../platform/permissions.js';
import { attachment, XLSX_TYPE } from '../../platform/spreadsheet.js';
import type { Viewer } from '../organizations/organizations.policy.js';
import { reportWorkbook } from './import-report.js';
import { importTemplate } from './import-template.js';
import * as service from './imports.service.js';
import * as mappings from './mappings.service.js';
import { LEDGER_LIMITS } from './reading/ledger-file.js';

const tags = ['imports'];
const importAccess = { access: access.to('organizations:import') };

function viewerOf(request: FastifyRequest): Viewer {
  const actor = actorOf(request);
  return { id: actor.id, role: actor.role, scope: actor.scope };
}
const languageOfRequest = (request: FastifyRequest) => languageOf(request.headers['accept-language']);

export async function importRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  // The ledger arrives as the request body itself, whatever type the browser gives the file.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: LEDGER_LIMITS.fileBytes }, (_request, body, done) => done(null, body));

  app.get('/imports/template', { schema: { tags }, config: importAccess }, async (request, reply) => {
    const language = languageOfRequest(request);
    const name = language === 'zh-CN' ? '社区社会组织台账导入模板.xlsx' : 'ledger-import-template.xlsx';
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', attachment(name))
      .send(await importTemplate(language));
  });

  app.post(
    '/imports',
    {
      bodyLimit: LEDGER_LIMITS.fileBytes,
      schema: { tags, querystring: createImportQuery, response: { 201: importSchema } },
      config: importAccess,
    },
    async (request, reply) => {
      const file = request.body;
      if (!Buffer.isBuffer(file)) throw new AppError('unsupported_media_type');
      const { region, filename } = request.query;
      return reply
        .code(201)
        .send(await service.uploadLedger(services, viewerOf(request), auditActorOf(request), { region, filename, file }));
    },
  );

  app.get(
    '/imports',
    { schema: { tags, querystring: pageQuery, response: { 200: pageOf(importSchema) } }, config: importAccess },
    async (request) => service.listImports(services, viewerOf(request), request.query.page, request.query.pageSize),
  );

  app.get('/imports/:id', { schema: { tags, params: idParams, response: { 200: importSchema } }, config: importAccess }, async (request) =>
    service.getImport(services, viewerOf(request), request.params.id),
  );

  app.post(
    '/imports/:id/analysis',
    { schema: { tags, params: idParams, body: analyzeImportBody, response: { 202: importSchema } }, config: importAccess },
    async (request, reply) => {
      const started = await service.startAnalysis(
        services,
        viewerOf(request),
        auditActorOf(request),
        request.params.id,
        request.body,
        languageOfRequest(request),
      );
      return reply.code(202).send(started);
    },
  );

  app.get(
    '/imports/:id/rows',
    { schema: { tags, params: idParams, querystring: importRowsQuery, response: { 200: pageOf(importRowSchema) } }, config: importAccess },
    async (request) => service.importRows(services, viewerOf(request), request.params.id, request.query, languageOfRequest(request)),
  );

  app.get('/imports/:id/report', { schema: { tags, params: idParams }, config: importAccess }, async (request, reply) => {
    const record = await service.findOwn(services, viewerOf(request), request.params.id);
    const language = languageOfRequest(request);
    const name = `${record.filename.replace(/\.(xlsx|csv)$/i, '')}${language === 'zh-CN' ? '_检查报告' : '_report'}.xlsx`;
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', attachment(name))
      .send(await reportWorkbook(services, record, language));
  });

  app.post(
    '/imports/:id/commit',
    { schema: { tags, params: idParams, body: commitImportBody, response: { 202: importSchema } }, config: importAccess },
    async (request, reply) => {
      const started = await service.commitImport(
        services,
        viewerOf(request),
        auditActorOf(request),
        request.params.id,
        request.body,
        languageOfRequest(request),
      );
      return reply.code(202).send(started);
    },
  );

  app.delete('/imports/:id', { schema: { tags, params: idParams }, config: importAccess }, async (request, reply) => {
    await service.discardImport(services, viewerOf(request), auditActorOf(request), request.params.id, languageOfRequest(request));
    return reply.code(204).send();
  });

  app.get(
    '/import-mappings',
    { schema: { tags, response: { 200: z.object({ items: z.array(savedMappingSchema) }) } }, config: importAccess },
    async (request) => ({ items: await mappings.listMappings(services, viewerOf(request)) }),
  );

  app.post(
    '/import-mappings',
    { schema: { tags, body: saveMappingBody, response: { 201: savedMappingSchema } }, config: importAccess },
    async (request, reply) =>
      reply
        .code(201)
        .send(await mappings.saveMapping(services, viewerOf(request), auditActorOf(request), request.body, languageOfRequest(request))),
  );

  app.delete('/import-mappings/:id', { schema: { tags, params: idParams }, config: importAccess }, async (request, reply) => {
    await mappings.deleteMapping(services, viewerOf(request), auditActorOf(request), request.params.id);
    return reply.code(204).send();
  });
}
