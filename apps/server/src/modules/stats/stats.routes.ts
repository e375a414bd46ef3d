import {
  statsBreakdownSchema,
  statsIndicatorsExportQuery,
  statsIndicatorsQuery,
  statsIndicatorsSchema,
  statsRegionQuery,
  statsTrendQuery,
  statsTrendSchema,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { languageOf } from '../../platform/messages.js';
import { access } from '../../platform/permissions.js';
import { attachment } from '../../platform/spreadsheet.js';
import { contentTypes } from '../exports/sheet-writers.js';
import { takeSnapshot } from './snapshots.service.js';
import { regionBreakdown } from './stats-breakdown.service.js';
import { dashboardCsv, dashboardWorkbook } from './stats-export.js';
import { regionTrend } from './stats-trend.service.js';
import { evaluateRegion } from './stats.service.js';

const tags = ['stats'];
const read = { access: access.to('stats:read') };

// 数据看板: indicators, breakdowns and trends of a region against the packs it adopts.
export async function statsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;

  app.get(
    '/stats/indicators',
    { schema: { tags, querystring: statsIndicatorsQuery, response: { 200: statsIndicatorsSchema } }, config: read },
    async (request) => evaluateRegion(services, actorOf(request).scope, request.query),
  );

  app.get(
    '/stats/indicators/export',
    { schema: { tags, querystring: statsIndicatorsExportQuery, produces: Object.values(contentTypes) }, config: read },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const result = await evaluateRegion(services, actorOf(request).scope, query);
      const language = languageOf(request.headers['accept-language']);
      const name = `${result.region.code === '' ? (language === 'en-US' ? 'China' : '全国') : result.region.name}-${language === 'en-US' ? 'indicators' : '指标'}-${result.evaluatedAt.slice(0, 10)}.${format}`;
      const file = format === 'csv' ? dashboardCsv(result, language) : await dashboardWorkbook(result, language);
      return reply.type(contentTypes[format]).header('content-disposition', attachment(name)).send(file);
    },
  );

  app.get(
    '/stats/breakdown',
    { schema: { tags, querystring: statsRegionQuery, response: { 200: statsBreakdownSchema } }, config: read },
    async (request) => regionBreakdown(services, actorOf(request).scope, request.query),
  );

  app.get(
    '/stats/trend',
    { schema: { tags, querystring: statsTrendQuery, response: { 200: statsTrendSchema } }, config: read },
    async (request) => regionTrend(services, actorOf(request).scope, request.query),
  );

  app.post(
    '/stats/snapshots',
    {
      schema: { tags, response: { 201: z.object({ takenOn: z.string(), rows: z.number().int() }) } },
      config: { access: access.to('stats:snapshot') },
    },
    async (request, reply) => reply.code(201).send(await takeSnapshot(services, actorOf(request).scope, auditActorOf(request))),
  );
}
