import type { LabelLanguage, LedgerExport } from '@linli/shared';
import type { ExportFailure, ExportRow } from './exports.repository.js';

/** Failures the job itself describes (not an AppError): shown in the reader's language. */
const ownFailures: Record<string, Record<LabelLanguage, { title: string; detail: string }>> = {
  interrupted: {
    'zh-CN': { title: '导出被中断', detail: '服务器在导出过程中重新启动，请重新导出。' },
    'en-US': { title: 'The export was interrupted', detail: 'The server restarted while writing it; export again.' },
  },
};

function presentFailure(failure: ExportFailure | null, language: LabelLanguage): LedgerExport['failure'] {
  if (!failure) return null;
  const own = ownFailures[failure.code]?.[language];
  return own ? { code: failure.code, ...own } : failure;
}

/** The job without its file: the file comes from GET /exports/:id/file. */
export function presentExport(row: ExportRow, language: LabelLanguage): LedgerExport {
  return {
    id: row.id,
    list: row.list,
    format: row.format,
    filters: row.filters,
    includePersonalData: row.includePersonalData,
    status: row.status,
    progress: { done: row.progressDone, total: row.progressTotal },
    filename: row.filename,
    rows: row.rows,
    failure: presentFailure(row.failure as ExportFailure | null, language),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}
