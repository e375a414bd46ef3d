// Writes one list to a spreadsheet stream, batch by batch: what the background job and `linli export` share.
import type { ExportFormat, LabelLanguage } from '@linli/shared';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import { BATCH_SIZE, type ExportSource } from './export-source.js';
import { chinaStamp, sheetWriter } from './sheet-writers.js';

export interface ExportFileOptions {
  format: ExportFormat;
  language: LabelLanguage;
  includePersonalData: boolean;
  /** Called after every batch with the rows written so far; awaited, so a slow progress write slows the export */
  onProgress?(done: number): unknown;
  batchSize?: number;
}

/** Streams the rows the filters select, in the list's order, to `output`; resolves with the number of rows. */
export async function writeExportFile(
  services: Services,
  scope: Scope,
  source: ExportSource,
  filters: Record<string, string>,
  output: Writable,
  options: ExportFileOptions,
): Promise<number> {
  const writer = sheetWriter(options.format, output, source.title[options.language], source.headers(options.language));
  let rows = 0;
  try {
    const batchOptions = {
      language: options.language,
      includePersonalData: options.includePersonalData,
      batchSize: options.batchSize ?? BATCH_SIZE,
    };
    await source.forEachBatch(services, scope, filters, batchOptions, async (batch) => {
      for (const cells of batch) writer.addRow(cells);
      rows += batch.length;
      await writer.ready?.();
      // a file on a slow disk: let it catch up rather than queue the whole export in memory
      if (output.writableNeedDrain) await once(output, 'drain');
      await options.onProgress?.(rows);
    });
    await writer.finish();
  } catch (error) {
    output.destroy();
    throw error;
  }
  return rows;
}

/**
 * The whole file in memory, gzip-compressed as it is written (the job stores it so: a CSV shrinks to a fifth);
 * the rows are never all held at once, nor the uncompressed file.
 */
export async function exportFileGzipped(
  services: Services,
  scope: Scope,
  source: ExportSource,
  filters: Record<string, string>,
  options: ExportFileOptions,
): Promise<{ gzipped: Buffer; rows: number }> {
  const output = createGzip({ level: 1 });
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(output, 'end');
  const rows = await writeExportFile(services, scope, source, filters, output, options);
  await ended;
  return { gzipped: Buffer.concat(chunks), rows };
}

/** 社区社会组织_南京东路街道_20260512-0930.xlsx (organizations_… in English) */
export function exportFilename(source: ExportSource, language: LabelLanguage, regionName: string, format: ExportFormat, at = new Date()) {
  const safeName = regionName.replace(/[\\/:*?"<>|\s]+/g, '');
  return `${source.title[language]}_${safeName}_${chinaStamp(at)}.${format}`;
}

export const wholeCountry: Record<LabelLanguage, string> = { 'zh-CN': '全国', 'en-US': 'China' };
