// Benchmark: the targets dashboard (all indicators of the adopted packs plus the child-region table) against the
// plain aggregate SQL over the base tables that computes the same core figures, in the same run.
//   1. PGlite, city scale: all of 上海市 (6,509 communities, ~80,000 organizations), GET /stats/indicators?region=31
//   2. PostgreSQL (BENCH_DATABASE_URL), national scale by default (620,573 communities, ~4.5 million
//      organizations; BENCH_PG_SCALE=city for a quick run), GET /stats/indicators for the whole country.
//      The PostgreSQL data stays in schema bench_stats_<scale> (BENCH_PG_SCHEMA to choose another, e.g. public of
//      a database `linli seed --scale national` filled); BENCH_SKIP_SEED=1 measures what is there without seeding;
//      BENCH_SKIP_PGLITE=1 leaves out the first part.
//   npm run bench:stats            (BENCH_REQUESTS=200 by default; BENCH_BASELINE_REQUESTS for the plain SQL)
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.js';
import { openDatabase, type Database } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { createDemoBindings } from '../apps/server/src/modules/demo/demo-policies.service.js';
import { seedScale } from '../apps/server/src/modules/seeding/scale-seed.service.js';
import type { ScaleName } from '../apps/server/src/modules/seeding/scales.js';
import { syncRollupMeasures } from '../apps/server/src/modules/stats/rollups.service.js';
import { buildUser } from '../apps/server/src/test/factories.js';
import { login, testConfig, TEST_PASSWORD } from '../apps/server/src/test/test-app.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
// The plain SQL takes seconds at national scale: fewer repetitions still give its p50/p95
const BASELINE_REQUESTS = Number(process.env.BENCH_BASELINE_REQUESTS ?? REQUESTS);

/** The dashboard's core figures straight from the base tables: per child region, active organizations by
 * community kind (the per-community averages), communities by kind (their denominators) and streets holding a
 * registered hub (the coverage indicators). */
function baselineSql(prefix: string, childLength: number) {
  const under = `'${prefix}%'`;
  return [
    `SELECT left(o.region_code, ${childLength}) AS child, coalesce(c.kind, 'urban') AS kind, count(*)
       FROM organizations o LEFT JOIN regions c ON c.code = o.region_code AND c.level = 5
      WHERE o.status = 'active' AND o.region_code LIKE ${under} GROUP BY 1, 2`,
    `SELECT left(code, ${childLength}) AS child, kind, count(*) FROM regions WHERE level = 5 AND code LIKE ${under} GROUP BY 1, 2`,
    `SELECT left(street, ${childLength}) AS child, count(*) FROM (
       SELECT DISTINCT left(region_code, 9) AS street FROM organizations
        WHERE status = 'active' AND tier = 'registered' AND hub_kind <> 'none' AND region_code LIKE ${under}) s GROUP BY 1`,
  ];
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(label: string, task: () => Promise<unknown>, requests = REQUESTS) {
  for (let i = 0; i < Math.min(5, requests); i++) await task(); // warm up
  const latencies: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await task();
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const result = { label, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  console.log(`  ${`${label} (${requests}×)`.padEnd(50)} p50 ${result.p50.toFixed(1).padStart(7)} ms   p95 ${result.p95.toFixed(1).padStart(7)} ms`);
  return result;
}

async function prepare(label: string, database: Database, scale: ScaleName) {
  await migrate(database);
  const { app } = await buildApp(database, testConfig());
  await app.ready();
  const t0 = performance.now();
  await syncRollupMeasures(app.services);
  if (process.env.BENCH_SKIP_SEED !== '1') {
    const summary = await seedScale(app.services, { scale });
    console.log(`[${label}] ${scale}: ${summary.inserted.toLocaleString()} organizations generated in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  await database.driver.exec('ANALYZE');
  const [size] = (await database.db.execute(
    sql`SELECT (SELECT count(*) FROM organizations)::int AS organizations, (SELECT count(*) FROM regions WHERE level = 5)::int AS communities`,
  )) as unknown as [{ organizations: number; communities: number }];
  console.log(`[${label}] ${scale}: ${size.organizations.toLocaleString()} organizations over ${size.communities.toLocaleString()} communities`);
  if (((await database.db.execute(sql`SELECT count(*)::int AS n FROM policy_bindings`)) as unknown as [{ n: number }])[0].n === 0)
    await createDemoBindings(app.services);
  return app;
}

async function measure(label: string, database: Database, scale: ScaleName, region: string, regionCode: string | null, childLength: number) {
  const app = await prepare(label, database, scale);
  const username = `bench-${scale}`;
  const users = (await database.db.execute(sql`SELECT 1 FROM users WHERE username = ${username}`)) as unknown[];
  if (users.length === 0) await buildUser(app.services, { role: 'civil_affairs', regionCode, username });
  const client = await login(app, username, TEST_PASSWORD);
  const first = (await client.get(`/api/v1/stats/indicators?region=${region}`)).json();
  console.log(`[${label}] dashboard of ${first.region.name}: ${first.packs.length} packs, ${first.packs.reduce((n: number, p: { indicators: unknown[] }) => n + p.indicators.length, 0)} indicators, ${first.packs[0]?.children.length ?? 0} child regions`);
  const api = await time('dashboard API (roll-ups)', async () => {
    const response = await client.get(`/api/v1/stats/indicators?region=${region}`);
    if (response.statusCode !== 200) throw new Error(response.body);
  });
  const statements = baselineSql(region, childLength);
  const plain = await time(
    'plain aggregate SQL over the base tables',
    async () => {
      for (const statement of statements) await database.driver.query(statement, [], 'object');
    },
    BASELINE_REQUESTS,
  );
  console.log(`  ratio (plain SQL p95 ÷ dashboard p95): ${(plain.p95 / api.p95).toFixed(1)}×`);
  await app.close();
}

console.log(`stats benchmark: ${REQUESTS} sequential requests each\n`);
if (process.env.BENCH_SKIP_PGLITE !== '1') {
  const pglite = await openDatabase({});
  try {
    await measure('PGlite', pglite, 'city', '31', '31', 6);
  } finally {
    await pglite.close();
  }
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  const scale = (process.env.BENCH_PG_SCALE ?? 'national') as ScaleName;
  const schema = process.env.BENCH_PG_SCHEMA ?? `bench_stats_${scale}`;
  const admin = await openDatabase({ url });
  await admin.driver.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await admin.close();
  const pg = await openDatabase({ url, searchPath: `${schema},public` });
  try {
    if (scale === 'national') await measure('PostgreSQL', pg, scale, '', null, 2);
    else await measure('PostgreSQL', pg, scale, '31', '31', 6);
  } finally {
    await pg.close();
  }
} else console.log('\n(set BENCH_DATABASE_URL for the PostgreSQL run)');
