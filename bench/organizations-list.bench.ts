// Benchmark: the organization list with a keyword filter at 100,000 organizations (上海市 regions), through HTTP
// at concurrency 16, against the same SQL run directly on the same database in the same run.
// PGlite always; PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
//   npm run bench            (BENCH_SECONDS=10 by default)
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../apps/server/src/app.js';
import { openDatabase, type Database } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { importRegions } from '../apps/server/src/modules/regions/regions.service.js';
import { buildUser } from '../apps/server/src/test/factories.js';
import { login, testConfig, TEST_PASSWORD } from '../apps/server/src/test/test-app.js';
import { runLoad, type LoadResult } from './load.js';

const CONCURRENCY = 16;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const KEYWORDS = ['巡逻', '合唱', '互助', '书画', '志愿', '太极', '调解', '读书', '环保', '京剧'];
const seedSql = readFileSync(new URL('./seed-organizations.sql', import.meta.url), 'utf8');

// The statements the list endpoint runs for `?q=<keyword>` as a city officer (scope 31), first page of 20.
const match = `o.region_code LIKE '31%' AND ((o.name_grams @> linli_name_grams($2) AND o.name ILIKE $1) OR o.credit_code = $2 OR o.filing_number = $2)`;
// The same query without the gram index (pg_trgm alone cannot serve two-character keywords): what 0011 buys.
const plainMatch = `o.region_code LIKE '31%' AND (o.name ILIKE $1 OR o.credit_code = $2 OR o.filing_number = $2)`;
const listSql = (where: string) => `SELECT o.*, u.username AS leader_username FROM organizations o LEFT JOIN users u ON u.id = o.leader_user_id
  WHERE ${where} ORDER BY o.updated_at DESC NULLS LAST, o.id LIMIT 20 OFFSET 0`;
const countSql = (where: string) => `SELECT count(*)::int AS total FROM organizations o WHERE ${where}`;

async function prepare(label: string, database: Database) {
  let t = performance.now();
  await migrate(database);
  const config = testConfig();
  const { app } = await buildApp(database, config);
  await app.ready();
  await importRegions(app.services, ['31']);
  console.log(`[${label}] regions of 上海市 loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await database.driver.exec(seedSql);
  await database.driver.exec('ANALYZE');
  console.log(`[${label}] 100,000 organizations generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await buildUser(app.services, { role: 'civil_affairs', regionCode: '31', username: 'bench-city' });
  return app;
}

async function measure(label: string, database: Database) {
  const app = await prepare(label, database);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const client = await login(app, 'bench-city', TEST_PASSWORD);
  const headers = { cookie: client.cookie };

  const direct = (where: string) =>
    runLoad(async (i) => {
      const keyword = KEYWORDS[i % KEYWORDS.length]!;
      const params = [`%${keyword}%`, keyword];
      await Promise.all([database.driver.query(listSql(where), params, 'object'), database.driver.query(countSql(where), params, 'object')]);
    }, CONCURRENCY, DURATION_MS);
  const sqlPlain = await direct(plainMatch);
  const sqlDirect = await direct(match);

  const api = await runLoad(async (i) => {
    const q = encodeURIComponent(KEYWORDS[i % KEYWORDS.length]!);
    const response = await fetch(`${base}/api/v1/organizations?q=${q}&page=1&pageSize=20`, { headers });
    if (response.status !== 200) throw new Error(String(response.status));
    const body = (await response.json()) as { total: number };
    if (!(body.total > 0)) throw new Error('empty result');
  }, CONCURRENCY, DURATION_MS);

  await app.close();
  return { label, sqlPlain, sqlDirect, api };
}

function row(label: string, r: LoadResult) {
  return `| ${label} | ${r.requests} | ${r.errors} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`;
}

const results = [];
const pglite = await openDatabase({});
results.push(await measure('PGlite', pglite));
await pglite.close();

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url });
  await admin.driver.exec(`CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE SCHEMA ${schema}`);
  const database = await openDatabase({ url, searchPath: `${schema},public` });
  try {
    results.push(await measure('PostgreSQL', database));
  } finally {
    await database.close();
    await admin.driver.exec(`DROP SCHEMA ${schema} CASCADE`);
    await admin.close();
  }
}

const lines = [
  `Organization list, keyword filter, 100,000 organizations, concurrency ${CONCURRENCY}, ${DURATION_MS / 1000} s per run`,
  '',
  '| run | requests | errors | req/s | p50 ms | p95 ms |',
  '|---|---|---|---|---|---|',
];
for (const r of results) {
  lines.push(
    row(`${r.label}: SQL without the gram index`, r.sqlPlain),
    row(`${r.label}: same SQL as the endpoint, direct`, r.sqlDirect),
    row(`${r.label}: GET /api/v1/organizations?q=`, r.api),
  );
}
lines.push('', '| database | API req/s ÷ SQL req/s | API p95 ÷ SQL p95 |', '|---|---|---|');
for (const r of results) {
  lines.push(`| ${r.label} | ${(r.api.perSecond / r.sqlDirect.perSecond).toFixed(2)} | ${(r.api.p95 / r.sqlDirect.p95).toFixed(2)} |`);
}
const report = lines.join('\n');
console.log('\n' + report);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL(`./results/organizations-list-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}.md`, import.meta.url), report + '\n');
