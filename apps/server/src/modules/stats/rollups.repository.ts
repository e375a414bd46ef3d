// Every query on the roll-up tables. Counts are aggregates, not personal data; callers resolve the region
// against the actor's scope before asking (stats.service.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { rollupMeasures } from '../../db/schema.js';
import { escapeLike } from '../../platform/scope.js';
import type { Measure } from './measures.js';

export interface CountRow {
  regionCode: string;
  measureId: string;
  kind: 'urban' | 'rural';
  n: number;
}

export interface Tally {
  code: string;
  level: number;
  urbanCommunities: number;
  ruralCommunities: number;
  streets: number;
  counties: number;
  cities: number;
}

/** A text[] parameter (a bare array in Drizzle's sql`` would become a row of parameters). */
export const textArray = (values: readonly string[]) =>
  values.length === 0 ? sql`'{}'::text[]` : sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

const ORGANIZATION_COLUMNS = 'region_code, tier, service_fields, hub_kind, is_brand, is_demonstration, is_observation_point';
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Adds (+1) or removes (-1) the organizations under `prefix` to `target` for the measures `filter` selects. */
function rollupStatement(target: string, delta: 1 | -1, where: string, measureFilter = 'true'): SQL {
  const source = `SELECT ${ORGANIZATION_COLUMNS}, ${delta} AS delta FROM organizations WHERE status = 'active' AND ${where}`;
  return sql`SELECT linli_rollup_sql(${target}, ${source}, ${measureFilter}) AS statement`;
}

/** Adds the active organizations matching `where` (SQL over organizations) to a roll-up table. */
export async function rollupInto(tx: Db, target: string, delta: 1 | -1, where: string, measureFilter?: string) {
  const [{ statement }] = (await tx.execute(rollupStatement(target, delta, where, measureFilter))) as unknown as { statement: string }[];
  await tx.execute(sql.raw(statement));
}

/** Makes rollup_measures exactly `measures`; counts new ones from the organizations. Returns how many were new. */
export async function syncMeasures(tx: Db, measures: Measure[]): Promise<number> {
  // one start-up at a time fills the counters, even with several server processes on one PostgreSQL
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('linli.rollup_measures'))`);
  const existing = (await tx.execute(sql`SELECT id FROM rollup_measures`)) as unknown as { id: string }[];
  const known = new Set(existing.map((row) => row.id));
  const wanted = new Set(measures.map((m) => m.id));
  const stale = [...known].filter((id) => !wanted.has(id));
  if (stale.length > 0) {
    await tx.execute(sql`DELETE FROM rollup_counts WHERE measure_id = ANY(${textArray(stale)})`);
    await tx.execute(sql`DELETE FROM rollup_snapshots WHERE measure_id = ANY(${textArray(stale)})`);
    await tx.execute(sql`DELETE FROM rollup_measures WHERE id = ANY(${textArray(stale)})`);
  }
  const fresh = measures.filter((m) => !known.has(m.id));
  if (fresh.length > 0) {
    await tx.insert(rollupMeasures).values(fresh);
    const ids = fresh.map((m) => literal(m.id)).join(', ');
    await rollupInto(tx, 'rollup_counts', 1, 'true', `m.id IN (${ids})`);
  }
  return fresh.length;
}

/**
 * Re-derives the counters of the organizations under `prefix` after something other than an organization
 * changed what they count as (a community's urban/rural kind): remove them under the old tallies, let
 * `change` run, add them back under the new ones.
 */
export async function recountUnder(tx: Db, prefix: string, change: () => Promise<void>) {
  const where = `region_code LIKE ${literal(escapeLike(prefix) + '%')}`;
  await rollupInto(tx, 'rollup_counts', -1, where);
  await change();
  await rollupInto(tx, 'rollup_counts', 1, where);
}

export async function countsFor(db: Db, regionCodes: string[], measureIds: string[]): Promise<CountRow[]> {
  if (regionCodes.length === 0 || measureIds.length === 0) return [];
  return (await db.execute(sql`
    SELECT region_code AS "regionCode", measure_id AS "measureId", kind, n FROM rollup_counts
    WHERE region_code = ANY(${textArray(regionCodes)}) AND measure_id = ANY(${textArray(measureIds)}) AND n <> 0`)) as unknown as CountRow[];
}

/**
 * For each child (by code length `childLength`) of the region `prefix`: how many regions at `level` under it
 * hold at least `min` of the measure (optionally only communities of one kind).
 */
export async function qualifyingRegions(
  db: Db,
  args: { prefix: string; childLength: number; measureId: string; level: number; min: number; kind?: 'urban' | 'rural' },
): Promise<Map<string, number>> {
  const rows = (await db.execute(sql`
    SELECT left(region_code, ${args.childLength}) AS child, count(*)::int AS n FROM (
      SELECT region_code FROM rollup_counts
      WHERE measure_id = ${args.measureId} AND level = ${args.level} AND region_code LIKE ${escapeLike(args.prefix) + '%'}
        ${args.kind ? sql`AND kind = ${args.kind}` : sql``}
      GROUP BY region_code HAVING sum(n) >= ${args.min}
    ) AS q GROUP BY 1`)) as unknown as { child: string; n: number }[];
  return new Map(rows.map((r) => [r.child, r.n]));
}

export async function talliesFor(db: Db, codes: string[]): Promise<Map<string, Tally>> {
  if (codes.length === 0) return new Map();
  const rows = (await db.execute(sql`
    SELECT code, level, urban_communities AS "urbanCommunities", rural_communities AS "ruralCommunities", streets, counties, cities
    FROM region_tallies WHERE code = ANY(${textArray(codes)})`)) as unknown as Tally[];
  return new Map(rows.map((r) => [r.code, r]));
}

/** Live counts for one community's organizations, for the measures kept only down to streets. */
export async function liveCounts(db: Db, regionCode: string, measureIds: string[]): Promise<CountRow[]> {
  if (measureIds.length === 0) return [];
  return (await db.execute(sql`
    SELECT o.region_code AS "regionCode", m.id AS "measureId", coalesce(t.kind, 'urban') AS kind, count(*)::int AS n
    FROM organizations o
    JOIN rollup_measures m ON m.id = ANY(${textArray(measureIds)})
      AND linli_measure_matches(m, o.tier, o.service_fields, o.hub_kind, o.is_brand, o.is_demonstration, o.is_observation_point)
    LEFT JOIN region_tallies t ON t.code = o.region_code
    WHERE o.region_code = ${regionCode} AND o.status = 'active'
    GROUP BY 1, 2, 3`)) as unknown as CountRow[];
}

/** Communities under `prefix` by number of active organizations (the measure kept down to communities). */
export async function communitySizes(db: Db, prefix: string, measureId: string): Promise<number[]> {
  const rows = (await db.execute(sql`
    SELECT sum(n)::int AS n FROM rollup_counts
    WHERE measure_id = ${measureId} AND level = 5 AND region_code LIKE ${escapeLike(prefix) + '%'}
    GROUP BY region_code HAVING sum(n) > 0`)) as unknown as { n: number }[];
  return rows.map((r) => r.n);
}
