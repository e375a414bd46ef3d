// Security properties of the whole app: every route's access is declared and reviewed, the OpenAPI document
// describes the API, and every API response carries the protective headers.
import { Ajv2020 } from 'ajv/dist/2020.js';
import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { registerAccessControl } from './platform/access-control.js';
import { access } from './platform/permissions.js';
import { buildUser } from './test/factories.js';
import { createTestApp, login, testConfig, type Client, type TestApp } from './test/test-app.js';

let t: TestApp;
let resident: Client;
beforeAll(async () => {
  t = await createTestApp({ regions: ['310101002'] });
  await buildUser(t.services, { role: 'resident', regionCode: '310101002', username: 'resident' });
  resident = await login(t.app, 'resident');
});
afterAll(() => t.close());

// The public check of a volunteer's service-record certificate: its unguessable code is the key (decision 0017).
const PUBLIC_API_ROUTES = ['POST /api/v1/auth/login', 'GET /api/v1/public/certificates/:code'];
const apiRoutes = () => [...t.accessTable.keys()].filter((route) => route.split(' ')[1]!.startsWith('/api/v1/'));

describe('route access', () => {
  // A new route changes this snapshot: review its access, then update with
  // `npx vitest run apps/server/src/app.test.ts -u`.
  it('declares the access of every route (snapshot)', () => {
    const table = Object.fromEntries([...t.accessTable.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(table).toMatchSnapshot();
  });

  it('keeps every /api/v1 route behind a session except signing in', () => {
    const publicRoutes = apiRoutes().filter((route) => t.accessTable.get(route) === 'public');
    expect(publicRoutes).toEqual(PUBLIC_API_ROUTES);
  });

  it('answers 401 problem+json on every non-public /api/v1 route without a session', async () => {
    for (const route of apiRoutes().filter((r) => !PUBLIC_API_ROUTES.includes(r))) {
      const [method, path] = route.split(' ') as [string, string];
      const url = path.replace(/:(\w+)/g, (_, name: string) => (name === 'id' ? '00000000-0000-4000-8000-000000000000' : '310101002'));
      const response = await t.app.inject({
        method: method as 'GET',
        url,
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect({ route, status: response.statusCode, code: response.json().code }).toEqual({ route, status: 401, code: 'not_authenticated' });
    }
  });

  it('refuses to register a route that declares no access', async () => {
    const app = Fastify();
    registerAccessControl(app);
    expect(() => app.get('/api/v1/forgotten', async () => ({}))).toThrow(/GET \/api\/v1\/forgotten declares no access/);
    app.get('/api/v1/declared', { config: { access: access.authenticated } }, async () => ({}));
    await app.close();
  });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and lists every /api/v1 route of the access table', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });

    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => key !== 'parameters')
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = apiRoutes().map((route) => route.replace(/:(\w+)/g, '{$1}'));
    expect(documented.sort()).toEqual(expected.sort());

    // Each operation: responses with HTTP status keys, every {parameter} declared as a required path
    // parameter, and every schema a valid JSON Schema 2020-12 (the dialect of OpenAPI 3.1).
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(Object.keys(operation.responses ?? {}), where).not.toHaveLength(0);
        for (const status of Object.keys(operation.responses)) expect(status, where).toMatch(/^([1-5]\d\d|[1-5]XX|default)$/);
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          expect(operation.parameters, where).toContainEqual(
            expect.objectContaining({ name: name.slice(1, -1), in: 'path', required: true }),
          );
        }
        for (const schema of schemasOf(operation)) expect(() => ajv.compile(schema), where).not.toThrow();
      }
    }
  });
});

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
  parameters?: { name: string; in: string; required?: boolean; schema?: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
}

function schemasOf(operation: Operation): object[] {
  const contents = [operation.requestBody?.content, ...Object.values(operation.responses).map((r) => r.content)];
  return [
    ...contents.flatMap((content) => Object.values(content ?? {}).map((media) => media.schema)),
    ...(operation.parameters ?? []).flatMap((p) => (p.schema ? [p.schema] : [])),
  ];
}

describe('response headers', () => {
  const expectProtectiveHeaders = (headers: Record<string, unknown>, what: string) => {
    expect(headers['cache-control'], what).toBe('no-store');
    expect(headers['x-content-type-options'], what).toBe('nosniff');
    const csp = String(headers['content-security-policy'] ?? '');
    expect(csp, what).toContain("default-src 'self'");
    expect(headers['x-frame-options'] !== undefined || csp.includes('frame-ancestors'), what).toBe(true);
  };

  it('protects successful, refused and failed API responses alike', async () => {
    const cases = {
      ok: await resident.get('/api/v1/auth/me'),
      unauthenticated: await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' }),
      forbidden: await resident.get('/api/v1/users'),
      invalid: await resident.get('/api/v1/regions?pageSize=0'),
      notFound: await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }),
      login: await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'resident', password: 'wrong' } }),
    };
    expect(Object.fromEntries(Object.entries(cases).map(([name, response]) => [name, response.statusCode]))).toEqual({
      ok: 200,
      unauthenticated: 401,
      forbidden: 403,
      invalid: 400,
      notFound: 404,
      login: 401,
    });
    for (const [name, response] of Object.entries(cases)) expectProtectiveHeaders(response.headers, name);
  });
});

describe('the web app', () => {
  it('serves built files, index.html for client routes, and nothing outside its folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'linli-web-'));
    mkdirSync(join(folder, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(folder, 'dist', 'index.html'), '<!doctype html><title>邻里</title>');
    writeFileSync(join(folder, 'dist', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(folder, 'secret.txt'), 'do not serve');
    const { app, accessTable } = await buildApp(t.database, testConfig(), { webRoot: join(folder, 'dist') });
    try {
      expect([...accessTable.keys()].filter((route) => !route.includes(' /api/')).sort()).toEqual([
        'GET /*',
        'GET /healthz',
        'GET /readyz',
      ]);
      const get = (url: string) => app.inject({ method: 'GET', url });
      const index = await get('/');
      expect(index.statusCode).toBe(200);
      expect(index.headers['content-type']).toContain('text/html');
      expect(index.headers['content-security-policy']).toContain("default-src 'self'");
      expect((await get('/assets/app.js')).body).toBe('console.log(1)');
      expect((await get('/organizations/42')).body).toContain('<title>邻里</title>');
      for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt'])
        expect((await get(url)).body, url).not.toContain('do not serve');
      const api = await get('/api/v1/nothing');
      expect(api.statusCode).toBe(404);
      expect(api.headers['content-type']).toContain('application/problem+json');
    } finally {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('errors', () => {
  it.each([
    ['GET', '/api/v1/no-such-thing'],
    ['POST', '/api/v1/no-such-thing'],
    ['GET', '/api/nothing-here'],
    ['DELETE', '/api/v1/auth/me'],
  ])('answers %s %s with 404 problem+json', async (method, url) => {
    const response = await t.app.inject({
      method: method as 'GET',
      url,
      headers: { cookie: resident.cookie, 'x-csrf-token': resident.csrf },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'not_found', title: '记录不存在', type: expect.stringMatching(/^https:/) });
  });

  it('speaks English to Accept-Language: en, Chinese otherwise', async () => {
    const ask = (language?: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: language ? { 'accept-language': language } : {} });
    const english = await ask('en');
    expect(english.json()).toMatchObject({ code: 'not_authenticated', title: 'Please log in' });
    expect(english.headers['content-language']).toBe('en-US');
    expect((await ask('en-GB,en;q=0.9')).json().title).toBe('Please log in');
    expect((await ask('zh-CN,zh;q=0.9')).json().title).toBe('请先登录');
    expect((await ask()).json().title).toBe('请先登录');
    const invalid = await resident.request('GET', '/api/v1/regions?pageSize=0', undefined, { 'accept-language': 'en' });
    expect(invalid.json()).toMatchObject({ title: 'The submitted data is invalid', errors: [{ path: 'querystring.pageSize' }] });
  });
});
