// What reading a ledger (台账) file gives the import: a header row and a stream of data rows.

export interface LedgerRow {
  /** 1-based row number as Excel (or a text editor, for CSV records) shows it */
  rowNumber: number;
  /** One trimmed string per header position ('' for blank) */
  cells: string[];
  /** Header positions whose cell held a formula (xlsx only) */
  formulaColumns: number[];
}

export interface LedgerFile {
  format: 'xlsx' | 'csv';
  /** null for xlsx */
  encoding: 'utf-8' | 'gbk' | null;
  /** 1-based */
  headerRow: number;
  /** Header texts with every whitespace character removed; '' for a blank header inside the range */
  headers: string[];
  /** Data rows after the header row, blank rows skipped; iterate once */
  rows: AsyncGenerator<LedgerRow>;
}

export interface LedgerLimits {
  fileBytes: number;
  decompressedBytes: number;
  rows: number;
  columns: number;
}

export const LEDGER_LIMITS: LedgerLimits = {
  fileBytes: 20 * 1024 * 1024,
  decompressedBytes: 200 * 1024 * 1024,
  rows: 200_000,
  columns: 200,
};

/** A byte limit as the MiB figure the error messages show. */
export function mib(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 100) / 100;
}

/** A row as a reader found it: cell texts by 0-based column (holes for cells that are absent), untrimmed. */
export interface SourceRow {
  rowNumber: number;
  values: (string | undefined)[];
  /** 0-based columns whose cell held a formula */
  formulas: number[];
}
