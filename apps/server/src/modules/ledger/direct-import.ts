// A ledger import in one go, for the command line: the same reading, mapping, judgement and writes as the web
// app's import, without the job rows that let a person look at the dry run in between.
import type { ColumnMapping, CommitMode, ImportSummary, LedgerColumn } from '@linli/shared';
import { ledgerColumns } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Db } from '../../db/database.js';
import type { Services } from '../../platform/context.js';
import type { Language } from '../../platform/messages.js';
import type { Viewer } from '../organizations/organizations.policy.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import { chunksOf, judgeRows, outcomeTally, type RowVerdict, type SheetRow } from './import-analysis.js';
import { ledgerWriter, type LedgerWriter } from './import-commit.js';
import { checkMapping, headerKey, suggestMapping } from './ledger-columns.js';
import { readLedger } from './reading/ledger-reader.js';

export interface DirectImport {
  file: Buffer;
  filename: string;
  region: string;
  /** header text → column, for headers the suggestion does not know */
  mapping?: Record<string, LedgerColumn | null>;
  dryRun: boolean;
  mode: CommitMode;
  language: Language;
}

export interface DirectImportResult {
  summary: ImportSummary;
  errors: RowVerdict[];
  written: boolean;
}

/** The suggestion, overridden header by header by the mapping file. */
export function mappingFor(headers: string[], overrides: Record<string, LedgerColumn | null> = {}): ColumnMapping {
  const byKey = new Map(Object.entries(overrides).map(([header, column]) => [headerKey(header), column]));
  for (const column of byKey.values())
    if (column !== null && !ledgerColumns.includes(column)) throw new Error(`unknown column "${String(column)}" in the mapping file`);
  const suggested = suggestMapping(headers);
  return headers.map((header, i) => (byKey.has(headerKey(header)) ? byKey.get(headerKey(header))! : suggested[i]!));
}

export async function importDirectly(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  request: DirectImport,
  onProgress: (phase: 'reading' | 'writing', done: number, total: number) => void,
): Promise<DirectImportResult> {
  const region = await requireRegionInScope(services, viewer.scope, request.region, 'region', [1, 2, 3, 4, 5]);
  const ledger = await readLedger(request.file);
  const rows: SheetRow[] = [];
  for await (const row of ledger.rows) if (rows.push(row) % 1000 === 0) onProgress('reading', rows.length, 0);
  const mapping = mappingFor(ledger.headers, request.mapping);
  checkMapping(ledger.headers, mapping, request.language);
  const context = {
    cipher: services.cipher,
    role: viewer.role,
    scope: viewer.scope,
    region: { code: region.code, name: region.name },
    headers: ledger.headers,
    mapping,
    language: request.language,
  };
  const judge = async (db: Db, write?: LedgerWriter) => {
    const counted = outcomeTally();
    const errors: RowVerdict[] = [];
    await judgeRows({ ...context, db }, chunksOf(rows), async (verdicts) => {
      counted.add(verdicts);
      errors.push(...verdicts.filter((v) => v.outcome === 'error'));
      // all or nothing: once a row is wrong nothing is written, but the rest is still judged for the report
      if (write && !(request.mode === 'all' && errors.length > 0)) await write.write(verdicts);
    });
    return { summary: counted.summary, errors };
  };
  if (request.dryRun) return { ...(await judge(services.database.db)), written: false };
  return services.database
    .transaction(async (tx) => {
      const writer = ledgerWriter(tx, services, actor, (done) => onProgress('writing', done, rows.length));
      const judged = await judge(tx, writer).catch(async (error: unknown) => {
        await writer.abandon();
        throw error;
      });
      if (request.mode === 'all' && judged.errors.length > 0) {
        await writer.abandon();
        throw new NothingWritten(judged);
      }
      const written = await writer.finish();
      await recordAudit(tx, actor, {
        action: 'ledger.imported',
        targetType: 'ledger_import',
        regionCode: region.code,
        after: { filename: request.filename, mode: request.mode, ...judged.summary, ...written },
      });
      return { ...judged, written: true };
    })
    .catch((error: unknown) => {
      if (error instanceof NothingWritten) return { ...error.judged, written: false };
      throw error;
    });
}

/** Rolls back what earlier chunks wrote when a later one holds a wrong row (all or nothing). */
class NothingWritten extends Error {
  constructor(readonly judged: Omit<DirectImportResult, 'written'>) {
    super('nothing written');
  }
}
