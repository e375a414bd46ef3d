// Files for the reading tests, built in the tests (no binary fixtures): workbooks with ExcelJS, archives by hand
// (a zip bomb must declare what we choose), GBK text with a table taken from the platform's own GBK decoder.
import { TextDecoder } from 'node:util';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '../../../platform/errors.js';
import type { LedgerFile, LedgerRow } from './ledger-file.js';

export async function workbook(build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet('台账'), book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Rewrites a workbook's parts, as a user's editor or an attacker might. */
export async function rezip(file: Buffer, edit: (zip: JSZip) => void | Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface RawEntry {
  name: string;
  /** Deflated data and what it inflates to; or `data`, deflated here */
  deflated?: { bytes: Buffer; size: number; crc32: number };
  data?: Buffer | string;
  /** Override the declared uncompressed size (a lying archive) */
  declaredSize?: number;
}

/** A zip archive written field by field (APPNOTE 4.3). */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data === undefined ? undefined : Buffer.from(entry.data);
    const deflated = entry.deflated ?? { bytes: zlib.deflateRawSync(data!), size: data!.length, crc32: zlib.crc32(data!) };
    const size = entry.declaredSize ?? deflated.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.crc32, 14);
    local.writeUInt32LE(deflated.bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated.bytes);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.crc32, 16);
    central.writeUInt32LE(deflated.bytes.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `mib` MiB of zeros, deflated in 1 MiB steps (memory stays small): a zip bomb's payload. */
export async function deflatedZeros(mib: number): Promise<{ bytes: Buffer; size: number; crc32: number }> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => parts.push(chunk));
  const zeros = Buffer.alloc(1024 * 1024);
  let crc32 = 0;
  for (let i = 0; i < mib; i++) {
    crc32 = zlib.crc32(zeros, crc32);
    deflater.write(zeros);
  }
  await new Promise<void>((resolve) => deflater.end(resolve));
  return { bytes: Buffer.concat(parts), size: mib * 1024 * 1024, crc32 };
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const workbookXml = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const rels = (extra: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extra}</Relationships>`;

/** A minimal workbook around hand-written sheet XML (and optional shared strings and styles), as other writers make them. */
export function handmadeXlsx(
  sheetData: string,
  parts: { sharedStrings?: string; styles?: string; sheetTail?: string; extraEntries?: RawEntry[] } = {},
): Buffer {
  const extra = [
    parts.sharedStrings
      ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
      : '',
    parts.styles
      ? `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>`
      : '',
  ].join('');
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return rawZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: 'xl/workbook.xml', data: workbookXml },
    { name: 'xl/_rels/workbook.xml.rels', data: rels(extra) },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${main}><sheetData>${sheetData}</sheetData>${parts.sheetTail ?? ''}</worksheet>`,
    },
    ...(parts.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: `<sst ${main}>${parts.sharedStrings}</sst>` }] : []),
    ...(parts.styles ? [{ name: 'xl/styles.xml', data: `<styleSheet ${main}>${parts.styles}</styleSheet>` }] : []),
    ...(parts.extraEntries ?? []),
  ]);
}

/** A sheet whose document type declares nested entities (the "billion laughs"). */
export function billionLaughsXlsx() {
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const laughs = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
  const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
  return rawZip([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.xml', data: `<workbook ${main}><sheets/></workbook>` },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `${laughs}<worksheet ${main}><sheetData><row r="1">${cell('&b;')}${cell('b')}${cell('c')}</row><row r="2">${cell('1')}${cell('2')}${cell('3')}</row></sheetData></worksheet>`,
    },
  ]);
}

let gbkTable: Map<string, Buffer> | undefined;

/** GBK bytes of `text` (Node encodes only UTF-8, so the table is read back from its GBK decoder). */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const bytes = Buffer.from([lead, trail]);
        const char = decoder.decode(bytes);
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char)) gbkTable.set(char, bytes);
      }
  }
  return Buffer.concat(
    [...text].map((char) => {
      if (char.charCodeAt(0) < 0x80) return Buffer.from(char, 'latin1');
      const bytes = gbkTable!.get(char);
      if (!bytes) throw new Error(`no GBK code for ${char}`);
      return bytes;
    }),
  );
}

export async function allRows(file: LedgerFile): Promise<LedgerRow[]> {
  const rows: LedgerRow[] = [];
  for await (const row of file.rows) rows.push(row);
  return rows;
}

/** The AppError a promise rejects with (a test fails if it resolves, or rejects with anything else). */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but it resolved');
}
