// `linli export orgs`: the real executable in a child process, on an embedded database in a temporary directory.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';

const bin = fileURLToPath(new URL('../../bin/linli.mjs', import.meta.url));
const NANJING_EAST = '310101002';

function linli(dataDir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LINLI_DATA_DIR: join(dataDir, 'data') };
  for (const name of ['DATABASE_URL', 'LINLI_MASTER_KEY', 'PORT']) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, cwd: dataDir, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

// Child processes on their own PGlite (the PostgreSQL project leaves src/cli out: once is enough).
describe('linli export orgs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'linli-export-'));
    const seeded = await linli(dir, ['seed', '--scale', 'community']);
    if (seeded.code !== 0) throw new Error(seeded.stderr);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its usage with examples', async () => {
    const { code, stdout } = await linli(dir, ['export', 'orgs', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: linli export orgs');
    expect(stdout).toContain('linli export orgs --region 310101');
  });

  it('writes the region’s organizations to a named .xlsx in the current directory, and audits it', async () => {
    const { code, stdout } = await linli(dir, ['export', 'orgs', '--region', NANJING_EAST]);
    expect(code).toBe(0);
    const written = readdirSync(dir).find((name) => name.endsWith('.xlsx'))!;
    expect(written).toMatch(/^社区社会组织_南京东路街道_\d{8}-\d{4}\.xlsx$/);
    const rows = Number(/organizations: (\d+) rows written/.exec(stdout)![1]);
    expect(rows).toBeGreaterThan(300);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, written)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('组织名称');

    const database = await openDatabase({ dataDir: join(dir, 'data', 'pglite') });
    try {
      const events = (await database.db.execute(
        sql`SELECT actor_name, region_code, after FROM audit_events WHERE action = 'list.exported'`,
      )) as unknown as { actor_name: string; region_code: string; after: Record<string, unknown> }[];
      expect(events).toEqual([
        {
          actor_name: 'linli export (command line)',
          region_code: NANJING_EAST,
          after: { list: 'organizations', format: 'xlsx', filters: {}, rows, includePersonalData: false },
        },
      ]);
    } finally {
      await database.close();
    }
  });

  it('applies --tier and --status and writes .csv to --output', async () => {
    const { code, stdout } = await linli(dir, [
      'export',
      'orgs',
      '--region',
      NANJING_EAST,
      '--format',
      'csv',
      '--tier',
      'group',
      '--status',
      'active',
      '--output',
      'groups.csv',
    ]);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'groups.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines.length - 1).toBe(Number(/(\d+) rows/.exec(stdout)![1]));
    expect(lines.slice(1).every((line) => line.split(',')[1] === '社区活动小组')).toBe(true);
  });

  it('exits 1 for an unknown region and 2 for a bad option, leaving no file', async () => {
    const unknown = await linli(dir, ['export', 'orgs', '--region', '310199', '--output', 'none.xlsx']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown region 310199');
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
    const badTier = await linli(dir, ['export', 'orgs', '--region', NANJING_EAST, '--tier', 'club']);
    expect(badTier.code).toBe(2);
    expect(badTier.stderr).toContain('club is not one of');
    expect((await linli(dir, ['export', 'orgs', '--region', '3101x'])).code).toBe(2);
    expect((await linli(dir, ['export', 'orgs', '--region', NANJING_EAST, '--format', 'xls'])).code).toBe(2);
  });
});
