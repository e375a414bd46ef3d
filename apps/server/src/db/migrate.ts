import { readMigrationFiles } from 'drizzle-orm/migrator';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Applies the committed drizzle-kit migrations that the database has not seen, in one transaction.
 * The ledger table lives in the current schema (not drizzle's shared "drizzle" schema), so isolated
 * test schemas on one PostgreSQL server each keep their own.
 */
export async function migrate(database: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const { driver } = database;
  const tx = await driver.begin();
  try {
    if (driver.kind === 'postgres') await driver.query('SELECT pg_advisory_xact_lock(7242001)', [], 'object', tx);
    await driver.exec('CREATE TABLE IF NOT EXISTS schema_migrations (hash text PRIMARY KEY, created_at bigint NOT NULL)', tx);
    const applied = await driver.query('SELECT hash FROM schema_migrations', [], 'object', tx);
    const seen = new Set((applied.rows as { hash: string }[]).map((row) => row.hash));
    let count = 0;
    for (const migration of migrations) {
      if (seen.has(migration.hash)) continue;
      for (const statement of migration.sql) if (statement.trim()) await driver.exec(statement, tx);
      await driver.query('INSERT INTO schema_migrations (hash, created_at) VALUES ($1, $2)', [migration.hash, migration.folderMillis], 'object', tx);
      count++;
    }
    await driver.end(tx, true);
    return count;
  } catch (error) {
    await driver.end(tx, false);
    throw error;
  }
}

export async function pendingMigrations(database: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  try {
    const applied = await database.driver.query('SELECT hash FROM schema_migrations', [], 'object');
    const seen = new Set((applied.rows as { hash: string }[]).map((row) => row.hash));
    return migrations.filter((m) => !seen.has(m.hash)).length;
  } catch {
    return migrations.length;
  }
}
