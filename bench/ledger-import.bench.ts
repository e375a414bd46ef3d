// Benchmark: a 100,000-row ledger (issue 5: dry run plus commit under 30 s on the embedded database, peak memory
// under 512 MiB), through the API as 上海's civil-affairs officer, against a bare INSERT … SELECT of the same
// rows in the same run.
//   - Data: all of 上海市's regions; a generated .xlsx of 100,000 teams and groups spread over its 6,509
//     communities (named by code), each with a leader phone and half with an ID number.
//   - Steps: upload (read, encrypt and store the rows), dry run (judge every row), commit (judge again and write:
//     organizations, history, audit events, roll-ups), then the same file again (everything unchanged).
//   - Memory: process RSS (PGlite's worker thread included) and V8 heapUsed, sampled every 50 ms.
//   npm run bench:ledger            (LEDGER_BENCH_DATABASE_URL=postgres://… measures on a PostgreSQL server instead,
//                                    in a schema of its own that is dropped afterwards)
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { buildApp } from '../apps/server/src/app.js';
import { openDatabase } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { importRegions } from '../apps/server/src/modules/regions/regions.service.js';
import { syncRollupMeasures } from '../apps/server/src/modules/stats/rollups.service.js';
import { buildUser } from '../apps/server/src/test/factories.js';
import { login, testConfig, TEST_PASSWORD, type Client } from '../apps/server/src/test/test-app.js';
import { measured, report } from './memory.js';

const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 100_000);
const idNumber = (i: number) => {
  const body = `31010119${String(70 + (i % 30)).padStart(2, '0')}0101${String(i % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, k) => s + Number(d) * weights[k]!, 0);
  return body + '10X98765432'[sum % 11];
};

async function ledgerFile(communities: string[]): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('台账');
  sheet.addRow(['组织名称', '组织层级', '所在社区', '服务领域', '负责人', '负责人电话', '负责人身份证号', '成员人数', '成立日期']).commit();
  for (let i = 0; i < ROWS; i++)
    sheet
      .addRow([
        `台账基准组织${i}`,
        i % 3 ? '群众活动团队' : '社区活动小组',
        communities[i % communities.length],
        i % 2 ? '养老、邻里互助' : '文化艺术',
        '陈建国',
        `139${String(i).padStart(8, '0')}`,
        i % 2 ? idNumber(i) : '',
        5 + (i % 60),
        `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-15`,
      ])
      .commit();
  await sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

async function waitFor(client: Client, id: string, status: string) {
  for (;;) {
    const job = (await client.get(`/api/v1/imports/${id}`)).json();
    if (job.status === status) return job;
    if (job.status === 'failed') throw new Error(JSON.stringify(job.failure));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// PGlite on disk, as `npm start` runs it (in memory it would count its own pages as the import's memory), or a
// schema of its own on a PostgreSQL server
const url = process.env.LEDGER_BENCH_DATABASE_URL;
const schema = `bench_ledger_${process.pid}`;
const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-import-'));
if (url) await withAdmin(url, `CREATE SCHEMA ${schema}`);
const database = await openDatabase(url ? { url, searchPath: `${schema},public` } : { dataDir: join(dataDir, 'pglite') });
console.log(`database: ${url ? `PostgreSQL (${schema})` : 'PGlite on disk'}`);
try {
  await migrate(database);
  const { app } = await buildApp(database, testConfig());
  await app.ready();
  await importRegions(app.services, ['31']);
  await syncRollupMeasures(app.services);
  await buildUser(app.services, { role: 'civil_affairs', regionCode: '31', username: 'bench-city' });
  const client = await login(app, 'bench-city', TEST_PASSWORD);
  const communities = (
    (await database.db.execute(sql`SELECT code FROM regions WHERE level = 5 AND code LIKE '31%' ORDER BY code`)) as unknown as {
      code: string;
    }[]
  ).map((r) => r.code);
  const file = await ledgerFile(communities);
  console.log(
    `ledger import benchmark: ${ROWS.toLocaleString()} rows, ${(file.length / 1024 / 1024).toFixed(1)} MiB .xlsx, ${communities.length} communities\n`,
  );

  const run = async (label: string) => {
    let id = '';
    const upload = await measured(`${label}: upload (read + store)`, async () => {
      const response = await client.request('POST', `/api/v1/imports?region=31&filename=ledger.xlsx`, file, {
        'content-type': 'application/octet-stream',
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      id = response.json().id;
      return { rows: ROWS };
    });
    const check = await measured(`${label}: dry run`, async () => {
      const job = (await client.get(`/api/v1/imports/${id}`)).json();
      await client.post(`/api/v1/imports/${id}/analysis`, { mapping: job.mapping, version: job.version });
      const done = await waitFor(client, id, 'analyzed');
      return { rows: done.summary.rows };
    });
    const commit = await measured(`${label}: commit`, async () => {
      const job = (await client.get(`/api/v1/imports/${id}`)).json();
      await client.post(`/api/v1/imports/${id}/commit`, { mode: 'all', version: job.version });
      const done = await waitFor(client, id, 'committed');
      console.log(`  ${label}: ${JSON.stringify(done.summary)}`);
      return { rows: done.summary.rows };
    });
    return [upload, check, commit];
  };

  const first = await run('new ledger');
  const again = await run('same file again');
  await database.driver.exec('CREATE TABLE bench_copy (LIKE organizations INCLUDING DEFAULTS)');
  const baseline = await measured('baseline: bare INSERT … SELECT of the same rows', async () => {
    await database.driver.exec(`INSERT INTO bench_copy SELECT * FROM organizations WHERE name LIKE '台账基准组织%'`);
    return { rows: ROWS };
  });
  report([...first, ...again, baseline]);
  const total = first.reduce((s, m) => s + m.seconds, 0);
  console.log(
    `\nnew ledger, upload + dry run + commit: ${total.toFixed(1)} s (${(total / baseline.seconds).toFixed(0)}× the bare INSERT … SELECT)`,
  );
  await app.close();
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (url) await withAdmin(url, `DROP SCHEMA ${schema} CASCADE`);
}

async function withAdmin(adminUrl: string, statement: string) {
  const admin = await openDatabase({ url: adminUrl });
  await admin.driver.exec(statement);
  await admin.close();
}
