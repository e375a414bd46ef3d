import {
  monthlyHoursQuery,
  monthlyHoursSchema,
  pageOf,
  serviceRecordListQuery,
  serviceRecordSchema,
  timeBankRuleBody,
  timeBankRuleParams,
  timeBankRuleSchema,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import { monthlyHours } from './monthly-hours.service.js';
import { listServiceRecords } from './service-records.service.js';
import * as rules from './time-bank-rules.service.js';
import { presentServiceRecords } from './volunteering.presenter.js';

const tags = ['volunteering'];

export async function timeBankRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;

  app.get(
    '/time-bank-rules/:regionCode',
    {
      schema: { tags, params: timeBankRuleParams, response: { 200: timeBankRuleSchema } },
      config: { access: access.to('volunteer_needs:read') },
    },
    async (request) => rules.getRule(services, actorOf(request).scope, request.params.regionCode),
  );

  app.put(
    '/time-bank-rules/:regionCode',
    {
      schema: { tags, params: timeBankRuleParams, body: timeBankRuleBody, response: { 200: timeBankRuleSchema } },
      config: { access: access.to('time_bank_rules:manage') },
    },
    async (request) => rules.saveRule(services, actorOf(request).scope, auditActorOf(request), request.params.regionCode, request.body),
  );

  app.get(
    '/service-records',
    {
      schema: { tags, querystring: serviceRecordListQuery, response: { 200: pageOf(serviceRecordSchema) } },
      config: { access: access.to('service_records:read') },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await listServiceRecords(services, actorOf(request).scope, request.query);
      return { items: await presentServiceRecords(db, items), total, page, pageSize };
    },
  );

  app.get(
    '/volunteering/monthly-hours',
    {
      schema: { tags, querystring: monthlyHoursQuery, response: { 200: monthlyHoursSchema } },
      config: { access: access.to('volunteers:read') },
    },
    async (request) => monthlyHours(services, actorOf(request).scope, request.query),
  );
}
