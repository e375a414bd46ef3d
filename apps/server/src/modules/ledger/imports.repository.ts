import { and, asc, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { jsonRows, jsonTuples, tupleSelect, type TupleColumn } from '../../db/json-rows.js';
import { ledgerImportRows, ledgerImports, ledgerMappings, organizations, regions } from '../../db/schema.js';
import { regionUnder } from '../../platform/scope.js';
import type { OrganizationRow } from '../organizations/organizations.repository.js';

export type ImportRecord = typeof ledgerImports.$inferSelect;
export type ImportValues = typeof ledgerImports.$inferInsert;
export type StoredRow = typeof ledgerImportRows.$inferSelect;
export type RowOutcomeValues = Pick<StoredRow, 'rowNumber' | 'outcome' | 'name' | 'community' | 'organizationId' | 'errors' | 'changes'>;

export async function insertImport(db: Db, values: ImportValues): Promise<ImportRecord> {
  const [row] = await db.insert(ledgerImports).values(values).returning();
  return row!;
}

export async function findImport(db: Db, ownerId: string, id: string): Promise<ImportRecord | undefined> {
  const [row] = await db
    .select()
    .from(ledgerImports)
    .where(and(eq(ledgerImports.id, id), eq(ledgerImports.ownerId, ownerId)));
  return row;
}

export async function listImports(db: Db, ownerId: string, limit: number, offset: number) {
  const where = eq(ledgerImports.ownerId, ownerId);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(ledgerImports).where(where).orderBy(desc(ledgerImports.createdAt)).limit(limit).offset(offset),
    db.select({ total: count() }).from(ledgerImports).where(where),
  ]);
  return { items, total: Number(total) };
}

/**
 * Changes the job's row only if it is still at `version` and in one of `status` (two tabs cannot both commit, nor
 * one discard what the other commits); undefined when it was not.
 */
export async function updateImport(
  db: Db,
  id: string,
  values: Partial<ImportValues>,
  guard: { version?: number; status?: ImportRecord['status'][] } = {},
): Promise<ImportRecord | undefined> {
  const [row] = await db
    .update(ledgerImports)
    .set({ ...values, version: sql`${ledgerImports.version} + 1` })
    .where(
      and(
        eq(ledgerImports.id, id),
        guard.version === undefined ? undefined : eq(ledgerImports.version, guard.version),
        guard.status === undefined ? undefined : inArray(ledgerImports.status, guard.status),
      ),
    )
    .returning();
  return row;
}

export async function setProgress(db: Db, id: string, done: number, total: number) {
  await db.update(ledgerImports).set({ progressDone: done, progressTotal: total }).where(eq(ledgerImports.id, id));
}

export async function insertRows(db: Db, rows: { importId: string; rowNumber: number; cellsEnc: Buffer }[]) {
  if (rows.length > 0) await db.insert(ledgerImportRows).values(rows);
}

/** The stored rows in order, a batch at a time. */
export async function readRows(db: Db, importId: string, afterRow: number, limit: number) {
  return db
    .select({ rowNumber: ledgerImportRows.rowNumber, cellsEnc: ledgerImportRows.cellsEnc })
    .from(ledgerImportRows)
    .where(and(eq(ledgerImportRows.importId, importId), sql`${ledgerImportRows.rowNumber} > ${afterRow}`))
    .orderBy(asc(ledgerImportRows.rowNumber))
    .limit(limit);
}

const outcomeColumns: TupleColumn<RowOutcomeValues>[] = [
  ['row_number', '$::int', 'rowNumber'],
  ['outcome', '$', 'outcome'],
  ['name', '$', 'name'],
  ['community', '$', 'community'],
  ['organization_id', '$::uuid', 'organizationId'],
  ['errors', '$::jsonb', 'errors'],
  ['changes', '$::jsonb', 'changes'],
];

/** Writes the dry run's verdict on a batch of rows in one statement. */
export async function saveOutcomes(db: Db, importId: string, rows: RowOutcomeValues[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    UPDATE ledger_import_rows r SET outcome = v.outcome, name = v.name, community = v.community,
      organization_id = v.organization_id, errors = v.errors, changes = v.changes
    FROM (${tupleSelect(outcomeColumns, jsonTuples(outcomeColumns, rows), true)}) AS v
    WHERE r.import_id = ${importId} AND r.row_number = v.row_number`);
}

const anyOf = (values: string[]) => sql`ANY(ARRAY(SELECT jsonb_array_elements_text(${jsonRows(values)})))`;

export async function listRowOutcomes(db: Db, importId: string, outcome: string | undefined, limit: number, offset: number) {
  const where = and(eq(ledgerImportRows.importId, importId), outcome ? eq(ledgerImportRows.outcome, outcome as 'error') : undefined);
  const columns = { ...getTableColumns(ledgerImportRows) };
  const { cellsEnc: _encrypted, importId: _id, ...shown } = columns;
  const [items, [{ total }]] = await Promise.all([
    db.select(shown).from(ledgerImportRows).where(where).orderBy(asc(ledgerImportRows.rowNumber)).limit(limit).offset(offset),
    db.select({ total: count() }).from(ledgerImportRows).where(where),
  ]);
  return { items, total: Number(total) };
}

/** Every row with its verdict, for the report spreadsheet. */
export async function readRowsWithOutcome(db: Db, importId: string, afterRow: number, limit: number) {
  return db
    .select({
      rowNumber: ledgerImportRows.rowNumber,
      cellsEnc: ledgerImportRows.cellsEnc,
      outcome: ledgerImportRows.outcome,
      errors: ledgerImportRows.errors,
    })
    .from(ledgerImportRows)
    .where(and(eq(ledgerImportRows.importId, importId), sql`${ledgerImportRows.rowNumber} > ${afterRow}`))
    .orderBy(asc(ledgerImportRows.rowNumber))
    .limit(limit);
}

export async function deleteRows(db: Db, importId: string) {
  await db.delete(ledgerImportRows).where(eq(ledgerImportRows.importId, importId));
}

/** Imports a crash left half-way: they can be looked at and discarded, not resumed. */
export async function failInterruptedImports(db: Db, failure: unknown) {
  await db
    .update(ledgerImports)
    .set({ status: 'failed', failure, finishedAt: new Date() })
    .where(inArray(ledgerImports.status, ['analyzing', 'committing']));
}

// Look-ups for the dry run ------------------------------------------------------------------------------

export interface PlaceRow {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

/** The region and everything under it down to communities, with names for matching. */
export async function placesUnder(db: Db, prefix: string): Promise<PlaceRow[]> {
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(regionUnder(regions.code, prefix));
}

export async function regionsByCode(db: Db, codes: string[]): Promise<PlaceRow[]> {
  if (codes.length === 0) return [];
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(inArray(regions.code, codes));
}

const { nameGrams: _searchOnly, ...organizationColumns } = getTableColumns(organizations);

export async function organizationsByCreditCode(db: Db, codes: string[]): Promise<OrganizationRow[]> {
  if (codes.length === 0) return [];
  return db
    .select(organizationColumns)
    .from(organizations)
    .where(sql`${organizations.creditCode} = ${anyOf(codes)}`);
}

export async function organizationsByFilingNumber(db: Db, numbers: string[]): Promise<OrganizationRow[]> {
  if (numbers.length === 0) return [];
  return db
    .select(organizationColumns)
    .from(organizations)
    .where(sql`${organizations.filingNumber} = ${anyOf(numbers)}`);
}

export async function organizationsByNameAndRegion(db: Db, pairs: { name: string; regionCode: string }[]): Promise<OrganizationRow[]> {
  if (pairs.length === 0) return [];
  // a join the planner drives from the pairs, probing organizations_region_idx (region, name) for each
  const rows = await db
    .select(organizationColumns)
    .from(organizations)
    .innerJoin(
      sql`jsonb_to_recordset(${jsonRows(pairs)}) AS p(name text, "regionCode" text)`,
      sql`${organizations.regionCode} = p."regionCode" AND ${organizations.name} = p.name`,
    );
  return rows as unknown as OrganizationRow[];
}

// Saved mappings ---------------------------------------------------------------------------------------

export async function listMappings(db: Db, ownerId: string) {
  return db.select().from(ledgerMappings).where(eq(ledgerMappings.ownerId, ownerId)).orderBy(desc(ledgerMappings.createdAt));
}

export async function upsertMapping(db: Db, values: typeof ledgerMappings.$inferInsert) {
  const [row] = await db
    .insert(ledgerMappings)
    .values(values)
    .onConflictDoUpdate({
      target: [ledgerMappings.ownerId, ledgerMappings.name],
      set: { headers: values.headers, mapping: values.mapping, createdAt: new Date() },
    })
    .returning();
  return row!;
}

export async function deleteMapping(db: Db, ownerId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(ledgerMappings)
    .where(and(eq(ledgerMappings.id, id), eq(ledgerMappings.ownerId, ownerId)))
    .returning({ id: ledgerMappings.id });
  return rows.length > 0;
}
