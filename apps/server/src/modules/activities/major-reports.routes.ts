import {
  acknowledgeReportBody,
  activityDetailSchema,
  idParams,
  majorReportListItemSchema,
  pageOf,
  reportListQuery,
  returnReportBody,
  versionBody,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';
import { presentActivityDetail, presentReportList } from './activities.presenter.js';
import { getActivityDetail } from './activities.service.js';
import * as service from './major-reports.service.js';

const tags = ['major-activity-reports'];

// 重大活动报告: filed from the activity, acknowledged or returned by the office of its level.
export async function majorReportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const presentReportItem = async (scope: Scope, id: string) =>
    (await presentReportList(services, scope, [await service.getReport(services, scope, id)]))[0]!;

  app.post(
    '/activities/:id/report',
    {
      schema: { tags, params: idParams, body: versionBody, response: { 200: activityDetailSchema } },
      config: { access: access.to('activities:write') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { id } = request.params;
      await service.fileReport(services, scope, auditActorOf(request), id, request.body.version);
      return presentActivityDetail(services, scope, await getActivityDetail(services, scope, id));
    },
  );

  app.get(
    '/major-activity-reports',
    {
      schema: { tags, querystring: reportListQuery, response: { 200: pageOf(majorReportListItemSchema) } },
      config: { access: access.to('major_reports:decide') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { page, pageSize } = request.query;
      const { items, total } = await service.listReports(services, scope, request.query);
      return { items: await presentReportList(services, scope, items), total, page, pageSize };
    },
  );

  app.get(
    '/major-activity-reports/:id',
    {
      schema: { tags, params: idParams, response: { 200: majorReportListItemSchema } },
      config: { access: access.to('major_reports:decide') },
    },
    async (request) => presentReportItem(actorOf(request).scope, request.params.id),
  );

  app.post(
    '/major-activity-reports/:id/acknowledge',
    {
      schema: { tags, params: idParams, body: acknowledgeReportBody, response: { 200: majorReportListItemSchema } },
      config: { access: access.to('major_reports:decide') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.decideReport(services, scope, auditActorOf(request), request.params.id, 'acknowledge', request.body);
      return presentReportItem(scope, request.params.id);
    },
  );

  app.post(
    '/major-activity-reports/:id/return',
    {
      schema: { tags, params: idParams, body: returnReportBody, response: { 200: majorReportListItemSchema } },
      config: { access: access.to('major_reports:decide') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.decideReport(services, scope, auditActorOf(request), request.params.id, 'return', request.body);
      return presentReportItem(scope, request.params.id);
    },
  );
}
