// The dashboard's child-region table as an Excel workbook (one sheet per pack, the region itself first) or as CSV
// (one section per pack, the same rows).
import type { IndicatorResult, IndicatorStatus, IndicatorValue, StatsIndicators } from '@linli/shared';
import ExcelJS from 'exceljs';
import type { Language } from '../../platform/messages.js';
import { safeCell } from '../../platform/spreadsheet.js';
import { csvLine } from '../exports/sheet-writers.js';

const words = {
  'zh-CN': { code: '区划代码', name: '区划名称', behind: '未达标指标数', evaluatedAt: '统计时间', target: '目标', total: '（合计）', noData: '暂无数据来源', country: '全国', noPolicy: '未采用任何政策' },
  'en-US': { code: 'Region code', name: 'Region', behind: 'Indicators behind', evaluatedAt: 'Evaluated at', target: 'Target', total: '(total)', noData: 'No data source', country: 'China', noPolicy: 'no policy adopted' },
};

const statusFill: Record<IndicatorStatus, string | null> = {
  met: 'FFD9F7BE',
  on_track: 'FFBAE0FF',
  behind: 'FFFFE7BA',
  overdue: 'FFFFCCC7',
  no_data: null,
  not_applicable: null,
};

const numberFormat = (indicator: IndicatorResult) => (indicator.unit === 'share' ? '0.0%' : indicator.unit === 'per_community' ? '0.00' : '#,##0');

function writeValue(cell: ExcelJS.Cell, indicator: IndicatorResult, value: IndicatorValue, noData: string) {
  if (value.status === 'no_data') cell.value = noData;
  else if (value.value !== null) {
    cell.value = value.value;
    cell.numFmt = numberFormat(indicator);
  }
  const fill = statusFill[value.status];
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
}

export async function dashboardWorkbook(result: StatsIndicators, language: Language): Promise<Buffer> {
  const w = words[language];
  const en = language === 'en-US';
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(result.evaluatedAt);
  const regionName = result.region.code === '' ? w.country : result.region.name;
  if (result.packs.length === 0) workbook.addWorksheet('—').addRow([`${regionName}: ${w.noPolicy}`]);
  for (const pack of result.packs) {
    // sheet names: at most 31 characters, no []:*?/\
    const sheet = workbook.addWorksheet(pack.id.slice(0, 31));
    sheet.addRow([`${regionName} — ${en ? pack.title.en : pack.title.zh}（${pack.documentNumber}）`]).font = { bold: true, size: 13 };
    sheet.addRow([w.evaluatedAt, result.evaluatedAt.replace('T', ' ').slice(0, 19)]);
    const header = sheet.addRow([w.code, w.name, ...pack.indicators.map((i) => safeCell(en ? i.name.en : i.name.zh)), w.behind]);
    header.font = { bold: true };
    sheet.addRow(['', w.target, ...pack.indicators.map((i) => i.target)]).eachCell((cell, column) => {
      const indicator = pack.indicators[column - 3];
      if (indicator) cell.numFmt = numberFormat(indicator);
    });
    const regionRow = sheet.addRow([result.region.code, `${regionName}${w.total}`]);
    regionRow.font = { bold: true };
    pack.indicators.forEach((indicator, i) => writeValue(regionRow.getCell(i + 3), indicator, indicator, w.noData));
    for (const child of pack.children) {
      const row = sheet.addRow([child.code, safeCell(child.name)]);
      pack.indicators.forEach((indicator, i) => writeValue(row.getCell(i + 3), indicator, child.values[indicator.id]!, w.noData));
      row.getCell(pack.indicators.length + 3).value = child.behind;
    }
    sheet.getColumn(1).width = 15;
    sheet.getColumn(2).width = 24;
    for (let i = 0; i <= pack.indicators.length; i++) sheet.getColumn(i + 3).width = 16;
    sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A number as the workbook's format shows it: 12.5%, 3.25, 1204 (CSV cells carry no format). */
function formatted(indicator: IndicatorResult, value: number): string {
  if (indicator.unit === 'share') return `${(value * 100).toFixed(1)}%`;
  return indicator.unit === 'per_community' ? value.toFixed(2) : String(value);
}

function csvValue(indicator: IndicatorResult, value: IndicatorValue, noData: string): string {
  if (value.status === 'no_data') return noData;
  return value.value === null ? '' : formatted(indicator, value.value);
}

/** UTF-8 with a byte-order mark (Excel reads the Chinese correctly), CRLF, every text cell escaped (safeCell). */
export function dashboardCsv(result: StatsIndicators, language: Language): Buffer {
  const w = words[language];
  const en = language === 'en-US';
  const regionName = result.region.code === '' ? w.country : result.region.name;
  const line = (cells: (string | number)[]) =>
    csvLine(
      cells.map((cell) => (typeof cell === 'number' ? 'number' : 'text')),
      cells,
    );
  const lines: string[] = [];
  if (result.packs.length === 0) lines.push(line([`${regionName}: ${w.noPolicy}`]));
  for (const pack of result.packs) {
    if (lines.length > 0) lines.push('\r\n');
    lines.push(line([`${regionName} — ${en ? pack.title.en : pack.title.zh}（${pack.documentNumber}）`]));
    lines.push(line([w.evaluatedAt, result.evaluatedAt.replace('T', ' ').slice(0, 19)]));
    lines.push(line([w.code, w.name, ...pack.indicators.map((i) => (en ? i.name.en : i.name.zh)), w.behind]));
    lines.push(line(['', w.target, ...pack.indicators.map((i) => formatted(i, i.target))]));
    lines.push(line([result.region.code, `${regionName}${w.total}`, ...pack.indicators.map((i) => csvValue(i, i, w.noData))]));
    for (const child of pack.children)
      lines.push(line([child.code, child.name, ...pack.indicators.map((i) => csvValue(i, child.values[i.id]!, w.noData)), child.behind]));
  }
  return Buffer.from('\ufeff' + lines.join(''), 'utf8');
}
