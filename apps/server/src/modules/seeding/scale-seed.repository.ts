import type { Database } from '../../db/database.js';
import { generateSql } from './generate-sql.js';

export interface StreetRow {
  code: string;
  county: string;
  communities: number;
}

/** Fresh statistics after an import, so each chunk finds its regions through the parent index, not a full scan. */
export async function analyzeRegions(database: Database) {
  await database.driver.exec('ANALYZE regions');
}

/** The streets under `prefix` ('' = all) with their number of communities, in code order. */
export async function listStreets(database: Database, prefix: string): Promise<StreetRow[]> {
  const { rows } = await database.driver.query(
    `SELECT s.code, s.parent_code AS county, count(c.code)::int AS communities
     FROM regions s LEFT JOIN regions c ON c.parent_code = s.code AND c.level = 5
     WHERE s.level = 4 AND s.code LIKE $1 || '%'
     GROUP BY s.code, s.parent_code
     ORDER BY s.code`,
    [prefix],
    'object',
  );
  return rows as StreetRow[];
}

export interface ChunkParameters {
  seed: string;
  streets: string[];
  slots: string;
  strides: string;
  streetSlots: string;
  surnames: string[];
  givenNames: string[];
  /** Shares of the streets that are behind (4–8 per urban community) and behind or middling (up to 14). */
  density: [number, number];
  mottos: string[];
}

/** Generates the organizations of a chunk of streets in one statement; returns how many were new. */
export async function insertChunk(database: Database, p: ChunkParameters): Promise<number> {
  const result = await database.driver.query(
    generateSql,
    [p.seed, p.streets, p.slots, p.strides, p.streetSlots, p.surnames, p.mottos, p.givenNames, ...p.density],
    'object',
  );
  return result.rowCount;
}

/** Organizations whose region lies under `prefix`. */
export async function countOrganizations(database: Database, prefix: string): Promise<number> {
  const { rows } = await database.driver.query(
    `SELECT count(*)::int AS n FROM organizations WHERE region_code LIKE $1 || '%'`,
    [prefix],
    'object',
  );
  return (rows[0] as { n: number }).n;
}
