// Row-by-row spreadsheet writers over a stream (.xlsx in xlsx-writer.ts, .csv here). Neither holds the rows: each
// row is encoded when it is added, so an export of any length needs the same memory.
import type { ExportFormat } from '@linli/shared';
import type { Writable } from 'node:stream';
import { safeCell, XLSX_TYPE } from '../../platform/spreadsheet.js';
import { xlsxWriter } from './xlsx-writer.js';

/** text goes through safeCell; date is 'YYYY-MM-DD'; datetime an instant, shown in China's time. */
export type CellKind = 'text' | 'number' | 'date' | 'datetime';
export type CellValue = string | number | Date | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** Excel column width in characters */
  width: number;
}

export interface SheetWriter {
  addRow(values: readonly CellValue[]): void;
  /** Resolves when what was added so far is on its way (await it between batches) */
  ready?(): Promise<void>;
  /** Ends the file; resolves when its last byte is written to the output. */
  finish(): Promise<void>;
}

export const contentTypes: Record<ExportFormat, string> = { xlsx: XLSX_TYPE, csv: 'text/csv; charset=utf-8' };

// China has kept UTC+8 all year since 1991: a fixed offset is exact and much cheaper than Intl per cell.
const CHINA_OFFSET_MS = 8 * 3600_000;

/** The wall-clock time in China as a Date whose UTC fields read it. */
const chinaWallClock = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS);

/** 2026-05-12 09:30 in China's time */
export function chinaDateTime(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 16).replace('T', ' ');
}

/** 20260512-0930 in China's time, for file names */
export function chinaStamp(at: Date): string {
  const iso = chinaWallClock(at).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

function whenFinished(output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (output.writableFinished) return resolve();
    output.once('finish', resolve);
    output.once('error', reject);
  });
}

// ── .csv ──

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvCell(kind: CellKind, value: CellValue): string {
  if (value === null) return '';
  switch (kind) {
    case 'text':
      return csvField(safeCell(String(value)));
    case 'datetime':
      return value instanceof Date ? chinaDateTime(value) : csvField(String(value));
    default:
      return csvField(String(value));
  }
}

/** One CSV line (CRLF-terminated) of already typed cells. */
export function csvLine(kinds: readonly CellKind[], values: readonly CellValue[]): string {
  return values.map((value, i) => csvCell(kinds[i] ?? 'text', value)).join(',') + '\r\n';
}

const LINES_PER_CHUNK = 500;

/** UTF-8 with a byte-order mark, so Excel opens the Chinese correctly; CRLF line ends. */
export function csvWriter(output: Writable, columns: readonly SheetColumn[]): SheetWriter {
  const kinds = columns.map((c) => c.kind);
  let pending: string[] = [
    '\ufeff' +
      csvLine(
        columns.map(() => 'text'),
        columns.map((c) => c.header),
      ),
  ];
  const flush = () => {
    if (pending.length > 0) output.write(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
  };
  return {
    addRow(values) {
      pending.push(csvLine(kinds, values));
      if (pending.length >= LINES_PER_CHUNK) flush();
    },
    async finish() {
      const finished = whenFinished(output);
      flush();
      output.end();
      await finished;
    },
  };
}

export function sheetWriter(format: ExportFormat, output: Writable, sheetName: string, columns: readonly SheetColumn[]): SheetWriter {
  return format === 'xlsx' ? xlsxWriter(output, sheetName, columns) : csvWriter(output, columns);
}
