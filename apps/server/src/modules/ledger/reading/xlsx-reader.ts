// An .xlsx ledger: checked as an archive first (structure, macros, zip bomb), then its first worksheet read row by
// row. The parts are read from the central directory with our own streaming decoder rather than ExcelJS's
// WorkbookReader, which splits multi-byte characters at chunk boundaries (see xml-stream.ts), does not know the
// zh-CN built-in date formats (ids 27–36, 50–58), keeps only the last run of inline rich text, and reads phonetic
// guides as the cell's text.
import { AppError } from '../../../platform/errors.js';
import { decodeOoxmlEscapes, numberText, serialText, type FormatKind } from './cell-text.js';
import { mib, type LedgerLimits, type SourceRow } from './ledger-file.js';
import { MergeScanner, type CellRange } from './merged-ranges.js';
import { readDateStyles, readSharedStrings, readWorkbookLayout, SharedStrings } from './workbook-parts.js';
import { XmlStream, decodeXml, textChunks } from './xml-stream.js';
import { entryChunks, readSmallEntry, readZipDirectory, type ZipEntry } from './zip-archive.js';
import { guardArchive } from './zip-guard.js';

export const MAX_ZIP_ENTRIES = 10_000;
/** Excel's own limit: XFD */
const MAX_COLUMN = 16_384;
/** Excel's own limit on a cell's text. */
const MAX_CELL_TEXT = 32_767;
/** [Content_Types].xml, workbook.xml and its relationships are a few KiB; anything near this is not a workbook. */
const SMALL_PART_CAP = 4 * 1024 * 1024;

export interface OpenedXlsx {
  rows: AsyncGenerator<SourceRow>;
  /** Merged ranges of the sheet (those near the top, where a header can be) */
  merges: CellRange[];
}

export async function openXlsx(buffer: Buffer, limits: LedgerLimits): Promise<OpenedXlsx> {
  const entries = readZipDirectory(buffer, MAX_ZIP_ENTRIES);
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const contentTypes = byKey.get('[content_types].xml');
  const workbook = byKey.get('xl/workbook.xml');
  // A .docx, a .pptx or any other zip: not a workbook.
  if (!contentTypes || !workbook) throw new AppError('unsupported_file_type');
  // .xlsm / .xltm / .xlam: the VBA project part, or a macro-enabled main content type.
  if (entries.some((entry) => /(^|\/)vbaproject\.bin$/.test(entry.key))) throw new AppError('macro_enabled');
  const types = (await readSmallEntry(buffer, contentTypes, SMALL_PART_CAP)).toString('utf8');
  if (/macroEnabled|vbaProject/i.test(types)) throw new AppError('macro_enabled');

  const relationships = byKey.get('xl/_rels/workbook.xml.rels');
  const layout = await readWorkbookLayout(
    await smallText(buffer, workbook),
    relationships ? await smallText(buffer, relationships) : null,
    new Set(byKey.keys()),
  );
  const part = (key: string | null) => (key ? byKey.get(key) : undefined);
  const sheet = part(layout.sheet)!;

  const merges = new MergeScanner();
  await guardArchive(buffer, entries, limits.decompressedBytes, { entry: sheet, onChunk: (chunk) => merges.push(chunk) });

  const sharedStringsPart = part(layout.sharedStrings);
  const stylesPart = part(layout.styles);
  const strings = sharedStringsPart ? await readSharedStrings(textChunks(entryChunks(buffer, sharedStringsPart))) : new SharedStrings();
  const styles = stylesPart ? await readDateStyles(textChunks(entryChunks(buffer, stylesPart))) : [];
  return { rows: sheetRows(buffer, sheet, strings, styles, layout.date1904, limits.decompressedBytes), merges: merges.ranges };
}

async function smallText(buffer: Buffer, entry: ZipEntry): Promise<string> {
  return decodeXml(await readSmallEntry(buffer, entry, SMALL_PART_CAP));
}

/** The column of a cell reference (`AB12` → 28), or null when it starts with no letter. */
function columnOf(ref: string): number | null {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column || null;
}

/** The worksheet's rows in document order, each cell as the text Excel shows. */
async function* sheetRows(
  buffer: Buffer,
  sheet: ZipEntry,
  strings: SharedStrings,
  styles: FormatKind[],
  date1904: boolean,
  textBudget: number,
): AsyncGenerator<SourceRow> {
  const ready: SourceRow[] = [];
  // Shared strings are stored once but may be used by every cell: the text they expand to counts against the
  // same budget as the unpacked bytes, and no cell may exceed Excel's own limit.
  let textSpent = 0;
  let row: SourceRow | null = null;
  let lastRow = 0;
  let lastColumn = 0;
  // The cell being read
  let column = 0;
  let type = 'n';
  let style = 0;
  let hasFormula = false;
  let value: string | null = null;
  let inline: string | null = null;
  let inValue = false;
  let inInlineText = false;
  let phonetic = 0;

  const cellText = (): string => {
    const v = value ?? '';
    switch (type) {
      case 's':
        return value === null ? '' : strings.get(Number(v));
      case 'inlineStr':
        return decodeOoxmlEscapes(inline ?? v);
      case 'str':
        return decodeOoxmlEscapes(v);
      case 'b':
        return value === null ? '' : v.trim() === '1' || v.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return v;
      case 'd': // ISO 8601 (strict OOXML)
        return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v;
      default: {
        if (value === null) return '';
        const kind = styles[style];
        return (kind && serialText(Number(v), kind, date1904)) || numberText(v);
      }
    }
  };

  const xml = new XmlStream({
    open(name, attributes) {
      switch (name) {
        case 'row': {
          const number = attributes.r ? Number(attributes.r) : lastRow + 1;
          if (!Number.isInteger(number) || number < 1) throw new AppError('corrupt_file');
          row = { rowNumber: number, values: [], formulas: [] };
          lastRow = number;
          lastColumn = 0;
          return;
        }
        case 'c': {
          column = (attributes.r ? columnOf(attributes.r) : null) ?? lastColumn + 1;
          if (column > MAX_COLUMN) throw new AppError('corrupt_file');
          lastColumn = column;
          type = attributes.t ?? 'n';
          style = attributes.s ? Number(attributes.s) : 0;
          hasFormula = false;
          value = null;
          inline = null;
          return;
        }
        case 'f':
          hasFormula = true;
          return;
        case 'v':
          inValue = true;
          value = '';
          return;
        case 'is':
          inline = '';
          return;
        case 't':
          inInlineText = inline !== null && phonetic === 0;
          return;
        case 'rPh':
          phonetic++;
          return;
      }
    },
    text(text) {
      if (inValue) value += text;
      else if (inInlineText) inline += text;
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false;
          return;
        case 't':
          inInlineText = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c': {
          if (!row) return;
          const text = cellText();
          if (text.length > MAX_CELL_TEXT) throw new AppError('validation_failed', {}, [{ path: 'file', message: 'cell_too_long' }]);
          textSpent += text.length;
          if (textSpent > textBudget) throw new AppError('decompressed_too_large', { limit: mib(textBudget) });
          if (text !== '') row.values[column - 1] = text;
          if (hasFormula) row.formulas.push(column - 1);
          return;
        }
        case 'row':
          if (row) ready.push(row);
          row = null;
          return;
      }
    },
  });

  for await (const text of textChunks(entryChunks(buffer, sheet))) {
    xml.write(text);
    for (const done of ready) yield done;
    ready.length = 0;
  }
  xml.close();
  for (const done of ready) yield done;
}
