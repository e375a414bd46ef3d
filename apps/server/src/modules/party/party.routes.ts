import {
  createPartyMeetingBody,
  createPartyOrganizationBody,
  idParams,
  pageOf,
  partyCoverageQuery,
  partyCoverageSchema,
  partyMeetingListQuery,
  partyMeetingSchema,
  partyOrganizationDetailSchema,
  partyOrganizationListQuery,
  partyOrganizationSchema,
  partyProfileSchema,
  updatePartyOrganizationBody,
  updatePartyProfileBody,
} from '@linli/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditActorOf } from '../../platform/context.js';
import { access } from '../../platform/permissions.js';
import { partyCoverage } from './coverage.service.js';
import * as meetings from './party-meetings.service.js';
import * as parties from './party-organizations.service.js';
import * as profiles from './party-profiles.service.js';
import type { Viewer } from './party.policy.js';
import { presentMeetings, presentPartyOrganizationDetail, presentPartyOrganizations, presentProfile } from './party.presenter.js';

const tags = ['party'];
const read = { access: access.to('party:read') };
const manage = { access: access.to('party:manage') };

function viewerOf(request: FastifyRequest): Viewer {
  const actor = actorOf(request);
  return { id: actor.id, role: actor.role, scope: actor.scope };
}

// 党建: party organizations and what they cover, organizations' party profiles, "三会一课" records, coverage.
export async function partyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const { db } = services.database;
  const detail = async (viewer: Viewer, id: string) => {
    const { found, covered } = await parties.partyOrganizationDetail(services, viewer, id);
    return presentPartyOrganizationDetail(db, viewer, found, covered);
  };

  app.get(
    '/party/organizations',
    { schema: { tags, querystring: partyOrganizationListQuery, response: { 200: pageOf(partyOrganizationSchema) } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      const { items, total } = await parties.listPartyOrganizations(services, viewer, request.query);
      return {
        items: await presentPartyOrganizations(db, viewer, items),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    '/party/organizations',
    { schema: { tags, body: createPartyOrganizationBody, response: { 201: partyOrganizationDetailSchema } }, config: manage },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const created = await parties.createPartyOrganization(services, viewer, auditActorOf(request), request.body);
      return reply.code(201).send(await detail(viewer, created.id));
    },
  );

  app.get(
    '/party/organizations/:id',
    { schema: { tags, params: idParams, response: { 200: partyOrganizationDetailSchema } }, config: read },
    async (request) => detail(viewerOf(request), request.params.id),
  );

  app.patch(
    '/party/organizations/:id',
    {
      schema: { tags, params: idParams, body: updatePartyOrganizationBody, response: { 200: partyOrganizationDetailSchema } },
      config: manage,
    },
    async (request) => {
      const viewer = viewerOf(request);
      await parties.updatePartyOrganization(services, viewer, auditActorOf(request), request.params.id, request.body);
      return detail(viewer, request.params.id);
    },
  );

  app.post(
    '/party/organizations/:id/meetings',
    { schema: { tags, params: idParams, body: createPartyMeetingBody, response: { 201: partyMeetingSchema } }, config: manage },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const recorded = await meetings.recordMeeting(services, viewer, auditActorOf(request), request.params.id, request.body);
      return reply.code(201).send((await presentMeetings(db, [recorded]))[0]);
    },
  );

  app.get(
    '/party/meetings',
    { schema: { tags, querystring: partyMeetingListQuery, response: { 200: pageOf(partyMeetingSchema) } }, config: read },
    async (request) => {
      const { items, total } = await meetings.listMeetings(services, viewerOf(request), request.query);
      return { items: await presentMeetings(db, items), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/organizations/:id/party-profile',
    { schema: { tags, params: idParams, response: { 200: partyProfileSchema } }, config: read },
    async (request) => {
      const viewer = viewerOf(request);
      return presentProfile(viewer, request.params.id, await profiles.getProfile(services, viewer, request.params.id));
    },
  );

  app.put(
    '/organizations/:id/party-profile',
    {
      schema: { tags, params: idParams, body: updatePartyProfileBody, response: { 200: partyProfileSchema } },
      config: { access: access.to('party:profile') },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const saved = await profiles.updateProfile(services, viewer, auditActorOf(request), request.params.id, request.body);
      return presentProfile(viewer, request.params.id, saved);
    },
  );

  // a roll-up by region, like the dashboard's: for the offices that read statistics
  app.get(
    '/party/coverage',
    {
      schema: { tags, querystring: partyCoverageQuery, response: { 200: partyCoverageSchema } },
      config: { access: access.to('stats:read') },
    },
    async (request) => partyCoverage(services, actorOf(request).scope, request.query),
  );
}
