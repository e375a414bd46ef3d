// The dry-run report as a spreadsheet: the user's own rows and headers as they were read, with the verdict and
// the problems added in two columns at the end, so the file can be fixed where it stands and uploaded again.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { Services } from '../../platform/context.js';
import type { Language } from '../../platform/messages.js';
import { safeCell } from '../../platform/spreadsheet.js';
import type { RowProblem } from './import-analysis.js';
import * as repository from './imports.repository.js';
import type { ImportRecord } from './imports.repository.js';
import { decryptRow } from './imports.service.js';

const outcomeWords = {
  'zh-CN': { create: '新增', update: '更新', unchanged: '无变化', error: '错误', result: '检查结果', problems: '错误说明' },
  'en-US': { create: 'create', update: 'update', unchanged: 'unchanged', error: 'error', result: 'Result', problems: 'Problems' },
};

export async function reportWorkbook(services: Services, record: ImportRecord, language: Language): Promise<Buffer> {
  const words = outcomeWords[language];
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(language === 'zh-CN' ? '检查报告' : 'Report');
  const width = record.headers.length;
  const header = sheet.addRow([...record.headers.map(safeCell), words.result, words.problems]);
  header.font = { bold: true };
  header.getCell(width + 2).font = { bold: true, color: { argb: 'FFCF1322' } };
  header.commit();
  for (let after = 0; ;) {
    const batch = await repository.readRowsWithOutcome(services.database.db, record.id, after, 2000);
    if (batch.length === 0) break;
    for (const stored of batch) {
      const { cells } = decryptRow(services, stored.rowNumber, stored.cellsEnc);
      const problems = (stored.errors as RowProblem[])
        .map((p) => `「${p.column}」${p.message[language]}`)
        .join(language === 'zh-CN' ? '；' : '; ');
      const row = sheet.addRow([...cells.slice(0, width).map(safeCell), stored.outcome ? words[stored.outcome] : '', safeCell(problems)]);
      if (stored.outcome === 'error') row.getCell(width + 2).font = { color: { argb: 'FFCF1322' } };
      row.commit();
    }
    after = batch.at(-1)!.rowNumber;
  }
  sheet.getColumn(width + 2).width = 60;
  await sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
