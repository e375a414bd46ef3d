// The major-activity journey in a real browser (suzhou-2021 二（四）2, shanghai-2021 四（二）): the demo leader records a
// 人员集会 of 300 people for next week and cannot mark it held (the page says why), reports it; the street officer of
// 南京东路街道 acknowledges it from the report queue; a week passes; the leader marks it held.
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPlatform } from './server.js';
import { finish, label, logIn as signIn, shot, waitForClosed } from './session.js';

const step = { timeout: 180_000 };
const run = Date.now().toString(36).slice(-5);
const title = `邻里广场集会${run}`;
const DAY_MS = 86_400_000;

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let activityPath = '';

const logIn = (username: string, displayName: string) => signIn(browser, platform.baseUrl, username, displayName);

/** A date-time `days` from now as the pickers take it (the browser's own time zone). */
function pickerTime(days: number, hour: number): string {
  const date = new Date(Date.now() + days * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(hour)}:00`;
}

async function pickDateTime(page: Page, fieldLabel: string, value: string) {
  const input = page.getByLabel(fieldLabel, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await waitForClosed(page, '.ant-picker-dropdown');
}

const heldButton = (page: Page) => page.getByRole('button', { name: label('标记已举办') });

describe('major-activity journey', () => {
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  }, 300_000); // a stale web app is rebuilt first

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('the leader records a gathering of 300 for next week: it is major, and cannot be held until it is reported', step, async () => {
    const session = await logIn('demo-leader', '李秀英');
    const { page } = session;
    await page.goto('/activities/new');
    const organization = page.getByLabel('组织', { exact: true });
    await organization.click();
    await page.locator('.ant-select-item-option').first().click();
    await waitForClosed(page, '.ant-select-dropdown');
    await page.getByLabel('活动名称', { exact: true }).fill(title);
    await page.getByLabel('类型', { exact: true }).click();
    await page.getByTitle('人员集会', { exact: true }).click();
    await waitForClosed(page, '.ant-select-dropdown');
    await pickDateTime(page, '开始时间', pickerTime(7, 9));
    await pickDateTime(page, '结束时间', pickerTime(7, 12));
    await page.getByLabel('地点', { exact: true }).fill('云南中路街心花园');
    await page.getByLabel('预计人数', { exact: true }).fill('300');
    // the region's rule is shown, and turns into a warning for what is being entered
    await page.getByText('按本地区政策，这将是须报告的重大活动：保存后请在开始前报告。').waitFor();
    await shot(page, 'major-01-form');
    await page.getByRole('button', { name: label('登记') }).click();
    await page.waitForURL(/\/activities\/(?!new)[^/?]+$/);
    activityPath = new URL(page.url()).pathname;

    await page.getByRole('heading', { level: 3 }).getByText(title, { exact: true }).waitFor();
    await page.getByText('这是须报告的重大活动，须在开始前报告并经街道（乡镇）确认后才能标记为已举办。').waitFor();
    await page.getByText('重大活动：须在开始前 3 天报告，由街道（乡镇）确认').waitFor();
    expect(await heldButton(page).isDisabled()).toBe(true);
    await shot(page, 'major-02-not-reported');

    await page.getByRole('button', { name: '报告重大活动' }).click();
    await page.getByText('报告已提交，等待街道（乡镇）确认').waitFor();
    await page.getByText('重大活动报告正等待街道（乡镇）确认，确认后才能标记为已举办。').waitFor();
    await page.locator('.ant-descriptions').getByText('待确认', { exact: true }).waitFor();
    expect(await heldButton(page).isDisabled()).toBe(true);
    await shot(page, 'major-03-reported');
    await finish(session);
  });

  it('the street officer acknowledges it from the report queue', step, async () => {
    const session = await logIn('demo-street', '南京东路街道');
    const { page } = session;
    await page.goto('/major-reports');
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    await shot(page, 'major-04-street-queue');
    await row.getByRole('button', { name: label('确认') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`确认：${title}`, { exact: true }).waitFor();
    await dialog.getByLabel('意见', { exact: true }).fill('请做好安全预案和人员疏导。');
    await dialog.getByRole('button', { name: label('确认') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.waitFor({ state: 'detached' });
    await page.getByText('已确认').first().waitFor();
    await finish(session);
  });

  it('before it starts it still cannot be held; once it has begun, the leader marks it held', step, async () => {
    const session = await logIn('demo-leader', '李秀英');
    const { page } = session;
    await page.goto(activityPath);
    await page.getByText('请做好安全预案和人员疏导。', { exact: true }).waitFor();
    await page.getByText('活动开始后才能标记为已举办。').waitFor();
    expect(await heldButton(page).isDisabled()).toBe(true);

    // A week passes: the activity and its report move into the past together, so it was still reported in time.
    const id = activityPath.split('/').pop()!;
    const { db } = platform.app.services.database;
    await db.execute(
      sql`UPDATE activities SET starts_at = starts_at - interval '8 days', ends_at = ends_at - interval '8 days' WHERE id = ${id}`,
    );
    await db.execute(
      sql`UPDATE major_activity_reports SET reported_at = reported_at - interval '8 days', decided_at = decided_at - interval '8 days' WHERE activity_id = ${id}`,
    );

    await page.reload();
    await page.getByRole('heading', { level: 3 }).getByText(title, { exact: true }).waitFor();
    await heldButton(page).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('实际人数', { exact: true }).fill('286');
    await dialog.getByLabel('简要情况', { exact: true }).fill('共 286 人参加，秩序良好。');
    await dialog.getByRole('button', { name: '确认已举办' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 3 }).getByText('已举办', { exact: true }).waitFor();
    await page.getByText('共 286 人参加，秩序良好。', { exact: true }).waitFor();
    await shot(page, 'major-05-held');
    await finish(session);
  });
});
