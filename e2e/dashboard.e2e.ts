// The targets dashboard in a real browser (issue: policy packs and the targets dashboard): the city officer sees
// the ministry's and Shanghai's indicators, drills 黄浦区 → 南京东路街道 → a community → the organizations behind
// the number, and downloads the table as Excel.
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPlatform } from './server.js';
import { finish, logIn, shot } from './session.js';

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
const STEP_MS = 120_000;

describe('targets dashboard', () => {
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('the city officer drills from 上海市 down to the organizations of one community', async () => {
    const session = await logIn(browser, platform.baseUrl, 'demo-city', '上海市民政局');
    const { page } = session;
    await page.getByRole('heading', { name: /数据看板\s*·\s*上海市/ }).waitFor();
    await page.getByText('民发〔2017〕191号').first().waitFor();
    await page.getByText('沪民社管发〔2021〕2号').first().waitFor();
    await page.getByText('城市社区平均拥有社区社会组织数').first().waitFor();
    await shot(page, 'dashboard-01-city');

    await page.getByRole('tab', { name: /沪民社管发/ }).click();
    await page.getByRole('link', { name: '黄浦区', exact: true }).click();
    await page.waitForURL(/region=310101(&|$)/);
    await page.getByRole('heading', { name: /黄浦区/ }).waitFor();
    await page.getByRole('link', { name: '南京东路街道', exact: true }).click();
    await page.waitForURL(/region=310101002(&|$)/);
    await shot(page, 'dashboard-02-street');
    await page.getByRole('link', { name: '云南中路居委会', exact: true }).click();
    await page.waitForURL(/region=310101002001(&|$)/);
    await page.getByRole('heading', { name: /云南中路居委会/ }).waitFor();

    // the card's figure opens the organizations that make it, and their count is the figure's numerator
    const indicators = await page.evaluate(async () => (await fetch('/api/v1/stats/indicators?region=310101002001&policy=shanghai-2021')).json());
    const urban = indicators.packs[0].indicators.find((i: { id: string }) => i.id === 'urban-avg');
    await page.getByTitle('查看这些组织').first().click();
    await page.waitForURL(/\/organizations\?.*region=310101002001/);
    await page.getByText(`共 ${urban.numerator} 个组织`).waitFor();
    await shot(page, 'dashboard-03-organizations');
    await finish(session);
  }, STEP_MS);

  it('downloads the child-region table as Excel, and shows the dashboard in English', async () => {
    const session = await logIn(browser, platform.baseUrl, 'demo-city', '上海市民政局');
    const { page } = session;
    await page.getByText('城市社区平均拥有社区社会组织数').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^上海市-指标-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['mca-2017', 'shanghai-2021']);
    const sheet = workbook.getWorksheet('shanghai-2021')!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value), row.values as unknown[]));
    expect(rows.get('31')![2]).toBe('上海市（合计）');
    expect(rows.get('310101')![2]).toBe('黄浦区');
    // 黄浦区 holds the demo organizations: its urban average is a number, the empty districts' a zero
    expect(rows.get('310101')![3]).toBeGreaterThan(0);
    expect(rows.get('310106')![3]).toBe(0);
    // the platform under test holds 黄浦区 and 静安区 only
    expect([...rows.keys()].filter((code) => /^\d+$/.test(code)).sort()).toEqual(['31', '310101', '310106']);

    await page.getByText('English', { exact: true }).click();
    await page.getByText('Average organizations per urban community').first().waitFor();
    await shot(page, 'dashboard-04-city-en');
    await finish(session);
  }, STEP_MS);
});
