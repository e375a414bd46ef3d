import type { ExportFormat, ExportList } from '@linli/shared';
import { and, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { listExports } from '../../db/schema.js';
import type { Scope } from '../../platform/scope.js';

export type ExportRow = Omit<typeof listExports.$inferSelect, 'fileEnc'>;
export type ExportFailure = { code: string; title: string; detail: string | null };

const { fileEnc: _file, ...rowColumns } = getTableColumns(listExports);

/** An export belongs to whoever asked for it: nobody else sees it, whatever their role. */
const visible = (scope: Scope) => eq(listExports.ownerId, scope.userId);

export async function insertExport(
  db: Db,
  values: {
    ownerId: string;
    list: ExportList;
    format: ExportFormat;
    filters: Record<string, string>;
    includePersonalData: boolean;
    filename: string;
  },
): Promise<ExportRow> {
  const [row] = await db
    .insert(listExports)
    .values({ ...values, status: 'running' })
    .returning(rowColumns);
  return row!;
}

export async function findExport(scope: Scope, db: Db, id: string): Promise<ExportRow | undefined> {
  const [row] = await db
    .select(rowColumns)
    .from(listExports)
    .where(and(eq(listExports.id, id), visible(scope)));
  return row;
}

/** The stored file travels as base64 text: PGlite takes and gives a large bytea many times slower than text. */
export async function findExportFile(scope: Scope, db: Db, id: string): Promise<(ExportRow & { fileEnc: Buffer | null }) | undefined> {
  const [row] = await db
    .select({ ...rowColumns, fileBase64: sql<string | null>`encode(${listExports.fileEnc}, 'base64')` })
    .from(listExports)
    .where(and(eq(listExports.id, id), visible(scope)));
  if (!row) return undefined;
  const { fileBase64, ...rest } = row;
  return { ...rest, fileEnc: fileBase64 === null ? null : Buffer.from(fileBase64, 'base64') };
}

/** How many of the user's exports are still being written. */
export async function countRunning(scope: Scope, db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(listExports)
    .where(and(visible(scope), eq(listExports.status, 'running')));
  return Number(row?.n ?? 0);
}

export async function listOwnExports(scope: Scope, db: Db, page: { limit: number; offset: number }) {
  const [items, [{ total }]] = await Promise.all([
    db
      .select(rowColumns)
      .from(listExports)
      .where(visible(scope))
      .orderBy(desc(listExports.createdAt), desc(listExports.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(listExports).where(visible(scope)),
  ]);
  return { items, total: Number(total) };
}

export async function setExportProgress(db: Db, id: string, progress: { done: number; total?: number }) {
  await db
    .update(listExports)
    .set({ progressDone: progress.done, ...(progress.total === undefined ? {} : { progressTotal: progress.total }) })
    .where(and(eq(listExports.id, id), eq(listExports.status, 'running')));
}

export async function finishExport(tx: Db, id: string, result: { fileEnc: Buffer; rows: number }) {
  await tx
    .update(listExports)
    .set({
      status: 'done',
      fileEnc: sql`decode(${result.fileEnc.toString('base64')}, 'base64')`,
      rows: result.rows,
      progressDone: result.rows,
      progressTotal: result.rows,
      finishedAt: new Date(),
    })
    .where(eq(listExports.id, id));
}

export async function failExport(db: Db, id: string, failure: ExportFailure) {
  await db
    .update(listExports)
    .set({ status: 'failed', failure, fileEnc: null, finishedAt: new Date() })
    .where(and(eq(listExports.id, id), eq(listExports.status, 'running')));
}

/** Every export still 'running': at start-up, none of them has a process writing it any more. */
export async function failRunningExports(db: Db, failure: ExportFailure): Promise<number> {
  const rows = await db
    .update(listExports)
    .set({ status: 'failed', failure, finishedAt: sql`now()` })
    .where(eq(listExports.status, 'running'))
    .returning({ id: listExports.id });
  return rows.length;
}
