// Builds the real app on a fresh database for one test file: in-memory PGlite, or an isolated schema on the
// PostgreSQL server in the vitest project 'postgres' (vitest.config.ts runs both when TEST_DATABASE_URL is set).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { defaultPacksDir, defaultPolicyConfig, type AppConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import type { AccessTable } from '../platform/access-control.js';
import type { Services } from '../platform/context.js';
import { importRegions } from '../modules/regions/regions.service.js';
import { syncRollupMeasures } from '../modules/stats/rollups.service.js';

export const TEST_PASSWORD = 'Linli@test2026';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  database: Database;
  accessTable: AccessTable;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '',
    masterKey: randomBytes(32),
    secureCookies: false,
    logLevel: 'silent',
    packsDir: defaultPacksDir,
    ...defaultPolicyConfig,
    ...overrides,
  };
}

/** 黄浦区 and 静安区 of 上海: enough real streets and communities for scope tests. */
export const DEFAULT_TEST_REGIONS = ['310101', '310106'];

export async function createTestApp(options: { regions?: string[]; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  // The vitest project decides; run alone (e.g. from a script), TEST_DATABASE_URL alone decides.
  const url = process.env.LINLI_TEST_DATABASE === 'pglite' ? undefined : process.env.TEST_DATABASE_URL;
  const schema = url ? `t_${randomBytes(6).toString('hex')}` : undefined;
  if (url) {
    const admin = await openDatabase({ url });
    await admin.driver.exec(`CREATE SCHEMA ${schema}`);
    await admin.close();
  }
  const database = await openDatabase(url ? { url, searchPath: `${schema},public` } : {});
  await migrate(database);
  const config = testConfig(options.config);
  const { app, accessTable } = await buildApp(database, config);
  await app.ready();
  const services = app.services;
  await importRegions(services, options.regions ?? DEFAULT_TEST_REGIONS);
  await syncRollupMeasures(services);
  return {
    app,
    services,
    database,
    accessTable,
    async close() {
      await app.close();
      await database.close();
      if (url) {
        const admin = await openDatabase({ url });
        await admin.driver.exec(`DROP SCHEMA ${schema} CASCADE`);
        await admin.close();
      }
    },
  };
}

/** A signed-in browser-like client: keeps the session cookie and sends the CSRF token. */
export interface Client {
  readonly csrf: string;
  readonly cookie: string;
  request(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'linli_session')!;
  const csrf = response.json().csrfToken as string;
  const cookieHeader = `linli_session=${cookie.value}`;
  const request: Client['request'] = (method, url, body, headers = {}) =>
    app.inject({
      method,
      url,
      headers: { cookie: cookieHeader, 'x-csrf-token': csrf, ...headers },
      ...(body === undefined ? {} : typeof body === 'string' ? { payload: body, headers: { cookie: cookieHeader, 'x-csrf-token': csrf, 'content-type': 'application/json', ...headers } } : { payload: body as object }),
    });
  return {
    csrf,
    cookie: cookieHeader,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
  };
}
