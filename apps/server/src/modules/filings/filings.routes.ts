import type { FastifyInstance } from 'fastify';
export async function filingRoutes(_app: FastifyInstance) {}
