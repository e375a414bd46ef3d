// Volunteers and the time bank: every route of the module, registered under /api/v1.
import type { FastifyInstance } from 'fastify';
import { certificateRoutes } from './certificates.routes.js';
import { needRoutes } from './needs.routes.js';
import { rewardRoutes } from './rewards.routes.js';
import { timeBankRoutes } from './time-bank.routes.js';
import { volunteerRoutes } from './volunteers.routes.js';

export async function volunteeringRoutes(api: FastifyInstance) {
  await api.register(volunteerRoutes);
  await api.register(needRoutes);
  await api.register(rewardRoutes);
  await api.register(certificateRoutes);
  await api.register(timeBankRoutes);
}
