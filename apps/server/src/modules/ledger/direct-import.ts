// A ledger import in one go, for the command line: the same reading, mapping, judgement and writes as the web
// app's import, without the job rows that let a person look at the dry run in between.
import type { ColumnMapping, CommitMode, ImportSummary, LedgerColumn } from '@linli/shared';
import { ledgerColumns } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import type { Language } from '../../platform/messages.js';
import type { Viewer } from '../organizations/organizations.policy.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import { analyzeRows, type RowVerdict, type SheetRow } from './import-analysis.js';
import { writeVerdicts } from './import-commit.js';
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

const summaryOf = (verdicts: RowVerdict[]): ImportSummary => {
  const count = (outcome: RowVerdict['outcome']) => verdicts.filter((v) => v.outcome === outcome).length;
  return { rows: verdicts.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), error: count('error') };
};

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
  if (request.dryRun) {
    const verdicts = await analyzeRows({ ...context, db: services.database.db }, rows);
    return { summary: summaryOf(verdicts), errors: verdicts.filter((v) => v.outcome === 'error'), written: false };
  }
  return services.database.transaction(async (tx) => {
    const verdicts = await analyzeRows({ ...context, db: tx }, rows);
    const summary = summaryOf(verdicts);
    const errors = verdicts.filter((v) => v.outcome === 'error');
    if (request.mode === 'all' && errors.length > 0) return { summary, errors, written: false };
    const written = await writeVerdicts(tx, services, actor, verdicts, (done) =>
      onProgress('writing', done, summary.create + summary.update),
    );
    await recordAudit(tx, actor, {
      action: 'ledger.imported',
      targetType: 'ledger_import',
      regionCode: region.code,
      after: { filename: request.filename, mode: request.mode, ...summary, ...written },
    });
    return { summary, errors, written: true };
  });
}
