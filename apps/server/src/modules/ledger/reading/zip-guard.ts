// Zip bombs: before anything parses the workbook, every entry is inflated once and its real output counted (the sizes
// an archive declares are the attacker's to choose), and the output is thrown away as it comes.
import zlib from 'node:zlib';
import { AppError } from '../../../platform/errors.js';
import { mib } from './ledger-file.js';
import { entryChunks, type ZipEntry } from './zip-archive.js';

/**
 * Refuses the archive as soon as its entries together inflate past `limitBytes` (`decompressed_too_large`), and
 * refuses an entry whose real size or CRC-32 differs from what the directory says (`corrupt_file`). `watch` sees the
 * chunks of one entry as they pass.
 */
export async function guardArchive(
  buffer: Buffer,
  entries: ZipEntry[],
  limitBytes: number,
  watch?: { entry: ZipEntry; onChunk: (chunk: Buffer) => void },
): Promise<void> {
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limitBytes) throw new AppError('decompressed_too_large', { limit: mib(limitBytes) });
  let total = 0;
  for (const entry of entries) {
    let size = 0;
    let crc = 0;
    for await (const chunk of entryChunks(buffer, entry)) {
      size += chunk.length;
      total += chunk.length;
      if (total > limitBytes) throw new AppError('decompressed_too_large', { limit: mib(limitBytes) });
      crc = zlib.crc32(chunk, crc);
      if (entry === watch?.entry) watch.onChunk(chunk);
    }
    if (size !== entry.size || crc !== entry.crc32) throw new AppError('corrupt_file');
  }
}
