// The time bank in a real browser (tianjin-2018 四（三）): the demo leader posts a need for service given earlier
// today (补录 — the API takes a past slot while its hours can still be confirmed, so the journey needs no clock
// tricks), 张伟 signs up, the leader confirms his hours, he sees his points, redeems a reward and downloads his
// service-record certificate, and a stranger who is not logged in checks the certificate's code on /verify.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPlatform } from './server.js';
import { finish, label, logIn as signIn, shot, waitForClosed } from './session.js';

const step = { timeout: 120_000 };
const run = Date.now().toString(36).slice(-5);
const title = `云南中路楼道清洁${run}`;

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let needUrl = '';
let code = '';

const logIn = (username: string, displayName: string) => signIn(browser, platform.baseUrl, username, displayName);

/** 'YYYY-MM-DD HH:mm' in the browser's (and this process's) time zone, `hours` from now, on the minute. */
function localTime(hours: number): string {
  const d = new Date(Date.now() + hours * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Types a time into an antd date-time picker and confirms it with the picker's OK button (Enter would submit the form). */
async function pickTime(page: Page, fieldLabel: string, value: string) {
  const input = page.getByLabel(fieldLabel, { exact: true });
  await input.click();
  await input.fill(value);
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  // the next picker opens its own dropdown: wait until this one has finished closing, or there are two
  await waitForClosed(page, '.ant-picker-dropdown');
}

describe('volunteering and the time bank', () => {
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('the demo leader posts a need for service given earlier today', step, async () => {
    const session = await logIn('demo-leader', '李秀英');
    const { page } = session;
    await page.goto('/volunteering/needs');
    await page.getByRole('link', { name: '发布需求' }).click();
    await page.waitForURL(/\/volunteering\/needs\/new$/);
    const organization = page.getByLabel('发布组织', { exact: true });
    await organization.click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByLabel('需求名称', { exact: true }).fill(title);
    await page.getByLabel('服务内容', { exact: true }).fill('清理楼道堆物，张贴消防安全提示');
    await pickTime(page, '开始时间', localTime(-3));
    await pickTime(page, '结束时间', localTime(-1));
    await page.getByLabel('服务地点', { exact: true }).fill('云南中路 16 号楼');
    await page.getByLabel('招募人数', { exact: true }).fill('3');
    await shot(page, 'volunteering-1-post-need');
    await page.getByRole('button', { name: label('保存') }).click();
    await page.waitForURL(/\/volunteering\/needs\/[0-9a-f-]{36}$/);
    needUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 3 }).getByText(title).waitFor();
    await page.getByText('还没有志愿者报名').waitFor();
    await finish(session);
  });

  it('张伟 signs up for it from the list of open needs', step, async () => {
    const session = await logIn('demo-resident', '张伟');
    const { page } = session;
    await page.goto('/volunteering/needs');
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByRole('button', { name: label('报名') }).click();
    await page.getByText('报名成功').waitFor();
    await row.getByRole('button', { name: '取消报名' }).waitFor({ state: 'detached' }); // the service has started: no withdrawing
    await row.getByText('1 / 3 人').waitFor();
    await shot(page, 'volunteering-2-needs-signed-up');
    await finish(session);
  });

  it('the leader confirms his hours', step, async () => {
    const session = await logIn('demo-leader', '李秀英');
    const { page } = session;
    await page.goto(needUrl);
    const row = page.getByRole('row').filter({ hasText: '张伟' });
    await row.getByRole('button', { name: '确认时长' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('确认服务时长：张伟').waitFor();
    await expect(dialog.getByLabel('服务时长（小时）', { exact: true }).inputValue()).resolves.toBe('2.00');
    await shot(page, 'volunteering-3-confirm-hours');
    await dialog.getByRole('button', { name: '确认时长' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // 2 hours at 南京东路街道's 12 points an hour
    await row.getByText('已确认 2 小时，获得 24 积分').waitFor();
    await shot(page, 'volunteering-4-need-confirmed');
    await finish(session);
  });

  it('张伟 sees his points, redeems a reward and downloads his certificate', step, async () => {
    const session = await logIn('demo-resident', '张伟');
    const { page } = session;
    await page.goto('/volunteering/me');
    // the demo gave him 9.5 hours (114 points); today's 2 hours add 24
    const summary = page.locator('.ant-card').filter({ hasText: '我的时间银行' });
    await summary.getByText('11.5', { exact: true }).waitFor();
    await summary.getByText('138', { exact: true }).waitFor();
    await page.getByRole('cell', { name: title }).waitFor();
    await shot(page, 'volunteering-5-my-time-bank');

    await page.getByRole('tab', { name: '积分兑换' }).click();
    await page.getByText('我的积分：138').waitFor();
    const card = page.locator('.ant-card').filter({ hasText: '社区理发券' });
    await card.getByRole('button', { name: label('兑换') }).click();
    await page.getByText('用 30 积分兑换“社区理发券”？').waitFor();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: label('确定') })
      .click();
    await page.getByText('兑换成功，剩余积分 108').waitFor();
    await page.getByText('我的积分：108').waitFor();
    await shot(page, 'volunteering-6-rewards');

    await page.getByRole('tab', { name: '我的志愿服务' }).click();
    await page.getByRole('button', { name: '开具证明' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '开具证明' }).click();
    const issued = page.getByText(/^证明已开具，验证码 [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    code = (await issued.textContent())!.slice(-14);
    await page.getByRole('cell', { name: code }).waitFor();
    await page.locator('.ant-card').filter({ hasText: '兑换记录' }).getByRole('cell', { name: '社区理发券' }).waitFor();
    await shot(page, 'volunteering-7-certificate-issued');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`志愿服务记录证明-${code.replaceAll('-', '')}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`/verify/${code.replaceAll('-', '')}`);
    await finish(session);
  });

  it('a stranger, not logged in, checks the certificate on the public page', step, async () => {
    const context = await browser.newContext({ baseURL: platform.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/verify/${code.replaceAll('-', '').toLowerCase()}`);
    await page.getByText('证明真实有效').waitFor();
    await page.getByRole('cell', { name: '张*', exact: true }).waitFor();
    await page.getByRole('cell', { name: '11.5 小时' }).waitFor();
    expect(await page.getByText('张伟').count()).toBe(0);
    expect(page.url()).toContain('/verify/'); // not sent to the login page
    await shot(page, 'volunteering-8-verify-valid');
    await page.getByLabel('验证码', { exact: true }).fill('ABCD-EFGH-JKMN');
    await page.getByRole('button', { name: label('查验') }).click();
    await page.getByText('未找到该验证码对应的证明').waitFor();
    await shot(page, 'volunteering-9-verify-unknown');
    await context.close();
    expect(errors).toEqual([]);
  });
});
