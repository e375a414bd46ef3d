// The parts of a workbook the ledger needs besides the sheet: which part is the first worksheet, the shared
// strings, and which cell styles show dates.
import { AppError } from '../../../platform/errors.js';
import { builtInFormatKind, decodeOoxmlEscapes, formatCodeKind, type FormatKind } from './cell-text.js';
import { parseXml, prefixedAttribute } from './xml-stream.js';

export interface WorkbookLayout {
  /** Lower-cased entry name of the first visible worksheet */
  sheet: string;
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

/** `worksheets/sheet1.xml` relative to `xl/workbook.xml`, or `/xl/worksheets/sheet1.xml`, as an entry name. */
function resolveTarget(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  return segments.join('/').toLowerCase();
}

async function* once(text: string) {
  yield text;
}

/** Finds the first worksheet in the workbook's own order (not by file name), skipping hidden ones and chart sheets. */
export async function readWorkbookLayout(workbookXml: string, relsXml: string | null, entryKeys: Set<string>): Promise<WorkbookLayout> {
  const sheets: { relationship: string; hidden: boolean }[] = [];
  let date1904 = false;
  await parseXml(once(workbookXml), {
    open(name, attributes) {
      if (name === 'sheet') {
        const relationship = prefixedAttribute(attributes, 'id');
        if (relationship) sheets.push({ relationship, hidden: attributes.state === 'hidden' || attributes.state === 'veryHidden' });
      } else if (name === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      }
    },
  });

  const targets = new Map<string, { type: string; target: string }>();
  if (relsXml) {
    await parseXml(once(relsXml), {
      open(name, attributes) {
        if (name === 'Relationship' && attributes.Id && attributes.Target && attributes.TargetMode !== 'External')
          targets.set(attributes.Id, { type: attributes.Type ?? '', target: resolveTarget(attributes.Target) });
      },
    });
  }
  const ofType = (type: string) => [...targets.values()].find((r) => r.type.endsWith(`/${type}`) && entryKeys.has(r.target))?.target;

  const worksheets = sheets
    .map((sheet) => ({ ...sheet, relation: targets.get(sheet.relationship) }))
    .filter((sheet) => sheet.relation?.type.endsWith('/worksheet') && entryKeys.has(sheet.relation.target));
  let sheet = (worksheets.find((s) => !s.hidden) ?? worksheets[0])?.relation?.target;
  // Without usable relationships, fall back to the lowest-numbered worksheet part.
  sheet ??= [...entryKeys]
    .map((key) => ({ key, number: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(key)?.[1] }))
    .filter((entry) => entry.number !== undefined)
    .sort((a, b) => Number(a.number) - Number(b.number))[0]?.key;
  if (!sheet) throw new AppError('corrupt_file');

  const fallback = (key: string) => (entryKeys.has(key) ? key : null);
  return {
    sheet,
    sharedStrings: ofType('sharedStrings') ?? fallback('xl/sharedstrings.xml'),
    styles: ofType('styles') ?? fallback('xl/styles.xml'),
    date1904,
  };
}

/**
 * The shared string table, packed: strings are joined into blocks and found by offset, so a table of millions of
 * tiny strings (a few bytes each in the XML) costs about what its text does, not a JS string object apiece.
 */
export class SharedStrings {
  private static readonly BLOCK = 4096;
  private readonly blocks: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private starts = new Uint32Array(1024);
  private count = 0;

  add(text: string): void {
    if (this.count === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = this.pendingLength;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pending.length === SharedStrings.BLOCK) this.seal();
  }

  seal(): void {
    if (this.pending.length === 0) return;
    this.blocks.push(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  get size(): number {
    return this.count;
  }

  /** The string at `index`, or '' when there is none (call `seal` after the last `add`). */
  get(index: number): string {
    if (!(index >= 0 && index < this.count)) return '';
    const block = this.blocks[Math.floor(index / SharedStrings.BLOCK)];
    if (block === undefined) return '';
    const last = index + 1 === this.count || (index + 1) % SharedStrings.BLOCK === 0;
    return block.slice(this.starts[index], last ? block.length : this.starts[index + 1]);
  }
}

/**
 * Reads the shared string table. Rich text runs are joined; phonetic guides (`rPh`, the readings Excel adds to East
 * Asian text) are left out, as Excel leaves them out when it shows the cell.
 */
export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<SharedStrings> {
  const strings = new SharedStrings();
  let text = '';
  let inText = false;
  let phonetic = 0;
  await parseXml(chunks, {
    open(name) {
      if (name === 'si') text = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(value) {
      if (inText) text += value;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.add(decodeOoxmlEscapes(text));
    },
  });
  strings.seal();
  return strings;
}

/** Excel allows 64,000 cell formats; a styles part claiming more is not read past it. */
const MAX_CELL_FORMATS = 65_536;

/** For each cell style (`s` of a cell, an index into cellXfs), whether its number format shows a date or a time. */
export async function readDateStyles(chunks: AsyncIterable<string>): Promise<FormatKind[]> {
  const custom = new Map<number, FormatKind>();
  const kinds: FormatKind[] = [];
  let inCellXfs = false;
  await parseXml(chunks, {
    open(name, attributes) {
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), formatCodeKind(attributes.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs && kinds.length < MAX_CELL_FORMATS) {
        const id = Number(attributes.numFmtId ?? 0);
        kinds.push(custom.has(id) ? custom.get(id)! : builtInFormatKind(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return kinds;
}
