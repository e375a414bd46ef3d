import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openDatabase } from '../../db/database.js';
import { createTestApp, testConfig, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ regions: ['310101002'] });
});
afterAll(() => t.close());

describe('health checks', () => {
  // architecture.md: PGlite runs queries synchronously, so a slow query must not stall the server.
  it('answers /healthz within 200 ms while the database is busy for 3 seconds', async () => {
    const busy = t.database.db.execute(sql`SELECT pg_sleep(3)`);
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the statement reach the database
    const started = performance.now();
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    const elapsed = performance.now() - started;
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(elapsed).toBeLessThan(200);
    await busy;
  });

  it('answers /readyz 200 with the database kind when migrated', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: t.database.kind });
  });

  it('answers /readyz 503 problem+json while migrations are pending', async () => {
    // An empty database: PGlite in memory, or a fresh schema on the PostgreSQL server.
    const url = process.env.LINLI_TEST_DATABASE === 'pglite' ? undefined : process.env.TEST_DATABASE_URL;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    if (url) {
      const admin = await openDatabase({ url });
      await admin.driver.exec(`CREATE SCHEMA ${schema}`);
      await admin.close();
    }
    const database = await openDatabase(url ? { url, searchPath: schema } : {});
    const { app } = await buildApp(database, testConfig());
    try {
      const response = await app.inject({ method: 'GET', url: '/readyz', headers: { 'accept-language': 'en' } });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'not_ready', title: 'Not ready' });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
      if (url) {
        const admin = await openDatabase({ url });
        await admin.driver.exec(`DROP SCHEMA ${schema} CASCADE`);
        await admin.close();
      }
    }
  });
});
