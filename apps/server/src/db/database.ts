import { drizzle, type PgRemoteDatabase } from 'drizzle-orm/pg-proxy';
import type { SqlDriver, TransactionChannel } from './driver.js';
import { openPgDriver } from './pg-driver.js';
import { openPgliteDriver } from './pglite-driver.js';
import * as schema from './schema.js';

/** A Drizzle handle: the database outside a transaction, or one open transaction. */
export type Db = PgRemoteDatabase<typeof schema>;

export interface Database {
  readonly kind: SqlDriver['kind'];
  /** For reads outside a transaction. Never use it inside `transaction` (PGlite would wait on itself). */
  readonly db: Db;
  /** All-or-nothing: commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  readonly driver: SqlDriver;
  close(): Promise<void>;
}

function drizzleOver(driver: SqlDriver, tx?: TransactionChannel): Db {
  return drizzle(
    async (sql, params, method) => {
      const result = await driver.query(sql, params, method === 'all' ? 'array' : 'object', tx);
      return { rows: result.rows };
    },
    { schema },
  );
}

export function databaseOver(driver: SqlDriver): Database {
  return {
    kind: driver.kind,
    driver,
    db: drizzleOver(driver),
    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      const channel = await driver.begin();
      let result: T;
      try {
        result = await work(drizzleOver(driver, channel));
      } catch (error) {
        await driver.end(channel, false);
        throw error;
      }
      await driver.end(channel, true);
      return result;
    },
    close: () => driver.close(),
  };
}

export interface DatabaseLocation {
  /** postgres://… for a PostgreSQL server; otherwise PGlite. */
  url?: string;
  /** PGlite data directory; undefined = in memory. */
  dataDir?: string;
  /** PostgreSQL only: the schema to use (tests isolate themselves this way). */
  searchPath?: string;
}

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const driver = location.url
    ? openPgDriver(location.url, location.searchPath)
    : await openPgliteDriver(location.dataDir);
  return databaseOver(driver);
}
