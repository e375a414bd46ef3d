// Starts the real platform for a browser journey: the built web app, an in-memory PGlite and the demo data
// (restricted to 黄浦区 and 静安区 so it loads in seconds).
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../apps/server/src/app.js';
import { openDatabase } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { loadDemoData } from '../apps/server/src/modules/demo/demo.service.js';
import { syncRollupMeasures } from '../apps/server/src/modules/stats/rollups.service.js';
import { testConfig } from '../apps/server/src/test/test-app.js';
import { ensureChromium } from '../scripts/install-chromium.mjs';

export async function startPlatform() {
  execFileSync('node', ['scripts/build-web-if-stale.mjs'], { stdio: 'inherit' });
  const database = await openDatabase({});
  await migrate(database);
  const { app } = await buildApp(database, testConfig());
  await syncRollupMeasures(app.services);
  await loadDemoData(app.services, { regionPrefixes: ['310101', '310106'] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    baseUrl,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
