// `linli import orgs` in a child process on an embedded database of its own: dry run, all-or-nothing, valid rows only.
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/linli.mjs', import.meta.url));
let dataDir: string;

function linli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LINLI_DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'LINLI_MASTER_KEY', 'PORT']) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

const ledger = () => join(dataDir, '台账.xlsx');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'linli-import-'));
  const book = new ExcelJS.Workbook();
  book.addWorksheet('台账').addRows([
    ['序号', '队伍', '类别', '社区', '服务领域', '负责人', '人数'],
    [1, '命令行测试队', '群众活动团队', '云南中路', '养老', '王芳', 12],
    [2, '命令行错误队', '群众活动团队', '不存在的社区', '养老', '王芳', '十几'],
  ]);
  await book.xlsx.writeFile(ledger());
  writeFileSync(join(dataDir, 'mapping.json'), JSON.stringify({ 队伍: 'name', 序号: null }));
  expect((await linli(['import', 'regions', '--prefix', '310101002'])).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('linli import orgs', () => {
  const args = () => ['import', 'orgs', ledger(), '--region', '310101002', '--mapping', join(dataDir, 'mapping.json')];

  it('reports each bad row in a dry run and writes nothing', async () => {
    const run = await linli([...args(), '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('row 3「社区」在南京东路街道内找不到社区（村）“不存在的社区”');
    expect(run.stdout).toContain('row 3「人数」“十几”不是整数');
    expect(run.stdout).toContain('2 rows: 1 to create, 0 to update, 0 unchanged, 1 with errors');
  });

  it('writes nothing while a row is wrong (exit 1), the valid rows with --valid-only, and nothing twice', async () => {
    const refused = await linli(args());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing written');
    expect((await linli([...args(), '--valid-only'])).stdout).toContain('1 to create');
    expect((await linli([...args(), '--valid-only'])).stdout).toContain('0 to create, 0 to update, 1 unchanged');
  });

  it('explains a file it cannot read', async () => {
    writeFileSync(join(dataDir, 'fake.xlsx'), Buffer.from('MZ\x90\x00not a workbook'));
    const run = await linli(['import', 'orgs', join(dataDir, 'fake.xlsx'), '--region', '310101002']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('不支持的文件类型');
  });
});
