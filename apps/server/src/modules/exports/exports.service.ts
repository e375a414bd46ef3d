// List exports (issue 5, items 5 and 6): any list, with the filters the user set, as .xlsx or .csv, written in the
// background while the user works on; personal data masked unless the user may reveal it and asks to.
import type { createExportBody, LabelLanguage } from '@linli/shared';
import type { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { throttledProgress } from '../../platform/background.js';
import type { Services } from '../../platform/context.js';
import { fieldErrorsFromZod } from '../../platform/error-handler.js';
import { AppError } from '../../platform/errors.js';
import { problemText } from '../../platform/messages.js';
import { can } from '../../platform/permissions.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';
import { findRegion } from '../regions/regions.repository.js';
import { exportFileGzipped, exportFilename, wholeCountry, writeExportFile } from './export-file.js';
import { exportSources } from './export-lists.js';
import type { ExportSource } from './export-source.js';
import * as repository from './exports.repository.js';
import type { ExportFailure, ExportRow } from './exports.repository.js';

export type CreateExportInput = z.output<typeof createExportBody>;

export interface Requester {
  scope: Scope;
  auditActor: AuditActor;
  language: LabelLanguage;
}

/** What the export ends up covering: the filters' region, else the viewer's whole scope ('' = the country). */
const coveredRegion = (source: ExportSource, scope: Scope, filters: Record<string, string>) =>
  source.regionOf(filters) ?? scope.regionPrefix ?? '';

/** Each problem at its parameter's path (filters.tier, not filters.tier.0: a filter is one string). */
function filterErrors(error: z.ZodError, language: LabelLanguage) {
  const issues = error.issues.map((issue) => ({ ...issue, path: issue.path.slice(0, 1) }));
  return fieldErrorsFromZod(new z.ZodError(issues), language, 'filters');
}

/** The name the file takes; a region filter outside the viewer's scope (or unknown) is a field error. */
async function regionNameFor(services: Services, scope: Scope, code: string, language: LabelLanguage, path: string) {
  if (code === '') return wholeCountry[language];
  const region = inRegionScope(scope, code) ? await findRegion(scope, services.database.db, code) : undefined;
  if (!region) throw new AppError('unknown_region', {}, [{ path, message: 'unknown_region' }]);
  return region.name;
}

export interface PreparedExport {
  source: ExportSource;
  input: CreateExportInput;
  filename: string;
  /** The region the export covers, for the audit trail (null: the whole country) */
  regionCode: string | null;
}

/** Checks everything before any work starts, so a job that starts has nothing left to refuse. */
export async function prepareExport(services: Services, requester: Requester, body: CreateExportInput): Promise<PreparedExport> {
  const { scope, language } = requester;
  const source = exportSources[body.list];
  if (!can(scope.role, source.readPermission)) throw new AppError('forbidden');
  if (body.includePersonalData && !can(scope.role, 'organizations:reveal')) throw new AppError('forbidden');
  const input = { ...body, filters: source.filtersOf(body.filters) };
  const invalid = source.checkFilters(input.filters);
  if (invalid) throw new AppError('validation_failed', {}, filterErrors(invalid, language));
  const region = coveredRegion(source, scope, input.filters);
  const regionName = await regionNameFor(services, scope, region, language, 'filters.region');
  return { source, input, filename: exportFilename(source, language, regionName, input.format), regionCode: region || null };
}

const MAX_RUNNING_PER_USER = 2;

/** POST /exports: the job row now, the file in the background. */
export async function createExport(services: Services, requester: Requester, body: CreateExportInput): Promise<ExportRow> {
  const prepared = await prepareExport(services, requester, body);
  // each running export holds a query's result in the database: a few at a time per person
  if ((await repository.countRunning(requester.scope, services.database.db)) >= MAX_RUNNING_PER_USER) throw new AppError('rate_limited');
  const { input } = prepared;
  const row = await repository.insertExport(services.database.db, {
    ownerId: requester.scope.userId,
    list: input.list,
    format: input.format,
    filters: input.filters,
    includePersonalData: input.includePersonalData,
    filename: prepared.filename,
  });
  services.background.start(`export ${row.id}`, () => runExport(services, requester, prepared, row.id));
  return row;
}

/** One 'list.exported' event, written with whatever marks the export done. */
const recordExported = (tx: Db, requester: Requester, prepared: PreparedExport, rows: number, targetId: string | null) =>
  recordAudit(tx, requester.auditActor, {
    action: 'list.exported',
    targetType: 'export',
    targetId,
    regionCode: prepared.regionCode,
    after: {
      list: prepared.input.list,
      format: prepared.input.format,
      filters: prepared.input.filters,
      rows,
      includePersonalData: prepared.input.includePersonalData,
    },
  });

const fileOptions = (requester: Requester, prepared: PreparedExport, onProgress: (done: number) => unknown) => ({
  format: prepared.input.format,
  language: requester.language,
  includePersonalData: prepared.input.includePersonalData,
  onProgress,
});

/**
 * `linli export`: the same file straight to `output`, no job row; audited once it is complete. `onCount`
 * hears the total before the first row, `onProgress` the rows written after every batch.
 */
export async function exportToStream(
  services: Services,
  requester: Requester,
  prepared: PreparedExport,
  output: Writable,
  progress: { onCount?(total: number): void; onProgress?(done: number): void } = {},
): Promise<number> {
  const filters = prepared.input.filters;
  progress.onCount?.(await prepared.source.count(services, requester.scope, filters));
  const rows = await writeExportFile(
    services,
    requester.scope,
    prepared.source,
    filters,
    output,
    fileOptions(requester, prepared, (done) => progress.onProgress?.(done)),
  );
  await services.database.transaction((tx) => recordExported(tx, requester, prepared, rows, null));
  return rows;
}

function failureOf(error: unknown, language: LabelLanguage): ExportFailure {
  const code = error instanceof AppError ? error.code : 'internal_error';
  const { title, detail } = problemText(code, language, error instanceof AppError ? error.params : {});
  return { code, title, detail: detail ?? null };
}

/** The job: count, write batch by batch with progress, store the file encrypted and audit it, or record why not. */
async function runExport(services: Services, requester: Requester, prepared: PreparedExport, id: string): Promise<void> {
  const { db } = services.database;
  const { source, input } = prepared;
  try {
    const total = await source.count(services, requester.scope, input.filters);
    await repository.setExportProgress(db, id, { done: 0, total });
    const progress = throttledProgress((done) => repository.setExportProgress(db, id, { done }));
    const { gzipped, rows } = await exportFileGzipped(
      services,
      requester.scope,
      source,
      input.filters,
      fileOptions(requester, prepared, (done) => progress.report(done)),
    );
    await progress.finish(rows);
    // compressed before it is encrypted: encrypted bytes would not shrink at all
    const fileEnc = services.cipher.encryptBytes(gzipped);
    await services.database.transaction(async (tx) => {
      await repository.finishExport(tx, id, { fileEnc, rows });
      await recordExported(tx, requester, prepared, rows, id);
    });
  } catch (error) {
    await repository.failExport(db, id, failureOf(error, requester.language));
    if (!(error instanceof AppError)) throw error; // the background runner logs what nobody expected
  }
}

export async function listExports(services: Services, scope: Scope, page: { page: number; pageSize: number }) {
  return repository.listOwnExports(scope, services.database.db, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
}

export async function getExport(services: Services, scope: Scope, id: string): Promise<ExportRow> {
  const row = await repository.findExport(scope, services.database.db, id);
  if (!row) throw new AppError('not_found');
  return row;
}

const statusWords: Record<LabelLanguage, Record<string, string>> = {
  'zh-CN': { running: '正在导出', failed: '导出失败', action: '下载文件' },
  'en-US': { running: 'running', failed: 'failed', action: 'be downloaded' },
};

/** The finished file, decrypted; 409 while it is being written or when it failed. */
export async function getExportFile(services: Services, scope: Scope, id: string, language: LabelLanguage) {
  const row = await repository.findExportFile(scope, services.database.db, id);
  if (!row) throw new AppError('not_found');
  // plain personal data goes only to someone who may still see it
  if (row.includePersonalData && !can(scope.role, 'organizations:reveal')) throw new AppError('forbidden');
  if (row.status !== 'done' || !row.fileEnc) {
    const words = statusWords[language];
    throw new AppError('job_state', { status: words[row.status] ?? row.status, action: words.action! });
  }
  return { filename: row.filename, format: row.format, file: gunzipSync(services.cipher.decryptBytes(row.fileEnc)) };
}

/** Stored in Chinese; the presenter shows it in the reader's language. */
export const interruptedFailure: ExportFailure = {
  code: 'interrupted',
  title: '导出被中断',
  detail: '服务器在导出过程中重新启动，请重新导出。',
};

/** At start-up: an export left 'running' by a stopped server will never finish; say so. Returns how many. */
export async function failInterruptedExports(db: Db): Promise<number> {
  return repository.failRunningExports(db, interruptedFailure);
}
