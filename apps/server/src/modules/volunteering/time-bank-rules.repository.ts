import { defaultTimeBankRule } from '@linli/shared';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { timeBankRules } from '../../db/schema.js';

export type TimeBankRuleRow = typeof timeBankRules.$inferSelect;

/** Where a rule for a region can come from, nearest first: its street, district, city, province. */
export const ruleRegionsOf = (code: string) => [9, 6, 4, 2].filter((n) => n <= code.length).map((n) => code.slice(0, n));

export interface EffectiveRule {
  pointsPerHour: number;
  starHours: number[];
  /** The region whose row applies; null for the platform default */
  sourceRegionCode: string | null;
  updatedAt: Date | null;
}

const platformDefault = (): EffectiveRule => ({
  pointsPerHour: defaultTimeBankRule.pointsPerHour,
  starHours: [...defaultTimeBankRule.starHours],
  sourceRegionCode: null,
  updatedAt: null,
});

/** The rules that apply in many regions at once (one query): the nearest row along each one's chain. */
export async function effectiveRules(db: Db, regionCodes: string[]): Promise<Map<string, EffectiveRule>> {
  const chains = new Map([...new Set(regionCodes)].map((code) => [code, ruleRegionsOf(code)]));
  const wanted = [...new Set([...chains.values()].flat())];
  const rows = wanted.length > 0 ? await db.select().from(timeBankRules).where(inArray(timeBankRules.regionCode, wanted)) : [];
  const byRegion = new Map(rows.map((row) => [row.regionCode, row]));
  const rules = new Map<string, EffectiveRule>();
  for (const [code, chain] of chains) {
    const nearest = chain.map((link) => byRegion.get(link)).find(Boolean);
    rules.set(
      code,
      nearest
        ? {
            pointsPerHour: nearest.pointsPerHour,
            starHours: nearest.starHours,
            sourceRegionCode: nearest.regionCode,
            updatedAt: nearest.updatedAt,
          }
        : platformDefault(),
    );
  }
  return rules;
}

/** The rule that applies in a region: the nearest row along the street → district → city → province chain. */
export async function effectiveRule(db: Db, regionCode: string): Promise<EffectiveRule> {
  return (await effectiveRules(db, [regionCode])).get(regionCode)!;
}

export async function saveRule(tx: Db, values: { regionCode: string; pointsPerHour: number; starHours: number[]; updatedBy: string }) {
  const [row] = await tx
    .insert(timeBankRules)
    .values({ ...values, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: timeBankRules.regionCode,
      set: { pointsPerHour: values.pointsPerHour, starHours: values.starHours, updatedBy: values.updatedBy, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

/**
 * The star level of a volunteer row in SQL (for lists across streets with different rules): how many of the
 * applicable rule's thresholds the confirmed hours reach. The columns come qualified by hand (Drizzle renders
 * a column inside a select list unqualified, which would mean the subquery's own table).
 */
export function starLevelSql(regionCode: SQL, hours: SQL): SQL<number> {
  const fallback = sql.raw(`ARRAY[${defaultTimeBankRule.starHours.join(',')}]::int[]`);
  return sql<number>`(SELECT count(*)::int FROM unnest(coalesce(
    (SELECT r.star_hours FROM time_bank_rules r
      WHERE r.region_code IN (substr(${regionCode}, 1, 9), substr(${regionCode}, 1, 6), substr(${regionCode}, 1, 4), substr(${regionCode}, 1, 2))
      ORDER BY length(r.region_code) DESC LIMIT 1),
    ${fallback})) AS threshold WHERE threshold <= ${hours})`;
}

/** A volunteer's star level and the hours of the next one under a rule's thresholds. */
export function starOf(hours: number, starHours: readonly number[]) {
  const level = starHours.filter((threshold) => threshold <= hours).length;
  return { level, nextLevelHours: starHours[level] ?? null };
}
