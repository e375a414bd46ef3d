// The smallest ZIP writer an .xlsx needs: small parts deflated at once, one large part deflated as it is
// written (sizes and CRC in a data descriptor after it, PKWARE APPNOTE 4.3.9), then the central directory.
// No ZIP64: a part stops at 4 GiB, far past any export a browser would download.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
const DEFLATE = 8;
const VERSION = 20;
const LIMIT = 0xffffffff;

interface Entry {
  name: Buffer;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** MS-DOS date and time of now, as ZIP headers keep them. */
function dosDateTime(at = new Date()): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

export interface ZipEntryStream {
  write(chunk: string | Buffer): void;
  /** Resolves when the compressor has caught up (call between batches) */
  drained(): Promise<void>;
  close(): Promise<void>;
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: Entry[] = [];
  private readonly stamp = dosDateTime();

  constructor(private readonly output: Writable) {}

  private emit(bytes: Buffer) {
    this.output.write(bytes);
    this.offset += bytes.length;
  }

  private localHeader(entry: Entry) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(entry.flags, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.compressed, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(entry.name.length, 26);
    this.emit(Buffer.concat([header, entry.name]));
  }

  /** A small part, compressed in one go. */
  addFile(name: string, content: string | Buffer) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const deflated = deflateRawSync(data);
    const entry = {
      name: Buffer.from(name, 'utf8'),
      flags: UTF8_NAMES,
      crc: crc32(data),
      compressed: deflated.length,
      size: data.length,
      offset: this.offset,
    };
    this.localHeader(entry);
    this.emit(deflated);
    this.entries.push(entry);
  }

  /** A large part, compressed as it is written; nothing else may be added until it is closed. */
  openEntry(name: string, level = 6): ZipEntryStream {
    const entry = {
      name: Buffer.from(name, 'utf8'),
      flags: UTF8_NAMES | DATA_DESCRIPTOR,
      crc: 0,
      compressed: 0,
      size: 0,
      offset: this.offset,
    };
    this.localHeader(entry);
    const deflate = createDeflateRaw({ level });
    deflate.on('data', (chunk: Buffer) => {
      entry.compressed += chunk.length;
      this.emit(chunk);
    });
    const ended = once(deflate, 'end');
    return {
      write(chunk) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        entry.crc = crc32(bytes, entry.crc);
        entry.size += bytes.length;
        deflate.write(bytes);
      },
      drained: async () => {
        if (deflate.writableNeedDrain) await once(deflate, 'drain');
      },
      close: async () => {
        deflate.end();
        await ended;
        if (entry.size > LIMIT || entry.compressed > LIMIT) throw new Error(`${name} is larger than 4 GiB`);
        const descriptor = Buffer.alloc(16);
        descriptor.writeUInt32LE(0x08074b50, 0);
        descriptor.writeUInt32LE(entry.crc, 4);
        descriptor.writeUInt32LE(entry.compressed, 8);
        descriptor.writeUInt32LE(entry.size, 12);
        this.emit(descriptor);
        this.entries.push(entry);
      },
    };
  }

  /** Writes the central directory and ends the output. */
  finish() {
    const start = this.offset;
    for (const entry of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(entry.flags, 8);
      header.writeUInt16LE(DEFLATE, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(entry.crc, 16);
      header.writeUInt32LE(entry.compressed, 20);
      header.writeUInt32LE(entry.size, 24);
      header.writeUInt16LE(entry.name.length, 28);
      header.writeUInt32LE(entry.offset, 42);
      this.emit(Buffer.concat([header, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.output.write(end);
    this.output.end();
  }
}
