// A one-sheet .xlsx written row by row (ECMA-376 SpreadsheetML, inline strings): what an export needs and nothing
// more. ExcelJS's streaming writer took 3.5 s of the 10 s an export of 100,000 organizations may take (most of
// it working out each cell's style); this writes the same workbook in a fraction of that (bench/README.md).
import type { Writable } from 'node:stream';
import { safeCell } from '../../platform/spreadsheet.js';
import type { CellKind, CellValue, SheetColumn, SheetWriter } from './sheet-writers.js';
import { ZipWriter } from './zip-writer.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// cellXfs of styles.xml, by position
const STYLE = { date: 1, datetime: 2, header: 3 } as const;

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
  `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS =
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
  `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`;

// Characters XML 1.0 cannot hold at all (a stray control character would make the whole file unreadable).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A, B, … Z, AA, AB, … */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Sheet names: at most 31 characters, none of []:*?/\ */
const sheetNameOf = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

// Excel's day 0 is 1899-12-30 (with the 1900 leap-year bug that makes this the right epoch for modern dates).
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;
// China has kept UTC+8 all year since 1991; Excel times have no zone, so they are written as China's wall clock.
const CHINA_OFFSET_MS = 8 * 3_600_000;

function textCell(ref: string, text: string, style?: number): string {
  if (text === '') return '';
  const s = style ? ` s="${style}"` : '';
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

function cell(ref: string, kind: CellKind, value: CellValue): string {
  if (value === null) return '';
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : textCell(ref, String(value));
    case 'date': {
      const ms = typeof value === 'string' ? Date.parse(`${value}T00:00:00Z`) : value instanceof Date ? value.getTime() : NaN;
      return Number.isNaN(ms)
        ? textCell(ref, String(value))
        : `<c r="${ref}" s="${STYLE.date}"><v>${ms / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`;
    }
    case 'datetime': {
      if (!(value instanceof Date)) return textCell(ref, String(value));
      const serial = (value.getTime() + CHINA_OFFSET_MS) / DAY_MS + EXCEL_EPOCH_DAYS;
      return `<c r="${ref}" s="${STYLE.datetime}"><v>${serial}</v></c>`;
    }
    default:
      return textCell(ref, safeCell(String(value)));
  }
}

const ROWS_PER_CHUNK = 200;

export function xlsxWriter(output: Writable, sheetName: string, columns: readonly SheetColumn[]): SheetWriter {
  const name = sheetNameOf(sheetName);
  const letters = columns.map((_, i) => columnLetters(i));
  const kinds = columns.map((c) => c.kind);
  const lastColumn = letters.at(-1) ?? 'A';
  const quotedName = `'${name.replaceAll("'", "''")}'`;

  const zip = new ZipWriter(output);
  zip.addFile('[Content_Types].xml', CONTENT_TYPES);
  zip.addFile('_rels/.rels', ROOT_RELS);
  zip.addFile(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(quotedName)}!$A$1:$${lastColumn}$1</definedName></definedNames></workbook>`,
  );
  zip.addFile('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  zip.addFile('xl/styles.xml', STYLES);

  const sheet = zip.openEntry('xl/worksheets/sheet1.xml');
  const widths = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const header = columns.map((c, i) => textCell(`${letters[i]}1`, c.header, STYLE.header)).join('');
  sheet.write(
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `<cols>${widths}</cols><sheetData><row r="1">${header}</row>`,
  );

  let rowNumber = 1;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) sheet.write(pending.join(''));
    pending = [];
  };
  return {
    addRow(values) {
      const r = ++rowNumber;
      let xml = `<row r="${r}">`;
      for (let i = 0; i < values.length; i++) xml += cell(`${letters[i]}${r}`, kinds[i] ?? 'text', values[i] ?? null);
      pending.push(`${xml}</row>`);
      if (pending.length >= ROWS_PER_CHUNK) flush();
    },
    ready: () => sheet.drained(),
    async finish() {
      flush();
      sheet.write(`</sheetData><autoFilter ref="A1:${lastColumn}1"/></worksheet>`);
      await sheet.close();
      const finished = new Promise<void>((resolve, reject) => {
        output.once('finish', resolve);
        output.once('error', reject);
      });
      zip.finish();
      await finished;
    },
  };
}
