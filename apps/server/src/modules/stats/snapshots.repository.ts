// Month-end (and on-demand) copies of the roll-ups, for the trend toward each deadline.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { escapeLike } from '../../platform/scope.js';
import type { CountRow } from './rollups.repository.js';
import { rollupInto, textArray } from './rollups.repository.js';

const under = (prefix: string) => sql`region_code LIKE ${escapeLike(prefix) + '%'}`;

/** Copies today's counters under `prefix` as the snapshot of `takenOn`, replacing one taken earlier that day. */
async function recordRun(tx: Db, takenOn: string, prefix: string, reconstructed: boolean) {
  await tx.execute(sql`
    INSERT INTO snapshot_runs (taken_on, region_prefix, reconstructed) VALUES (${takenOn}, ${prefix}, ${reconstructed})
    ON CONFLICT (taken_on, region_prefix) DO UPDATE SET reconstructed = excluded.reconstructed, taken_at = now()`);
}

export async function copyCounters(tx: Db, takenOn: string, prefix: string): Promise<number> {
  await recordRun(tx, takenOn, prefix, false);
  await tx.execute(sql`DELETE FROM rollup_snapshots WHERE taken_on = ${takenOn} AND ${under(prefix)}`);
  const rows = (await tx.execute(sql`
    INSERT INTO rollup_snapshots (taken_on, region_code, measure_id, kind, level, n)
    SELECT ${takenOn}, region_code, measure_id, kind, level, n FROM rollup_counts WHERE ${under(prefix)} AND n <> 0
    RETURNING 1`)) as unknown as unknown[];
  return rows.length;
}

/**
 * Rebuilds the snapshot of a past date from founding dates: the organizations active today that were founded
 * (or, lacking a date, entered) by then. Organizations closed since are not in it; the demo uses this to
 * give its trend charts a history, and says so (docs/decisions/0013-statistics-roll-ups.md).
 */
export async function reconstructSnapshot(tx: Db, takenOn: string) {
  await tx.execute(sql`CREATE TEMP TABLE IF NOT EXISTS rollup_scratch (LIKE rollup_counts INCLUDING ALL)`);
  await tx.execute(sql`TRUNCATE rollup_scratch`);
  await rollupInto(tx, 'rollup_scratch', 1, `coalesce(founded_on, created_at::date) <= DATE '${takenOn.replace(/[^0-9-]/g, '')}'`);
  await recordRun(tx, takenOn, '', true);
  await tx.execute(sql`DELETE FROM rollup_snapshots WHERE taken_on = ${takenOn}`);
  await tx.execute(sql`
    INSERT INTO rollup_snapshots (taken_on, region_code, measure_id, kind, level, n)
    SELECT ${takenOn}, region_code, measure_id, kind, level, n FROM rollup_scratch`);
  await tx.execute(sql`DROP TABLE rollup_scratch`);
}

export interface DatedCountRow extends CountRow {
  takenOn: string;
}

export async function snapshotCounts(db: Db, regionCodes: string[], measureIds: string[], since: string): Promise<DatedCountRow[]> {
  if (regionCodes.length === 0 || measureIds.length === 0) return [];
  return (await db.execute(sql`
    SELECT taken_on::text AS "takenOn", region_code AS "regionCode", measure_id AS "measureId", kind, n FROM rollup_snapshots
    WHERE region_code = ANY(${textArray(regionCodes)}) AND measure_id = ANY(${textArray(measureIds)}) AND taken_on >= ${since}`)) as unknown as DatedCountRow[];
}

/** Per snapshot date: regions at `level` under `prefix` that held at least `min` of the measure. */
export async function snapshotQualifying(
  db: Db,
  args: { prefix: string; measureId: string; level: number; min: number; kind?: 'urban' | 'rural'; since: string },
): Promise<Map<string, number>> {
  const rows = (await db.execute(sql`
    SELECT taken_on::text AS "takenOn", count(*)::int AS n FROM (
      SELECT taken_on, region_code FROM rollup_snapshots
      WHERE measure_id = ${args.measureId} AND level = ${args.level} AND ${under(args.prefix)} AND taken_on >= ${args.since}
        ${args.kind ? sql`AND kind = ${args.kind}` : sql``}
      GROUP BY taken_on, region_code HAVING sum(n) >= ${args.min}
    ) AS q GROUP BY 1`)) as unknown as { takenOn: string; n: number }[];
  return new Map(rows.map((r) => [r.takenOn, r.n]));
}

/** Snapshots that cover `code` (taken for it or a subtree above it) since a date, oldest first. */
export async function snapshotRunsCovering(db: Db, code: string, since: string): Promise<{ takenOn: string; reconstructed: boolean }[]> {
  return (await db.execute(sql`
    SELECT taken_on::text AS "takenOn", bool_and(reconstructed) AS reconstructed FROM snapshot_runs
    WHERE taken_on >= ${since} AND ${code} LIKE region_prefix || '%'
    GROUP BY taken_on ORDER BY taken_on`)) as unknown as { takenOn: string; reconstructed: boolean }[];
}
