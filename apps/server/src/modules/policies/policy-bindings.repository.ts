import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { policyBindings } from '../../db/schema.js';

/** The country ('') and every ancestor of `code` down to itself. */
export const bindingLineage = (code: string) => ['', ...[2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n))];

export interface BindingRow {
  regionCode: string;
  policies: string[];
  version: number;
}

/** Bindings along the lineage, the country first. */
export async function bindingsAlong(db: Db, code: string): Promise<BindingRow[]> {
  const rows = await db
    .select({ regionCode: policyBindings.regionCode, policies: policyBindings.policies, version: policyBindings.version })
    .from(policyBindings)
    .where(inArray(policyBindings.regionCode, bindingLineage(code)));
  return rows.sort((a, b) => a.regionCode.length - b.regionCode.length);
}

export async function lockBinding(tx: Db, code: string): Promise<BindingRow | undefined> {
  const [row] = await tx
    .select({ regionCode: policyBindings.regionCode, policies: policyBindings.policies, version: policyBindings.version })
    .from(policyBindings)
    .where(eq(policyBindings.regionCode, code))
    .for('update');
  return row;
}

/** Writes the region's own packs; `expectedVersion` 0 means "none yet". Returns the new version, or null when stale. */
export async function writeBinding(tx: Db, code: string, policies: string[], expectedVersion: number, actorId: string | null) {
  if (expectedVersion === 0) {
    const inserted = await tx
      .insert(policyBindings)
      .values({ regionCode: code, policies, updatedBy: actorId })
      .onConflictDoNothing()
      .returning({ version: policyBindings.version });
    return inserted[0]?.version ?? null;
  }
  const updated = await tx
    .update(policyBindings)
    .set({ policies, version: sql`${policyBindings.version} + 1`, updatedBy: actorId, updatedAt: new Date() })
    .where(sql`${policyBindings.regionCode} = ${code} AND ${policyBindings.version} = ${expectedVersion}`)
    .returning({ version: policyBindings.version });
  return updated[0]?.version ?? null;
}
