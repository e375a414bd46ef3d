// Every list that can be exported, by its name in the API contract (exportLists in @linli/shared).
import type { ExportList } from '@linli/shared';
import type { ExportSource } from './export-source.js';
import { filingsExport } from './filings-export.js';
import { organizationsExport } from './organizations-export.js';

export const exportSources: Record<ExportList, ExportSource> = {
  organizations: organizationsExport,
  filings: filingsExport,
};
