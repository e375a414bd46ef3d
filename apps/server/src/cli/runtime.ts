// Opens what a command needs: the configured database (PGlite under the data directory, or PostgreSQL)
// and the services the modules take, without building the HTTP app.
import { join } from 'node:path';
import type { AppConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import type { Services } from '../platform/context.js';
import { createServices } from '../platform/services.js';
import { loadPacks } from '../modules/policies/pack-loader.js';
import { syncRollupMeasures } from '../modules/stats/rollups.service.js';
import { lockDataDir } from './data-lock.js';

export interface Runtime {
  services: Services;
  database: Database;
  /** Migrations applied while opening (0 when the database was current). */
  migrated: number;
  close(): Promise<void>;
}

export async function openRuntime(config: AppConfig, options: { migrate?: boolean } = {}): Promise<Runtime> {
  loadPacks(config.packsDir); // a malformed pack stops everything before the database is touched
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir);
  let database: Database;
  try {
    database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: join(config.dataDir, 'pglite') });
  } catch (error) {
    release();
    throw error;
  }
  let migrated = 0;
  try {
    if (options.migrate !== false) migrated = await migrate(database);
  } catch (error) {
    await database.close();
    release();
    throw error;
  }
  const services = createServices(database, config);
  try {
    if (options.migrate !== false) await syncRollupMeasures(services);
  } catch (error) {
    await database.close();
    release();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    services,
    database,
    migrated,
    close: () => (closing ??= database.close().finally(release)),
  };
}

/** Opens the runtime, runs `work`, and always closes it. */
export async function withRuntime<T>(
  config: AppConfig,
  work: (runtime: Runtime) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const runtime = await openRuntime(config, options);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
