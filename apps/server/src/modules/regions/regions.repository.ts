import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { regions } from '../../db/schema.js';
import { escapeLike, regionUnder, type Scope } from '../../platform/scope.js';
import type { RegionRow } from './region-source.js';

// Qualified by hand: Drizzle renders a column inside a select list unqualified, which would mean c.code here.
const childCount = sql<number>`(SELECT count(*)::int FROM regions c WHERE c.parent_code = "regions"."code")`;
const columns = {
  code: regions.code,
  parentCode: regions.parentCode,
  level: regions.level,
  name: regions.name,
  kind: regions.kind,
  childCount,
};

/** Regions are visible inside the actor's subtree and along the path above it (so a tree can be drawn). */
function visible(scope: Scope) {
  if (scope.regionPrefix === null) return sql`true`;
  return sql`(${regionUnder(regions.code, scope.regionPrefix)} OR ${scope.regionPrefix} LIKE ${regions.code} || '%')`;
}

export async function listRegions(scope: Scope, db: Db, filter: { parent?: string; q?: string; limit: number; offset: number }) {
  const where = and(
    visible(scope),
    filter.parent ? eq(regions.parentCode, filter.parent) : filter.q ? undefined : sql`${regions.parentCode} IS NULL`,
    filter.q ? like(regions.name, `%${escapeLike(filter.q)}%`) : undefined,
    filter.q && filter.parent === undefined && scope.regionPrefix ? regionUnder(regions.code, scope.regionPrefix) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db.select(columns).from(regions).where(where).orderBy(asc(regions.code)).limit(filter.limit).offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(regions).where(where),
  ]);
  return { items, total };
}

export async function findRegion(scope: Scope, db: Db, code: string) {
  const [row] = await db.select(columns).from(regions).where(and(eq(regions.code, code), visible(scope)));
  return row;
}

/** The region and its ancestors, province first. Unscoped: callers pass codes they already may see. */
export async function regionPath(db: Db, code: string) {
  const ancestors = [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  const rows = await db.select({ code: regions.code, name: regions.name, level: regions.level }).from(regions).where(inArray(regions.code, ancestors));
  return rows.sort((a, b) => a.code.length - b.code.length);
}

/** Names of many regions at once (for presenters). */
export async function regionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes.flatMap((code) => [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n))))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function setRegionKind(tx: Db, code: string, kind: 'urban' | 'rural') {
  await tx.update(regions).set({ kind, kindOverridden: true }).where(eq(regions.code, code));
}

/** Inserts new regions and corrects changed names; re-running with the same rows changes nothing. */
export async function upsertRegions(tx: Db, rows: RegionRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx
    .insert(regions)
    .values(rows)
    .onConflictDoUpdate({
      target: regions.code,
      set: {
        name: sql`excluded.name`,
        parentCode: sql`excluded.parent_code`,
        level: sql`excluded.level`,
        kind: sql`CASE WHEN ${regions.kindOverridden} THEN ${regions.kind} ELSE excluded.kind END`,
      },
      setWhere: sql`(${regions.name}, ${regions.parentCode}, ${regions.level}) IS DISTINCT FROM (excluded.name, excluded.parent_code, excluded.level)
        OR (NOT ${regions.kindOverridden} AND ${regions.kind} IS DISTINCT FROM excluded.kind)`,
    })
    .returning({ code: regions.code });
  return result.length;
}

export async function countRegions(db: Db) {
  const rows = await db.select({ level: regions.level, count: sql<number>`count(*)::int` }).from(regions).groupBy(regions.level).orderBy(regions.level);
  return rows;
}

/**
 * The regions a dashboard drills into below `code` ('' = the country): its children, passing through the
 * single city level of a municipality (上海市 → 市辖区 → its districts). Unscoped: callers pass a region they may see.
 */
export async function drillChildren(db: Db, code: string) {
  let parent = code;
  for (;;) {
    const rows = await db
      .select({ code: regions.code, name: regions.name, level: regions.level })
      .from(regions)
      .where(parent === '' ? sql`${regions.parentCode} IS NULL` : eq(regions.parentCode, parent))
      .orderBy(asc(regions.code));
    if (rows.length !== 1 || rows[0]!.level !== 2) return rows;
    parent = rows[0]!.code;
  }
}

/** Rebuilds the denominators of the statistics (region_tallies) from the tree. */
export async function refreshRegionTallies(tx: Db) {
  await tx.execute(sql`SELECT linli_refresh_region_tallies()`);
}
