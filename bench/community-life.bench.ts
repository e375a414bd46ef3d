// Benchmark: community life at city scale on PostgreSQL (issue 6). Three questions, each asked through the app
// (app.inject with a signed-in session) and as the plain SQL that answers it, in the same run on the same data:
//   - a volunteer's balance and history: GET /api/v1/volunteers/me/records?page=1, as 200 different volunteers
//   - an organization's activity list: GET /api/v1/organizations/:id/activities?page=1&pageSize=20, 200
//     organizations, as the city's civil-affairs officer
//   - a street's monthly volunteer hours: GET /api/v1/volunteering/monthly-hours?region=<street>&month=YYYY-MM,
//     200 street-months, as each street's officer
// Data: `seedScale` city with community life (seed 2026: about 80,000 organizations, 500,000 volunteers,
// 2 million activities, 20 million service records) in schema bench_community_<scale>, dropped at the end.
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:community
//   BENCH_KEEP=1 keeps the schema; BENCH_SKIP_SEED=1 measures what it holds (and keeps it); BENCH_PG_SCHEMA names
//   another; BENCH_SCALE=district for a quick run; BENCH_REQUESTS (200) requests per question.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildApp } from '../apps/server/src/app.js';
import { openDatabase, type Database } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { hashPassword } from '../apps/server/src/platform/auth/passwords.js';
import { seedScale, type ScaleSeedProgress } from '../apps/server/src/modules/seeding/scale-seed.service.js';
import { scales, type ScaleName } from '../apps/server/src/modules/seeding/scales.js';
import { syncRollupMeasures } from '../apps/server/src/modules/stats/rollups.service.js';
import { buildUser } from '../apps/server/src/test/factories.js';
import { login, testConfig, TEST_PASSWORD, type Client } from '../apps/server/src/test/test-app.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SCALE = (process.env.BENCH_SCALE ?? 'city') as ScaleName;
const SCHEMA = process.env.BENCH_PG_SCHEMA ?? `bench_community_${SCALE}`;
const SKIP_SEED = process.env.BENCH_SKIP_SEED === '1';
const KEEP = process.env.BENCH_KEEP === '1' || SKIP_SEED;
const PREFIX = scales[SCALE].prefix;
// Street codes in the statements below are read from the database: digits only.
const BIG_TABLES = ['activities', 'volunteers', 'volunteer_needs', 'volunteer_signups', 'service_records'];

interface Timing {
  p50: number;
  p95: number;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(0);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Runs `task` for each request index in turn and returns p50/p95 of the latencies. */
async function time(label: string, task: (i: number) => Promise<void>): Promise<Timing> {
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await task(i);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const result = { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  console.log(
    `  ${`${label} (${REQUESTS}×)`.padEnd(56)} p50 ${result.p50.toFixed(1).padStart(7)} ms   p95 ${result.p95.toFixed(1).padStart(7)} ms`,
  );
  return result;
}

const rows = async <T>(database: Database, sql: string, params: unknown[] = []) =>
  (await database.driver.query(sql, params, 'object')).rows as T[];

async function get(client: Client, url: string) {
  const response = await client.get(url);
  if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

function logProgress() {
  const started = performance.now();
  let last = 0;
  return ({ phase, done, total, inserted }: ScaleSeedProgress) => {
    if (performance.now() - last < 15_000 && done !== total) return;
    last = performance.now();
    const rows = inserted ? ` (${inserted.toLocaleString()} rows)` : '';
    console.log(`  ${seconds(started).padStart(5)} s  ${phase}: ${done.toLocaleString()} / ${total.toLocaleString()}${rows}`);
  };
}

async function prepare(database: Database) {
  await migrate(database);
  const { app } = await buildApp(database, testConfig());
  await app.ready();
  await syncRollupMeasures(app.services);
  let seedSeconds: string | undefined;
  if (!SKIP_SEED) {
    const t0 = performance.now();
    console.log(`seeding ${SCALE} scale with community life into ${SCHEMA}`);
    const summary = await seedScale(app.services, { scale: SCALE, communityLife: {}, onProgress: logProgress() });
    seedSeconds = seconds(t0);
    console.log(`seeded in ${seedSeconds} s: ${JSON.stringify(summary.communityLife)}`);
    const t1 = performance.now();
    // what autovacuum would have done by the time anyone asks: hint bits, visibility map, statistics
    await database.driver.exec(`VACUUM ANALYZE ${BIG_TABLES.join(', ')}`);
    console.log(`vacuumed in ${seconds(t1)} s`);
  }
  return { app, seedSeconds };
}

async function sizes(database: Database) {
  const counts = await rows<Record<string, number>>(
    database,
    `SELECT ${['organizations', ...BIG_TABLES].map((t) => `(SELECT count(*) FROM ${t})::bigint::float8 AS ${t}`).join(', ')},
       pg_total_relation_size('service_records')::float8 / 2 ^ 30 AS service_records_gib`,
  );
  return counts[0]!;
}

/** Accounts the seed made cannot sign in ('!' is no hash): give the sampled ones the test password. */
async function openAccounts(database: Database, userIds: string[]) {
  await database.driver.query(
    `UPDATE users SET password_hash = $1 WHERE id = ANY ($2::uuid[])`,
    [await hashPassword(TEST_PASSWORD), userIds],
    'object',
  );
}

async function measure(database: Database) {
  const { app, seedSeconds } = await prepare(database);
  const size = await sizes(database);
  console.log(
    `data: ${Object.entries(size)
      .map(([k, v]) => `${k} ${k.endsWith('gib') ? v.toFixed(1) : v.toLocaleString()}`)
      .join(', ')}`,
  );

  // 1. a volunteer's balance and history, as the volunteer
  const volunteers = await rows<{ id: string; user_id: string; username: string }>(
    database,
    `SELECT v.id, v.user_id, u.username FROM volunteers v JOIN users u ON u.id = v.user_id
     WHERE v.region_code LIKE '${PREFIX}%' ORDER BY md5(v.id::text) LIMIT $1`,
    [REQUESTS],
  );
  // 2. an organization's activity list, as the civil-affairs officer of the scale's region
  const organizations = await rows<{ id: string }>(
    database,
    `SELECT id FROM organizations WHERE region_code LIKE '${PREFIX}%' AND status = 'active' ORDER BY md5(id::text) LIMIT $1`,
    [REQUESTS],
  );
  const officer = `bench-community-${SCALE}`;
  if ((await rows(database, `SELECT 1 FROM users WHERE username = $1`, [officer])).length === 0)
    await buildUser(app.services, { role: 'civil_affairs', regionCode: PREFIX, username: officer });
  // 3. a street's monthly hours, as the street's officer, over the 24 months the seed fills
  const streets = await rows<{ code: string; user_id: string; username: string }>(
    database,
    `SELECT s.code, u.id AS user_id, u.username FROM regions s JOIN users u ON u.username = 'seed-' || s.code
     WHERE s.level = 4 AND s.code LIKE '${PREFIX}%' ORDER BY md5(s.code) LIMIT 50`,
  );
  const months = Array.from({ length: 24 }, (_, i) => {
    const now = new Date(Date.now() + 8 * 3600_000);
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return month.toISOString().slice(0, 7);
  });
  const streetMonths = Array.from({ length: REQUESTS }, (_, i) => ({ street: streets[i % streets.length]!, month: months[(i * 7) % 24]! }));
  if (volunteers.length === 0 || organizations.length === 0 || streets.length === 0) throw new Error('no seeded data to ask about');

  await openAccounts(database, [...volunteers.map((v) => v.user_id), ...streets.map((s) => s.user_id)]);
  const t0 = performance.now();
  const volunteerClients: Client[] = [];
  for (const v of volunteers) volunteerClients.push(await login(app, v.username, TEST_PASSWORD));
  const streetClients = new Map<string, Client>();
  for (const s of streets) streetClients.set(s.code, await login(app, s.username, TEST_PASSWORD));
  const city = await login(app, officer, TEST_PASSWORD);
  console.log(`signed in ${volunteerClients.length + streetClients.size + 1} accounts in ${seconds(t0)} s`);

  const volunteerOf = (i: number) => i % volunteers.length;
  const organizationOf = (i: number) => organizations[i % organizations.length]!.id;
  const chinaMonth = (month: string) => {
    const from = new Date(`${month}-01T00:00:00+08:00`);
    const [year, m] = month.split('-').map(Number) as [number, number];
    const to = new Date(Date.UTC(year, m, 1) - 8 * 3600_000);
    return [from.toISOString(), to.toISOString()];
  };

  const questions = [
    {
      name: "a volunteer's balance and history",
      target: 50,
      api: async (i: number) => {
        const body = await get(volunteerClients[volunteerOf(i)]!, '/api/v1/volunteers/me/records?page=1');
        if (!Array.isArray(body.items)) throw new Error('no items');
      },
      sql: async (i: number) => {
        const id = volunteers[volunteerOf(i)]!.id;
        await database.driver.query(
          `SELECT sum(hours) AS hours, sum(points) AS points, count(*) AS records FROM service_records WHERE volunteer_id = $1`,
          [id],
          'object',
        );
        await database.driver.query(
          `SELECT * FROM service_records WHERE volunteer_id = $1 ORDER BY started_at DESC, id DESC LIMIT 20`,
          [id],
          'object',
        );
      },
    },
    {
      name: "an organization's activity list",
      target: 50,
      api: async (i: number) => {
        const body = await get(city, `/api/v1/organizations/${organizationOf(i)}/activities?page=1&pageSize=20`);
        if (!Array.isArray(body.items)) throw new Error('no items');
      },
      sql: async (i: number) => {
        const id = organizationOf(i);
        await database.driver.query(
          `SELECT * FROM activities WHERE organization_id = $1 ORDER BY starts_at DESC, id DESC LIMIT 20`,
          [id],
          'object',
        );
        await database.driver.query(`SELECT count(*) FROM activities WHERE organization_id = $1`, [id], 'object');
      },
    },
    {
      name: "a street's monthly volunteer hours",
      target: 200,
      api: async (i: number) => {
        const { street, month } = streetMonths[i]!;
        const body = await get(streetClients.get(street.code)!, `/api/v1/volunteering/monthly-hours?region=${street.code}&month=${month}`);
        if (!Array.isArray(body.rows)) throw new Error('no rows');
      },
      sql: async (i: number) => {
        const { street, month } = streetMonths[i]!;
        // per community (and the street's own organizations), plus the street's total with each volunteer once
        await database.driver.query(
          `SELECT left(region_code, 12) AS region, sum(hours) AS hours, count(*) AS records, count(DISTINCT volunteer_id) AS volunteers
           FROM service_records WHERE region_code LIKE '${street.code}%' AND started_at >= $1 AND started_at < $2
           GROUP BY GROUPING SETS ((left(region_code, 12)), ())`,
          chinaMonth(month),
          'object',
        );
      },
    },
  ];

  const results = [];
  for (const q of questions) {
    console.log(`\n${q.name}`);
    // read every sampled row once first: both sides are measured on a warm cache
    for (let i = 0; i < REQUESTS; i++) await q.sql(i);
    const api = await time('endpoint', q.api);
    const sql = await time('plain SQL', q.sql);
    results.push({ ...q, api, sql });
  }
  await app.close();
  return { results, size, seedSeconds };
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url) {
  console.error('community-life benchmark: set BENCH_DATABASE_URL (a PostgreSQL server)');
  process.exit(1);
}
const admin = await openDatabase({ url });
// pg_trgm belongs in public (as apps/server/src/test/global-setup.ts does): created by a migration in this schema,
// dropping the schema would take it away from every other schema
await admin.driver.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
if (!SKIP_SEED) await admin.driver.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
await admin.driver.exec(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
const database = await openDatabase({ url, searchPath: `${SCHEMA},public` });
let outcome: Awaited<ReturnType<typeof measure>>;
try {
  outcome = await measure(database);
} finally {
  await database.close();
  if (!KEEP) await admin.driver.exec(`DROP SCHEMA ${SCHEMA} CASCADE`);
  await admin.close();
}

const { results, size, seedSeconds } = outcome;
const n = (value: number | undefined) => Math.round(value ?? 0).toLocaleString('en-US');
const ms = (t: Timing) => `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)} ms`;
const lines = [
  `Community life, ${SCALE} scale on PostgreSQL: ${n(size.organizations)} organizations, ${n(size.volunteers)} volunteers, ` +
    `${n(size.activities)} activities, ${n(size.volunteer_needs)} needs, ${n(size.volunteer_signups)} sign-ups, ` +
    `${n(size.service_records)} service records (${size.service_records_gib!.toFixed(1)} GiB with indexes)` +
    (seedSeconds ? `; seeded in ${seedSeconds} s` : '') +
    `. ${REQUESTS} sequential requests per question, warm cache.`,
  '',
  '| question | target p95 | endpoint p50 / p95 | plain SQL p50 / p95 | endpoint ÷ SQL (p95) |',
  '|---|---|---|---|---|',
  ...results.map((r) => `| ${r.name} | ${r.target} ms | ${ms(r.api)} | ${ms(r.sql)} | ${(r.api.p95 / r.sql.p95).toFixed(1)}× |`),
];
const report = lines.join('\n');
console.log('\n' + report);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL(`./results/community-life-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}.md`, import.meta.url),
  report + '\n',
);
