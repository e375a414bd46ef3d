// The establishment filing journey in a real browser (tianjin-2018 三（二）: the committee does the first
// review, the street files): an organization leader and a committee worker submit, a committee colleague
// first-reviews (never one's own filing), the street files one of them, the district sees the new
// organization and the neighbouring district does not.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPlatform } from './server.js';
import { finish, label, logIn as signIn, shot } from './session.js';

const step = { timeout: 120_000 };

// Fresh names per run; the HTML metacharacters must come out as text, never as markup.
const run = Date.now().toString(36).slice(-5);
const committeeOrg = `云南中路<b>E2E</b>读书会${run}`;
const leaderOrg = `云南中路<i>E2E</i>&amp;合唱团${run}`;

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
const ids = { committeeFiling: '', leaderFiling: '', organization: '' };
let filingNumber = '';

const logIn = (username: string, displayName: string) => signIn(browser, platform.baseUrl, username, displayName);

/** The page title of a filing or organization: its name and status tag. */
const title = (page: Page) => page.getByRole('heading', { level: 3 });

async function expectTitle(page: Page, ...parts: string[]) {
  for (const part of parts) await title(page).getByText(part, { exact: true }).waitFor();
}

/** Submits an establishment filing through /filings/new and returns its id (the page opens the filing). */
async function submitEstablishment(page: Page, name: string, leader: string, member: string) {
  await page.goto('/filings/new');
  await page.getByRole('button', { name: '成立备案' }).click();
  await page.waitForURL(/\/filings\/new\?kind=establish/);
  await page.getByLabel('组织名称', { exact: true }).fill(name);
  const serviceFields = page.getByLabel('服务领域', { exact: true });
  await serviceFields.click();
  await serviceFields.fill('文化艺术');
  await page.getByTitle('文化艺术', { exact: true }).last().waitFor(); // the filtered option
  await serviceFields.press('Enter');
  await serviceFields.press('Escape');
  await page.getByLabel('成员人数', { exact: true }).fill('12');
  await page.getByLabel('负责人', { exact: true }).fill(leader);
  await page.getByLabel('简易章程', { exact: true }).fill(`${name}章程：以阅读交流、邻里互助为宗旨，每月活动两次，成员自愿参加。`);
  await page.getByLabel('姓名', { exact: true }).fill(member);
  await page.getByRole('button', { name: label('提交') }).click();
  await page.waitForURL(/\/filings\/(?!new)[^/?]+$/);
  await expectTitle(page, '待居委会初审');
  await title(page).getByText(`成立备案：${name}`, { exact: true }).waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Opens a filing from the work queue and takes an action with a comment through its dialog. */
async function actFromQueue(page: Page, organizationName: string, action: string, comment: string, screenshot?: string) {
  await page.goto('/queue');
  await page.getByRole('link', { name: organizationName, exact: true }).click();
  await page.waitForURL(/\/filings\/[^/?]+$/);
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`${action}：${organizationName}`, { exact: true }).waitFor();
  await dialog.getByLabel('意见', { exact: true }).fill(comment);
  if (screenshot) await shot(page, screenshot);
  await dialog.getByRole('button', { name: label(action) }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(comment, { exact: true }).waitFor(); // the timeline records the step
}

describe('establishment filing journey', () => {
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  }, 300_000); // a stale web app is rebuilt first

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('a committee worker submits a filing and may not first-review it', step, async () => {
    const session = await logIn('demo-committee', '云南中路居委会');
    const { page } = session;
    ids.committeeFiling = await submitEstablishment(page, committeeOrg, '周婷', '周婷');

    // The name is shown literally: no element was made of its markup.
    expect(await page.locator('b, i').filter({ hasText: 'E2E' }).count()).toBe(0);
    await page.getByText('文化艺术', { exact: true }).first().waitFor();
    // The submitter may withdraw, but the first review is a colleague's (separation of duties).
    await page.getByRole('button', { name: label('撤回') }).waitFor();
    expect(await page.getByRole('button', { name: label('初审通过') }).count()).toBe(0);
    await shot(page, '01-committee-own-filing');
    await finish(session);
  });

  it('the committee first-reviews a leader’s filing from its queue; a colleague reviews the committee’s', step, async () => {
    const leader = await logIn('demo-leader', '李秀英');
    ids.leaderFiling = await submitEstablishment(leader.page, leaderOrg, '李秀英', '李秀英');
    expect(await leader.page.getByRole('button', { name: label('初审通过') }).count()).toBe(0);
    await shot(leader.page, '02-leader-filing');
    await finish(leader);

    const committee = await logIn('demo-committee', '云南中路居委会');
    const { page } = committee;
    await page.goto('/queue');
    await page.getByRole('link', { name: leaderOrg, exact: true }).waitFor();
    // Its own filing does not wait in its own queue.
    expect(await page.getByRole('link', { name: committeeOrg, exact: true }).count()).toBe(0);
    await shot(page, '03-committee-queue');
    await actFromQueue(page, leaderOrg, '初审通过', '材料齐全，同意报街道审核。', '04-committee-approve-dialog');
    await expectTitle(page, '待街道审核');
    expect(page.url()).toContain(`/filings/${ids.leaderFiling}`);
    await shot(page, '05-leader-filing-first-reviewed');
    await finish(committee);

    const colleague = await logIn('demo-committee2', '云南中路居委会（陈敏）');
    await actFromQueue(colleague.page, committeeOrg, '初审通过', '经核实，同意报街道审核。');
    await expectTitle(colleague.page, '待街道审核');
    expect(colleague.page.url()).toContain(`/filings/${ids.committeeFiling}`);
    await finish(colleague);
  });

  it('the street files the leader’s filing: a filing number and an active organization', step, async () => {
    const street = await logIn('demo-street', '南京东路街道');
    const { page } = street;
    await page.goto('/queue');
    await page.getByRole('link', { name: committeeOrg, exact: true }).waitFor();
    await page.getByRole('link', { name: leaderOrg, exact: true }).waitFor();
    await shot(page, '06-street-queue');

    await actFromQueue(page, leaderOrg, '准予备案', '准予备案，请按章程开展活动。');
    await expectTitle(page, '已备案');
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
    const number = page.getByText(new RegExp(`^备310101002-${year}-\\d{4}$`));
    filingNumber = (await number.textContent())!.trim();
    await shot(page, '07-filing-filed');

    await page.getByRole('link', { name: leaderOrg, exact: true }).click();
    await page.waitForURL(/\/organizations\/[^/?]+$/);
    ids.organization = new URL(page.url()).pathname.split('/').pop()!;
    await title(page).getByText(leaderOrg, { exact: true }).waitFor();
    await expectTitle(page, '正常');
    await page.getByText(filingNumber, { exact: true }).first().waitFor();
    expect(await page.locator('b, i').filter({ hasText: 'E2E' }).count()).toBe(0);
    await shot(page, '08-organization-active');
    await finish(street);
  });

  it('the district finds the new organization; the neighbouring district does not, not even by its URL', step, async () => {
    const search = async (page: Page) => {
      await page.goto('/organizations');
      const box = page.getByPlaceholder('名称、负责人或代码');
      await box.fill(leaderOrg);
      await box.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === leaderOrg);
    };

    const huangpu = await logIn('demo-district', '黄浦区民政局');
    await search(huangpu.page);
    await huangpu.page.getByRole('link', { name: leaderOrg, exact: true }).waitFor();
    await huangpu.page.getByText('共 1 个组织', { exact: true }).waitFor();
    await shot(huangpu.page, '09-district-search');
    await finish(huangpu);

    const jingan = await logIn('demo-district-jingan', '静安区民政局');
    const { page } = jingan;
    await search(page);
    await page.getByText('没有符合条件的组织', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: leaderOrg, exact: true }).count()).toBe(0);

    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/v1/organizations/${ids.organization}`);
    await page.goto(`/organizations/${ids.organization}`);
    expect((await answer).status()).toBe(404);
    await page.getByText('组织不存在或不在您的管辖范围内。', { exact: true }).waitFor();
    expect(await page.getByText(leaderOrg).count()).toBe(0);
    await shot(page, '10-other-district-not-found');
    await finish(jingan);
  });
});
