// The server process: open and migrate the database, load the demo data on the first run of an empty
// database, then serve the API and the web app until a signal asks it to stop.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { openRuntime } from './cli/runtime.js';
import type { AppConfig } from './config.js';
import { countUsers } from './modules/demo/demo.repository.js';
import { failInterruptedExports } from './modules/exports/exports.service.js';
import { failInterruptedImports } from './modules/ledger/imports.service.js';
import { loadDemoData, type DemoProgress, type DemoSummary } from './modules/demo/demo.service.js';
import { scheduleMonthEndSnapshots } from './modules/stats/snapshots.service.js';

export interface StartHooks {
  /** Human-readable progress (stderr in the CLI). */
  say?(message: string): void;
  onDemoProgress?(progress: DemoProgress): void;
  /** Whether progress is drawn live (then the region rows are counted first, for a total). */
  interactive?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  address: string;
  migrated: number;
  /** What the first run loaded, or null when the database already had accounts. */
  demo: DemoSummary | null;
  close(): Promise<void>;
}

export async function startServer(config: AppConfig, hooks: StartHooks = {}): Promise<RunningServer> {
  const runtime = await openRuntime(config);
  try {
    // only the server runs jobs: what it left running when it stopped cannot finish now
    await failInterruptedImports(runtime.services);
    await failInterruptedExports(runtime.database.db);
    if (runtime.migrated > 0) hooks.say?.(`applied ${runtime.migrated} migration(s)`);
    let demo: DemoSummary | null = null;
    // An empty database is a first run: `npm start` then opens on a platform with data in it.
    if ((await countUsers(runtime.database.db)) === 0) {
      hooks.say?.('empty database: loading the demo data (first run only)');
      demo = await loadDemoData(runtime.services, { onProgress: hooks.onDemoProgress, countRegions: hooks.interactive });
    }
    const { app } = await buildApp(runtime.database, config, { logger: true });
    const stopSnapshots = scheduleMonthEndSnapshots(runtime.services, (error) => app.log.error(error, 'month-end snapshot failed'));
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        stopSnapshots();
        try {
          await app.close();
        } finally {
          await runtime.close();
        }
      })());
    try {
      const address = await app.listen({ port: config.port, host: config.host });
      return { app, address, migrated: runtime.migrated, demo, close };
    } catch (error) {
      await close();
      throw error;
    }
  } catch (error) {
    await runtime.close();
    throw error;
  }
}
