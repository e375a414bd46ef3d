// Ledger import and list export in a real browser (issue 5): the street officer of 南京东路街道 uploads a ledger
// with three bad rows, reads the check report (on the page and as the downloaded spreadsheet), corrects the file,
// uploads it again, imports everything, finds the organizations in the list, then exports the list to Excel and
// the test reads the file back: the imported names are in it and the phones are masked; the filing list exports
// as CSV.
import { creditCodeCheckCharacter, ledgerColumnLabels, type LedgerColumn } from '@linli/shared';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../apps/server/src/modules/demo/accounts.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPlatform } from './server.js';
import { finish, label, logIn, shot } from './session.js';

const STEP_MS = 180_000;
const STREET = '310101002'; // 南京东路街道
const run = Date.now().toString(36).slice(-5);

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;

interface LedgerRow {
  name: string;
  tier: string;
  community: string;
  serviceFields: string;
  leaderName: string;
  leaderPhone: string;
  memberCount: string | number;
  creditCode: string;
  foundedOn: string;
}

// The template's headers (the zh-CN column labels), so the columns match without help.
const columns: LedgerColumn[] = [
  'name',
  'tier',
  'community',
  'serviceFields',
  'leaderName',
  'leaderPhone',
  'memberCount',
  'creditCode',
  'foundedOn',
];
const headers = columns.map((column) => ledgerColumnLabels['zh-CN'][column]);

async function workbookOf(rows: LedgerRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(columns.map((column) => row[column as keyof LedgerRow]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A valid unified social credit code (社会组织 5 / 社会团体 1, Huangpu's code, a running number). */
function creditCode(serial: number): string {
  const first17 = `51310101MJ${String(5000000 + serial).slice(-7)}`;
  return first17 + creditCodeCheckCharacter(first17)!;
}

/** The [code, name] of a region's children, read through the API as one of the demo accounts. */
async function childrenOf(username: string, parent: string): Promise<[string, string][]> {
  const context = await browser.newContext({ baseURL: platform.baseUrl });
  try {
    const login = await context.request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(login.ok()).toBe(true);
    const response = await context.request.get(`/api/v1/regions?parent=${parent}&pageSize=200`);
    const body = (await response.json()) as { items: { code: string; name: string }[] };
    return body.items.map((region) => [region.code, region.name]);
  } finally {
    await context.close();
  }
}

async function upload(page: Page, filename: string, file: Buffer) {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: filename, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await page.waitForURL(/\/organizations\/import\/[^/?]+$/);
  await page.getByRole('button', { name: '开始检查（不写入）' }).waitFor();
}

async function readWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))),
  );
  return rows;
}

describe('ledger import and list export', () => {
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it(
    'the street officer imports a ledger after correcting three bad rows, then exports the list',
    async () => {
      const session = await logIn(browser, platform.baseUrl, 'demo-street', '南京东路街道');
      const { page } = session;

      // real community names: three of the street's, and one of a neighbouring street in 黄浦区 (not the officer's)
      const communities = (await childrenOf('demo-street', STREET)).map(([, name]) => name);
      expect(communities.length).toBeGreaterThanOrEqual(3);
      const otherStreet = (await childrenOf('demo-district', '310101')).find(([code]) => code !== STREET)![0];
      const foreignCommunity = (await childrenOf('demo-district', otherStreet))[0]![1];

      const good: LedgerRow[] = Array.from({ length: 7 }, (_, i) => ({
        name: `E2E台账${run}${['合唱团', '太极队', '读书会', '编织小组', '棋艺社', '志愿服务队', '插花小组'][i]}`,
        tier: i % 2 === 0 ? '群众活动团队' : '社区活动小组',
        community: communities[i % 3]!,
        serviceFields: i === 5 ? '志愿服务、邻里互助' : '文化艺术',
        leaderName: ['王建国', '李秀兰', '张志强', '刘芳', '陈明', '杨丽', '赵磊'][i]!,
        leaderPhone: `1391234${String(5670 + i)}`,
        memberCount: 10 + i,
        creditCode: '',
        foundedOn: `2021-03-0${i + 1}`,
      }));
      const code = creditCode(Number.parseInt(run, 36) % 1_000_000);
      const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      const badRows: LedgerRow[] = [
        { ...good[0]!, name: `E2E台账${run}腰鼓队`, leaderName: '孙红', leaderPhone: '13912348801', creditCode: wrongCheck },
        { ...good[1]!, name: `E2E台账${run}舞蹈队`, leaderName: '周平', leaderPhone: '13912348802', community: foreignCommunity },
        { ...good[2]!, name: `E2E台账${run}书法小组`, leaderName: '吴刚', leaderPhone: '13912348803', memberCount: '十几' },
      ];
      const fixedRows: LedgerRow[] = [
        { ...badRows[0]!, creditCode: code },
        { ...badRows[1]!, community: communities[1]! },
        { ...badRows[2]!, memberCount: 15 },
      ];
      const allNames = [...good, ...fixedRows].map((row) => row.name);

      // ① upload
      await page.goto('/organizations');
      await page.getByRole('link', { name: '导入台账' }).click();
      await page.waitForURL(/\/organizations\/import/);
      await page.getByText('点击或把台账文件拖到这里上传').waitFor();
      await page.getByText('上海市 / 黄浦区 / 南京东路街道').waitFor(); // the region defaults to the officer's street
      await shot(page, 'ledger-01-upload');
      await upload(page, `南京东路街道台账-${run}.xlsx`, await workbookOf([...good, ...badRows]));

      // ② the template's headers are matched without help
      for (const header of headers) await page.getByRole('cell', { name: header, exact: true }).waitFor();
      await expect(page.getByText('以下必填字段还没有对应的列', { exact: false }).count()).resolves.toBe(0);
      await shot(page, 'ledger-02-mapping');
      await page.getByRole('button', { name: '开始检查（不写入）' }).click();

      // ③ the report: 7 new rows, 3 errors, each naming its row and column
      await page.getByText('发现 3 行错误').waitFor();
      const errorsTab = page.getByRole('tabpanel');
      const expectations: [number, string][] = [
        [9, '统一社会信用代码'],
        [10, '所在社区'],
        [11, '成员人数'],
      ];
      for (const [rowNumber, column] of expectations) {
        const row = errorsTab.getByRole('row').filter({ has: page.getByRole('cell', { name: String(rowNumber), exact: true }) });
        await row.getByText(`「${column}」`, { exact: false }).waitFor();
      }
      expect(await page.getByRole('button', { name: label('全部导入') }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: '只导入正确的 7 行' }).waitFor();
      await shot(page, 'ledger-03-report');

      // the report spreadsheet: the uploaded sheet with an error column
      const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载检查报告' }).click()]);
      const reportRows = await readWorkbook(await report.path());
      const errorColumn = reportRows[0]!.indexOf('错误说明');
      expect(errorColumn).toBeGreaterThanOrEqual(0);
      expect(reportRows.slice(1).filter((row) => (row[errorColumn] ?? '').trim() !== '')).toHaveLength(3);

      // the same report in English
      await page.getByText('English', { exact: true }).click();
      await page.getByText('3 rows have errors').waitFor();
      await shot(page, 'ledger-04-report-en');
      await page.getByText('中文', { exact: true }).click();
      await page.getByText('发现 3 行错误').waitFor();

      // corrected file, uploaded again: no errors, all 10 imported
      await page.getByRole('button', { name: '修正后重新上传' }).click();
      await page.waitForURL(/\/organizations\/import\?/);
      await page.getByText('上传新文件后，上次的检查结果', { exact: false }).waitFor();
      await upload(page, `南京东路街道台账-${run}-修正.xlsx`, await workbookOf([...good, ...fixedRows]));
      await page.getByRole('button', { name: '开始检查（不写入）' }).click();
      await page.getByText('检查通过，没有错误').waitFor();
      await page.getByRole('tab', { name: '新增 (10)' }).waitFor();
      await page.getByRole('tab', { name: '错误 (0)' }).waitFor();
      await shot(page, 'ledger-05-report-clean');
      await page.getByRole('button', { name: label('全部导入') }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: label('确定') })
        .click();

      // ④ done
      await page.getByText('导入完成').waitFor();
      await page.getByText('新增 10 个组织，更新 0 个组织，0 个无变化。').waitFor();
      await shot(page, 'ledger-06-done');

      // the organizations are in the list
      await page.getByRole('link', { name: '查看组织列表' }).click();
      await page.waitForURL(/\/organizations\?region=310101002/);
      await page.getByPlaceholder('名称、负责人或代码').fill(`E2E台账${run}`);
      await page.getByRole('button', { name: label('查询') }).click();
      await page.getByText('共 10 个组织').waitFor();
      for (const name of allNames.slice(0, 3)) await page.getByRole('link', { name, exact: true }).waitFor();

      // export the list as Excel: the notification turns into the download link
      await page.getByRole('button', { name: /导出/ }).click();
      await page.getByRole('menuitem', { name: /导出 Excel/ }).waitFor();
      await page.getByText('包含完整联系电话和身份证号（将记入审计日志）').waitFor();
      await shot(page, 'ledger-07-export-menu');
      await page.getByRole('menuitem', { name: /导出 Excel/ }).click();
      const downloadLink = page.getByRole('link', { name: /^下载 .+\.xlsx$/ });
      await downloadLink.waitFor();
      await shot(page, 'ledger-08-export-done');
      const [exported] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
      expect(exported.suggestedFilename()).toMatch(/\.xlsx$/);
      const exportedRows = await readWorkbook(await exported.path());
      const nameColumn = exportedRows[0]!.indexOf('组织名称');
      const phoneColumn = exportedRows[0]!.indexOf('负责人电话');
      expect(nameColumn).toBeGreaterThanOrEqual(0);
      expect(phoneColumn).toBeGreaterThanOrEqual(0);
      const byName = new Map(exportedRows.slice(1).map((row) => [row[nameColumn], row]));
      for (const name of allNames) expect(byName.has(name), name).toBe(true);
      for (const row of byName.values()) if (row[phoneColumn]) expect(row[phoneColumn]).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(byName.get(good[0]!.name)![phoneColumn]).toBe('139****5670');

      // the jobs page lists the imports and the export
      await page.getByRole('menuitem', { name: '导入导出任务' }).click();
      await page.waitForURL(/\/jobs$/);
      await page.getByText(`南京东路街道台账-${run}-修正.xlsx`).waitFor();
      await page.getByRole('cell', { name: '已导入' }).first().waitFor();
      await page.getByRole('cell', { name: '已放弃' }).first().waitFor();
      await page.getByRole('link', { name: '下载', exact: true }).first().waitFor();
      await shot(page, 'ledger-09-jobs');

      // the filing list exports too, as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese)
      await page.goto('/filings');
      await page.getByRole('button', { name: /导出/ }).click();
      await page.getByRole('menuitem', { name: /导出 CSV/ }).waitFor();
      await shot(page, 'ledger-10-filings-export-menu');
      await page.getByRole('menuitem', { name: /导出 CSV/ }).click();
      const filingsLink = page.getByRole('link', { name: /^下载 .+\.csv$/ });
      await filingsLink.waitFor();
      const [filings] = await Promise.all([page.waitForEvent('download'), filingsLink.click()]);
      const csv = await readFile((await filings.path())!, 'utf8');
      expect(csv.startsWith('\ufeff')).toBe(true);
      expect(csv.split('\r\n')[0]).toContain('组织名称');
      await finish(session);
    },
    STEP_MS,
  );
});
