// A signed-in browser session for the journeys, and the habits they share (screenshots, page errors).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../apps/server/src/modules/demo/accounts.js';

export const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');
mkdirSync(screenshots, { recursive: true });

/** antd puts a space between the two characters of a two-character Chinese button label (登 录). */
export const label = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page: each one is a bug the user would hit. */
  errors: string[];
}

/** A fresh browser context, logged in through the login page. */
export async function logIn(browser: Browser, baseURL: string, username: string, displayName: string, locale = 'zh-CN'): Promise<Session> {
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: label('登录') }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('header').getByText(displayName, { exact: true }).first().waitFor();
  return { context, page, errors };
}

export async function finish(session: Session) {
  await session.context.close();
  expect(session.errors).toEqual([]);
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/**
 * Waits until no popup matching `selector` (an antd dropdown, say) is on screen. A closing popup stays a moment
 * for its animation, longer on a loaded machine, and can take the click meant for the next field.
 */
export async function waitForClosed(page: Page, selector: string) {
  const open = page.locator(`${selector}:visible`);
  for (let i = 0; i < 100 && (await open.count()) > 0; i++) await page.waitForTimeout(50);
}
