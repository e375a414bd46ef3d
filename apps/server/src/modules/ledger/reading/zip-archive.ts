// A zip archive read through its central directory (APPNOTE 6.3.10), over a Buffer already in memory. Every offset
// and size is checked against the buffer before it is used; entries are inflated as streams so memory stays flat.
import zlib from 'node:zlib';
import { AppError } from '../../../platform/errors.js';

export interface ZipEntry {
  /** The name as stored (OPC part names are compared case-insensitively; see `key`) */
  name: string;
  /** Lower-cased name */
  key: string;
  method: number;
  crc32: number;
  compressedSize: number;
  /** Declared uncompressed size: checked after inflating, never trusted before */
  size: number;
  /** Where the entry's data starts in the buffer */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const CHUNK = 64 * 1024;

const corrupt = () => new AppError('corrupt_file');

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt();
  return Number(value);
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const last = buffer.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (buffer.readUInt32LE(at) === EOCD && at + 22 + buffer.readUInt16LE(at + 20) <= buffer.length) return at;
  }
  throw corrupt();
}

/** Lists the archive's entries; a truncated or inconsistent archive is `corrupt_file`. */
export function readZipDirectory(buffer: Buffer, maxEntries: number): ZipEntry[] {
  if (buffer.length < 22) throw corrupt();
  const eocd = findEndOfCentralDirectory(buffer);
  if (buffer.readUInt16LE(eocd + 4) !== 0 || buffer.readUInt16LE(eocd + 6) !== 0) throw corrupt(); // multi-disk archive
  let count = buffer.readUInt16LE(eocd + 10);
  let directorySize = buffer.readUInt32LE(eocd + 12);
  let directoryOffset = buffer.readUInt32LE(eocd + 16);
  let directoryEnd = eocd;
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw corrupt();
    const zip64 = u64(buffer, locator + 8);
    if (zip64 + 56 > locator || buffer.readUInt32LE(zip64) !== ZIP64_EOCD) throw corrupt();
    count = u64(buffer, zip64 + 32);
    directorySize = u64(buffer, zip64 + 40);
    directoryOffset = u64(buffer, zip64 + 48);
    directoryEnd = zip64;
  }
  if (count > maxEntries) throw corrupt();
  if (directoryOffset + directorySize > directoryEnd) throw corrupt();

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = directoryOffset;
  const end = directoryOffset + directorySize;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== CENTRAL_HEADER) throw corrupt();
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const crc32 = buffer.readUInt32LE(at + 16);
    let compressedSize = buffer.readUInt32LE(at + 20);
    let size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    let localOffset = buffer.readUInt32LE(at + 42);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw corrupt();
    const nameBytes = buffer.subarray(nameStart, extraStart);
    // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII range is all an OPC part name uses.
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');

    // Zip64 extended information: the 64-bit values, in this order, for the fields that are saturated.
    for (let x = extraStart; x + 4 <= extraStart + extraLength;) {
      const id = buffer.readUInt16LE(x);
      const length = buffer.readUInt16LE(x + 2);
      if (x + 4 + length > extraStart + extraLength) throw corrupt();
      if (id === 0x0001) {
        let field = x + 4;
        const take = () => {
          if (field + 8 > x + 4 + length) throw corrupt();
          const value = u64(buffer, field);
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      x += 4 + length;
    }

    if (flags & 0x1) throw new AppError('unsupported_file_type'); // encrypted entry: Office never writes one
    if (method !== STORED && method !== DEFLATED) throw new AppError('unsupported_file_type');
    if (localOffset + 30 > directoryOffset || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER) throw corrupt();
    const localNameLength = buffer.readUInt16LE(localOffset + 26);
    const localExtraLength = buffer.readUInt16LE(localOffset + 28);
    // The local header must name the same entry: a reader that walks local headers must not see another archive.
    if (!buffer.subarray(localOffset + 30, localOffset + 30 + localNameLength).equals(nameBytes)) throw corrupt();
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    if (dataOffset + compressedSize > directoryOffset) throw corrupt();
    if (method === STORED && compressedSize !== size) throw corrupt();

    const key = name.toLowerCase();
    if (seen.has(key)) throw corrupt();
    seen.add(key);
    entries.push({ name, key, method, crc32, compressedSize, size, dataOffset });
    at = next;
  }
  return entries;
}

/** The entry's bytes, inflated chunk by chunk; a bad deflate stream is `corrupt_file`. */
export async function* entryChunks(buffer: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = buffer.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
    return;
  }
  const inflater = zlib.createInflateRaw({ chunkSize: CHUNK });
  inflater.end(data);
  const chunks = inflater[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    for (;;) {
      let step: IteratorResult<Buffer>;
      try {
        step = await chunks.next();
      } catch {
        throw corrupt();
      }
      if (step.done) return;
      yield step.value;
    }
  } finally {
    inflater.destroy();
  }
}

/** A small part (content types, workbook, relationships) as one Buffer, refused past `cap` bytes. */
export async function readSmallEntry(buffer: Buffer, entry: ZipEntry, cap: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of entryChunks(buffer, entry)) {
    size += chunk.length;
    if (size > cap) throw corrupt();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
