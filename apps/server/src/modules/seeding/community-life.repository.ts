import type { Database } from '../../db/database.js';
import type { TransactionChannel } from '../../db/driver.js';
import { activitiesSql, peopleSql } from './community-life-sql.js';

export interface ChunkWindow {
  seed: string;
  streets: string[];
  now: Date;
  months: number;
}

export interface PeopleParameters extends ChunkWindow {
  surnames: string[];
  givenNames: string[];
  skills: string[];
  availabilities: string[];
  /** A street's own time-bank rule: points per hour (one of these) and star hours. */
  streetRates: number[];
  starHours: readonly number[];
}

export interface ActivityCounts {
  activities: number;
  needs: number;
  signups: number;
  records: number;
}

/** The tables community life fills by the million. */
const bulkTables = ['activities', 'volunteer_needs', 'volunteer_signups', 'service_records'];

/** Whether none of them has a row yet. */
export async function bulkTablesEmpty(database: Database): Promise<boolean> {
  const { rows } = await database.driver.query(
    `SELECT ${bulkTables.map((t) => `NOT EXISTS (SELECT 1 FROM ${t})`).join(' AND ')} AS empty`,
    [],
    'object',
  );
  return (rows[0] as { empty: boolean }).empty;
}

/** One transaction for the work; commits when it resolves, rolls back when it throws. */
export async function inTransaction<T>(database: Database, work: (tx: TransactionChannel) => Promise<T>): Promise<T> {
  const { driver } = database;
  const tx = await driver.begin();
  try {
    // The statements cost enough for PostgreSQL to compile them (JIT), which takes longer than running them; the
    // seats of a chunk's needs sort and join in memory, and indexes built at the end sort in memory on a server.
    await driver.exec(`SET LOCAL jit = off`, tx);
    await driver.exec(`SET LOCAL work_mem = '128MB'`, tx);
    if (database.kind === 'postgres') await driver.exec(`SET LOCAL maintenance_work_mem = '1GB'`, tx);
    const result = await work(tx);
    await driver.end(tx, true);
    return result;
  } catch (error) {
    await driver.end(tx, false);
    throw error;
  }
}

/**
 * The people of a chunk of streets (officer accounts, time-bank rules, volunteers), then their activities, needs,
 * sign-ups and confirmed records crediting the volunteers.
 */
export async function insertChunk(
  database: Database,
  tx: TransactionChannel,
  p: PeopleParameters & { themes: string },
): Promise<ActivityCounts & { volunteers: number }> {
  const window = [p.seed, p.streets, p.now.toISOString(), p.months];
  const people = await database.driver.query(
    peopleSql,
    [...window, p.surnames, p.givenNames, p.skills, p.availabilities, p.streetRates, p.starHours],
    'object',
    tx,
  );
  const activities = await database.driver.query(activitiesSql, [...window, p.themes], 'object', tx);
  return { ...(activities.rows[0] as ActivityCounts), volunteers: (people.rows[0] as { volunteers: number }).volunteers };
}

/** How to drop an index of the bulk tables and build it again. */
export interface DeferredIndex {
  drop: string;
  create: string;
}

/**
 * Drops the bulk tables' indexes (primary keys too, unless a foreign key needs one) and returns how to build them
 * again: filling a table and then sorting each index once is several times faster than growing the indexes row by
 * row, and inside the transaction nobody sees the tables without them.
 */
export async function dropBulkIndexes(database: Database, tx: TransactionChannel): Promise<DeferredIndex[]> {
  const { rows } = await database.driver.query(
    `SELECT i.indrelid::regclass::text AS "table", i.indexrelid::regclass::text AS index, pg_get_indexdef(i.indexrelid) AS definition,
       quote_ident(c.conname) AS "constraint", pg_get_constraintdef(c.oid) AS constraint_definition
     FROM pg_index i
     LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u')
     WHERE i.indrelid IN (${bulkTables.map((name) => `to_regclass('${name}')`).join(', ')})
       AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
     ORDER BY 1, 2`,
    [],
    'object',
    tx,
  );
  const indexes = (
    rows as { table: string; index: string; definition: string; constraint: string | null; constraint_definition: string }[]
  ).map((row) =>
    row.constraint
      ? {
          drop: `ALTER TABLE ${row.table} DROP CONSTRAINT ${row.constraint}`,
          create: `ALTER TABLE ${row.table} ADD CONSTRAINT ${row.constraint} ${row.constraint_definition}`,
        }
      : { drop: `DROP INDEX ${row.index}`, create: row.definition },
  );
  for (const index of indexes) await database.driver.exec(index.drop, tx);
  return indexes;
}

export async function createIndex(database: Database, tx: TransactionChannel, index: DeferredIndex) {
  await database.driver.exec(index.create, tx);
}

/** Fresh statistics for the tables just filled, so the first queries on them plan well. */
export async function analyzeCommunityLife(database: Database) {
  await database.driver.exec('ANALYZE users, volunteers, activities, volunteer_needs, volunteer_signups, service_records');
}
