import {
  filingDetailSchema,
  filingListQuery,
  filingSchema,
  idParams,
  pageOf,
  resubmitBody,
  submitFilingBody,
  transitionBody,
} from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';
import { presentFilingDetail, presentFilings } from './filings.presenter.js';
import * as service from './filings.service.js';
import { resubmitFiling, submitFiling } from './filings.submission.js';

const tags = ['filings'];

export async function filingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;
  const detail = async (scope: Scope, id: string) => {
    const { record, transitions } = await service.getFiling(services, scope, id);
    return presentFilingDetail(db, services.cipher, scope, record, transitions);
  };

  app.get(
    '/filings',
    {
      schema: { tags, querystring: filingListQuery, response: { 200: pageOf(filingSchema) } },
      config: { access: access.to('filings:read') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      const { page, pageSize } = request.query;
      const { items, total } = await service.listFilings(services, scope, request.query);
      return { items: await presentFilings(db, services.cipher, scope, items), total, page, pageSize };
    },
  );

  app.get(
    '/filings/:id',
    { schema: { tags, params: idParams, response: { 200: filingDetailSchema } }, config: { access: access.to('filings:read') } },
    async (request) => detail(actorOf(request).scope, request.params.id),
  );

  app.post(
    '/filings',
    { schema: { tags, body: submitFilingBody, response: { 201: filingDetailSchema } }, config: { access: access.to('filings:submit') } },
    async (request, reply) => {
      const { scope } = actorOf(request);
      const id = await submitFiling(services, scope, auditActorOf(request), request.body);
      return reply.code(201).send(await detail(scope, id));
    },
  );

  // Who may take which action is the workflow's decision (filings.workflow.ts); every reader may ask.
  app.post(
    '/filings/:id/transitions',
    {
      schema: { tags, params: idParams, body: transitionBody, response: { 200: filingDetailSchema } },
      config: { access: access.to('filings:read') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await service.transitionFiling(services, scope, auditActorOf(request), request.params.id, request.body);
      return detail(scope, request.params.id);
    },
  );

  app.post(
    '/filings/:id/resubmit',
    {
      schema: { tags, params: idParams, body: resubmitBody, response: { 200: filingDetailSchema } },
      config: { access: access.to('filings:submit') },
    },
    async (request) => {
      const { scope } = actorOf(request);
      await resubmitFiling(services, scope, auditActorOf(request), request.params.id, request.body);
      return detail(scope, request.params.id);
    },
  );
}
