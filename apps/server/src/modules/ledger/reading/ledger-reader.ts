// Reading an uploaded ledger (台账): what the bytes are, where the header is, and the data rows after it. Every
// file-level problem is an AppError, thrown before the first row or while the rows are read; the import consumes
// all rows before it writes anything.
import { AppError } from '../../../platform/errors.js';
import { csvRows, decodeCsv, looksLikeMarkup } from './csv-reader.js';
import { LEDGER_LIMITS, mib, type LedgerFile, type LedgerLimits, type LedgerRow, type SourceRow } from './ledger-file.js';
import { mergeInHeader, type CellRange } from './merged-ranges.js';
import { sniffFile } from './sniff.js';
import { openXlsx } from './xlsx-reader.js';

export { LEDGER_LIMITS, type LedgerFile, type LedgerLimits, type LedgerRow } from './ledger-file.js';

/** Ledgers put a title (e.g. 南京东路街道社区社会组织台账) and notes above the header; the header is the first row with this many filled cells… */
const HEADER_MIN_CELLS = 3;
/** …among this many non-blank rows from the top. */
const HEADER_SEARCH_ROWS = 10;
/** Whitespace of every kind, full-width space U+3000 and line breaks included, and the zero-width characters. */
const HEADER_SPACE = /[\s\u200b-\u200d\u2060]/g;

export async function readLedger(file: Buffer, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerFile> {
  if (file.length > limits.fileBytes) throw new AppError('file_too_large', { limit: mib(limits.fileBytes) });
  if (isBlank(file)) throw new AppError('empty_file');
  try {
    switch (sniffFile(file)) {
      case 'ole2':
        throw new AppError('legacy_xls');
      case 'binary':
        throw new AppError('unsupported_file_type');
      case 'zip': {
        const { rows, merges } = await openXlsx(file, limits);
        return await shapeLedger({ format: 'xlsx', encoding: null }, rows, merges, limits);
      }
      case 'text': {
        // UTF-16 text without NULs in its head (too short to tell) is not read either.
        if ((file[0] === 0xff && file[1] === 0xfe) || (file[0] === 0xfe && file[1] === 0xff)) throw new AppError('unsupported_file_type');
        const { encoding, text } = decodeCsv(file);
        if (looksLikeMarkup(text)) throw new AppError('unsupported_file_type');
        return await shapeLedger({ format: 'csv', encoding }, asAsync(csvRows(text)), [], limits);
      }
    }
  } catch (error) {
    throw asFileError(error);
  }
}

/** 0 bytes, or nothing but byte-order marks and whitespace. */
function isBlank(file: Buffer): boolean {
  let at = 0;
  for (;;) {
    if (file[at] === 0xef && file[at + 1] === 0xbb && file[at + 2] === 0xbf) at += 3;
    else if ((file[at] === 0xff && file[at + 1] === 0xfe) || (file[at] === 0xfe && file[at + 1] === 0xff)) at += 2;
    else break;
  }
  for (; at < file.length; at++) {
    const byte = file[at];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0b && byte !== 0x0c) return false;
  }
  return true;
}

/** A file odd enough to break a parser in a way nobody foresaw is still a file we cannot read, not a server error. */
function asFileError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('corrupt_file');
}

/** Parsing text is synchronous: let the server answer other requests every few thousand rows. */
async function* asAsync<T>(rows: Iterable<T>): AsyncGenerator<T> {
  let count = 0;
  for (const row of rows) {
    if (++count % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
    yield row;
  }
}

function filledCells(row: SourceRow): number {
  let filled = 0;
  for (const value of row.values) if (value !== undefined && value.trim() !== '') filled++;
  return filled;
}

async function shapeLedger(
  kind: Pick<LedgerFile, 'format' | 'encoding'>,
  source: AsyncGenerator<SourceRow>,
  merges: CellRange[],
  limits: LedgerLimits,
): Promise<LedgerFile> {
  try {
    return await findHeader(kind, source, merges, limits);
  } catch (error) {
    await source.return(undefined); // let the sheet's inflater go
    throw error;
  }
}

async function findHeader(
  kind: Pick<LedgerFile, 'format' | 'encoding'>,
  source: AsyncGenerator<SourceRow>,
  merges: CellRange[],
  limits: LedgerLimits,
): Promise<LedgerFile> {
  let header: SourceRow | undefined;
  for (let nonBlank = 0; !header;) {
    const next = await source.next();
    if (next.done) throw new AppError('no_data_rows');
    const filled = filledCells(next.value);
    if (filled === 0) continue;
    nonBlank++;
    if (filled >= HEADER_MIN_CELLS) header = next.value;
    else if (nonBlank >= HEADER_SEARCH_ROWS) throw new AppError('no_data_rows');
  }

  const cleaned = Array.from(header.values, (value) => (value ?? '').replace(HEADER_SPACE, ''));
  let width = cleaned.length;
  while (width > 0 && cleaned[width - 1] === '') width--;
  const headers = cleaned.slice(0, width);
  const merged = mergeInHeader(merges, header.rowNumber, width);
  if (merged) throw new AppError('merged_header', { range: merged.ref });
  if (width > limits.columns) throw new AppError('validation_failed', {}, [{ path: 'file', message: 'too_many_columns' }]);

  const toLedgerRow = (row: SourceRow): LedgerRow | null => {
    const cells = new Array<string>(width);
    let blank = true;
    for (let i = 0; i < width; i++) {
      const cell = (row.values[i] ?? '').trim();
      cells[i] = cell;
      if (cell) blank = false;
    }
    if (blank) return null;
    const formulaColumns = row.formulas.filter((column) => column < width);
    if (formulaColumns.length > 1) formulaColumns.sort((a, b) => a - b);
    return { rowNumber: row.rowNumber, cells, formulaColumns };
  };

  // Peek at the first data row so that a header without data fails here rather than in the import's loop.
  let first: LedgerRow | null = null;
  while (!first) {
    const next = await source.next();
    if (next.done) throw new AppError('no_data_rows');
    first = toLedgerRow(next.value);
  }

  async function* rows(firstRow: LedgerRow): AsyncGenerator<LedgerRow> {
    try {
      let count = 1;
      if (count > limits.rows) throw new AppError('too_many_rows', { limit: limits.rows });
      yield firstRow;
      for (;;) {
        const next = await source.next();
        if (next.done) return;
        const row = toLedgerRow(next.value);
        if (!row) continue;
        // Counted as they come: a sheet of a million rows stops at the first row past the limit.
        if (++count > limits.rows) throw new AppError('too_many_rows', { limit: limits.rows });
        yield row;
      }
    } catch (error) {
      throw asFileError(error);
    } finally {
      await source.return(undefined);
    }
  }

  return { ...kind, headerRow: header.rowNumber, headers, rows: rows(first) };
}
