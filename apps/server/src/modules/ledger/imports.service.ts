// A ledger import from upload to commit (docs/decisions/0014-ledger-import.md):
//   upload → rows stored encrypted, mapping suggested ('mapping')
//   analysis → dry run in the background ('analyzing' → 'analyzed'), nothing written to the registry
//   commit → the dry run again and the writes, in one transaction ('committing' → 'committed'); the file's rows
//   are deleted then, only the summary stays
import type { CommitMode, ImportStatus, ImportSummary, LedgerImport, ColumnMapping } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { problemText, type Language } from '../../platform/messages.js';
import { throttledProgress } from '../../platform/background.js';
import { regionNames } from '../regions/regions.repository.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import { inRegionScope } from '../../platform/scope.js';
import type { Db } from '../../db/database.js';
import { DatabaseError } from '../../db/driver.js';
import type { Viewer } from '../organizations/organizations.policy.js';
import { judgeRows, outcomeTally, type AnalysisContext, type SheetRow } from './import-analysis.js';
import { ledgerWriter } from './import-commit.js';
import * as repository from './imports.repository.js';
import type { ImportRecord } from './imports.repository.js';
import { checkMapping, suggestMapping } from './ledger-columns.js';
import { readLedger } from './reading/ledger-reader.js';

const STORE_CHUNK = 1000;
const READ_CHUNK = 5000;

/** Commit progress lives here while its transaction runs: a row written inside it would not show until the end. */
const liveProgress = new Map<string, { done: number; total: number }>();

export function presentImport(record: ImportRecord, regionName: string): LedgerImport {
  const live = liveProgress.get(record.id);
  return {
    id: record.id,
    filename: record.filename,
    format: record.format,
    encoding: record.encoding,
    regionCode: record.regionCode,
    regionName,
    status: record.status,
    headers: record.headers,
    mapping: record.mapping as ColumnMapping,
    suggestedFrom: record.suggestedFrom,
    progress: live ?? { done: record.progressDone, total: record.progressTotal },
    summary: (record.summary as ImportSummary | null) ?? null,
    commitMode: record.commitMode,
    failure: (record.failure as LedgerImport['failure']) ?? null,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
}

async function present(services: Services, record: ImportRecord) {
  const names = await regionNames(services.database.db, [record.regionCode]);
  return presentImport(record, names.get(record.regionCode) ?? record.regionCode);
}

/** The viewer's own import, while its region is still theirs (an officer moved elsewhere no longer sees it). */
async function findOwn(services: Services, viewer: Viewer, id: string): Promise<ImportRecord> {
  const record = await repository.findImport(services.database.db, viewer.id, id);
  if (!record || !inRegionScope(viewer.scope, record.regionCode)) throw new AppError('not_found');
  return record;
}

function requireStatus(record: ImportRecord, allowed: ImportStatus[], action: string) {
  if (!allowed.includes(record.status)) throw new AppError('job_state', { status: record.status, action });
}

const encryptRow = (services: Services, row: SheetRow) =>
  services.cipher.encryptBytes(Buffer.from(JSON.stringify([row.cells, row.formulaColumns])));
const decryptRow = (services: Services, rowNumber: number, cellsEnc: Buffer): SheetRow => {
  const [cells, formulaColumns] = JSON.parse(services.cipher.decryptBytes(cellsEnc).toString('utf8')) as [string[], number[]];
  return { rowNumber, cells, formulaColumns };
};

export interface Upload {
  region: string;
  filename: string;
  file: Buffer;
}

/** Reads the whole file first: a file-level problem answers before anything is stored. */
export async function uploadLedger(services: Services, viewer: Viewer, actor: AuditActor, upload: Upload): Promise<LedgerImport> {
  const region = await requireRegionInScope(services, viewer.scope, upload.region, 'querystring.region', [1, 2, 3, 4, 5]);
  const ledger = await readLedger(upload.file);
  // encrypted as they are read: the plain cells of 100,000 rows never sit in memory together
  const rows: { rowNumber: number; cellsEnc: Buffer }[] = [];
  for await (const row of ledger.rows) rows.push({ rowNumber: row.rowNumber, cellsEnc: encryptRow(services, row) });
  const saved = (await repository.listMappings(services.database.db, viewer.id)).find(
    (m) => JSON.stringify(m.headers) === JSON.stringify(ledger.headers),
  );
  const record = await services.database.transaction(async (tx) => {
    const created = await repository.insertImport(tx, {
      ownerId: viewer.id,
      regionCode: region.code,
      filename: upload.filename,
      format: ledger.format,
      encoding: ledger.encoding,
      headerRow: ledger.headerRow,
      headers: ledger.headers,
      mapping: saved?.mapping ?? suggestMapping(ledger.headers),
      suggestedFrom: saved?.name ?? null,
      status: 'mapping',
      progressTotal: rows.length,
    });
    for (let start = 0; start < rows.length; start += STORE_CHUNK)
      await repository.insertRows(
        tx,
        rows.slice(start, start + STORE_CHUNK).map((row) => ({ importId: created.id, ...row })),
      );
    await recordAudit(tx, actor, {
      action: 'ledger.uploaded',
      targetType: 'ledger_import',
      targetId: created.id,
      regionCode: region.code,
      // the header count, not the headers: a row taken for the header may hold a name or a phone
      after: {
        filename: upload.filename,
        format: ledger.format,
        encoding: ledger.encoding,
        rows: rows.length,
        columns: ledger.headers.length,
      },
    });
    return created;
  });
  return presentImport(record, region.name);
}

/** The stored rows in order, a chunk at a time, decrypted as each chunk is read. */
async function* storedRows(db: Db, services: Services, importId: string): AsyncGenerator<SheetRow[]> {
  for (let after = 0; ;) {
    const batch = await repository.readRows(db, importId, after, READ_CHUNK);
    if (batch.length === 0) return;
    yield batch.map((row) => decryptRow(services, row.rowNumber, row.cellsEnc));
    after = batch.at(-1)!.rowNumber;
  }
}

/** A unique index met at commit time: someone else recorded the same credit code or filing number meanwhile. */
function asAppError(error: unknown): unknown {
  const cause = error instanceof DatabaseError ? error : (error as { cause?: unknown })?.cause;
  if (!(cause instanceof DatabaseError) || cause.code !== '23505') return error;
  return new AppError(cause.constraint === 'organizations_credit_code_idx' ? 'duplicate_credit_code' : 'version_conflict');
}

function failureOf(failure: unknown, language: Language) {
  const error = asAppError(failure);
  const code = error instanceof AppError ? error.code : 'internal_error';
  const params = error instanceof AppError ? error.params : {};
  const { title, detail } = problemText(code, language, params);
  return { code, title, detail: detail ?? null };
}

/** Marks the job failed, whatever went wrong; a job never stays 'analyzing' or 'committing' after its work ends. */
async function runJob(services: Services, record: ImportRecord, language: Language, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    if (!(asAppError(error) instanceof AppError)) console.error('ledger import failed', error);
    await repository.updateImport(
      services.database.db,
      record.id,
      { status: 'failed', failure: failureOf(error, language), finishedAt: new Date() },
      { status: ['analyzing', 'committing'] },
    );
  } finally {
    liveProgress.delete(record.id);
  }
}

/** What judging the import's rows needs: who judges, where, with which mapping. */
async function contextFor(services: Services, viewer: Viewer, record: ImportRecord, language: Language): Promise<AnalysisContext> {
  const names = await regionNames(services.database.db, [record.regionCode]);
  return {
    db: services.database.db,
    cipher: services.cipher,
    role: viewer.role,
    scope: viewer.scope,
    region: { code: record.regionCode, name: names.get(record.regionCode) ?? record.regionCode },
    headers: record.headers,
    mapping: record.mapping as ColumnMapping,
    language,
  };
}

export async function startAnalysis(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  id: string,
  body: { mapping: ColumnMapping; version: number },
  language: Language,
): Promise<LedgerImport> {
  const record = await findOwn(services, viewer, id);
  requireStatus(record, ['mapping', 'analyzed'], language === 'en-US' ? 'check it' : '检查');
  checkMapping(record.headers, body.mapping, language);
  const started = await services.database.transaction(async (tx) => {
    const updated = await repository.updateImport(
      tx,
      id,
      { status: 'analyzing', mapping: body.mapping, progressDone: 0, summary: null, failure: null, finishedAt: null },
      { version: body.version },
    );
    if (!updated) throw new AppError('version_conflict');
    await recordAudit(tx, actor, {
      action: 'ledger.checked',
      targetType: 'ledger_import',
      targetId: id,
      regionCode: record.regionCode,
      after: { mapping: body.mapping },
    });
    return updated;
  });
  services.background.start(`ledger analysis ${id}`, () =>
    runJob(services, started, language, async () => {
      const context = await contextFor(services, viewer, started, language);
      const total = started.progressTotal;
      const counted = outcomeTally();
      const progress = throttledProgress((done) => repository.setProgress(services.database.db, id, done, total));
      await judgeRows(context, storedRows(services.database.db, services, id), async (verdicts) => {
        await repository.saveOutcomes(services.database.db, id, verdicts);
        counted.add(verdicts);
        await progress.report(counted.summary.rows);
      });
      const { summary } = counted;
      await repository.updateImport(
        services.database.db,
        id,
        { status: 'analyzed', summary, progressDone: summary.rows, finishedAt: new Date() },
        { status: ['analyzing'] },
      );
    }),
  );
  return present(services, started);
}

export async function commitImport(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  id: string,
  body: { mode: CommitMode; version: number },
  language: Language,
): Promise<LedgerImport> {
  const record = await findOwn(services, viewer, id);
  requireStatus(record, ['analyzed'], language === 'en-US' ? 'import it' : '导入');
  const errors = (record.summary as ImportSummary | null)?.error ?? 0;
  if (body.mode === 'all' && errors > 0) throw new AppError('import_has_errors', { count: errors });
  const started = await repository.updateImport(
    services.database.db,
    id,
    { status: 'committing', commitMode: body.mode, progressDone: 0, finishedAt: null },
    { version: body.version },
  );
  if (!started) throw new AppError('version_conflict');
  services.background.start(`ledger commit ${id}`, () =>
    runJob(services, started, language, async () => {
      const total = started.progressTotal;
      const baseContext = await contextFor(services, viewer, started, language);
      liveProgress.set(id, { done: 0, total });
      await services.database.transaction(async (tx) => {
        const counted = outcomeTally();
        const writer = ledgerWriter(tx, services, actor, (done) => liveProgress.set(id, { done, total }));
        await judgeRows({ ...baseContext, db: tx }, storedRows(tx, services, id), async (verdicts) => {
          counted.add(verdicts);
          if (body.mode === 'all' && counted.summary.error > 0) throw new AppError('import_has_errors', { count: counted.summary.error });
          await writer.write(verdicts);
        }).catch(async (error: unknown) => {
          await writer.abandon();
          throw error;
        });
        const written = await writer.finish();
        const judged = counted.summary;
        await recordAudit(tx, actor, {
          action: 'ledger.imported',
          targetType: 'ledger_import',
          targetId: id,
          regionCode: started.regionCode,
          after: { filename: started.filename, mode: body.mode, ...judged, ...written },
        });
        // done in the same transaction as the writes: the job can never read as failed after them. The ledger's
        // rows (phones, ID numbers) are not kept once they are in the registry.
        await repository.deleteRows(tx, id);
        const status = {
          status: 'committed' as const,
          summary: judged,
          progressDone: total,
          progressTotal: total,
          finishedAt: new Date(),
        };
        await repository.updateImport(tx, id, status, { status: ['committing'] });
      });
    }),
  );
  return present(services, started);
}

export async function discardImport(services: Services, viewer: Viewer, actor: AuditActor, id: string, language: Language) {
  const record = await findOwn(services, viewer, id);
  requireStatus(record, ['mapping', 'analyzed', 'failed'], language === 'en-US' ? 'discard it' : '放弃');
  await services.database.transaction(async (tx) => {
    await repository.deleteRows(tx, id);
    const discarded = await repository.updateImport(tx, id, { status: 'discarded', finishedAt: new Date() }, { version: record.version });
    if (!discarded) throw new AppError('version_conflict');
    await recordAudit(tx, actor, { action: 'ledger.discarded', targetType: 'ledger_import', targetId: id, regionCode: record.regionCode });
  });
}

export async function getImport(services: Services, viewer: Viewer, id: string) {
  return present(services, await findOwn(services, viewer, id));
}

export async function listImports(services: Services, viewer: Viewer, page: number, pageSize: number) {
  const { items, total } = await repository.listImports(services.database.db, viewer.id, pageSize, (page - 1) * pageSize);
  const names = await regionNames(
    services.database.db,
    items.map((i) => i.regionCode),
  );
  return { items: items.map((i) => presentImport(i, names.get(i.regionCode) ?? i.regionCode)), total, page, pageSize };
}

export async function importRows(
  services: Services,
  viewer: Viewer,
  id: string,
  query: { outcome?: string; page: number; pageSize: number },
  language: Language,
) {
  const record = await findOwn(services, viewer, id);
  requireStatus(record, ['analyzed', 'committing'], 'list rows');
  const { items, total } = await repository.listRowOutcomes(
    services.database.db,
    id,
    query.outcome,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return {
    items: items.map((r) => ({
      ...r,
      outcome: r.outcome ?? 'error',
      errors: r.errors.map((e) => ({ column: e.column, message: e.message[language] ?? '' })),
      changes: r.changes as Record<string, { from: unknown; to: unknown }>,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A dry run or commit the previous server process left running ends as failed, with this to its owner. */
export async function failInterruptedImports(services: Services) {
  await repository.failInterruptedImports(services.database.db, {
    code: 'interrupted',
    title: '服务重启，任务已中断',
    detail: '请重新开始检查或导入；没有写入任何数据。',
  });
}

export { decryptRow, findOwn };
