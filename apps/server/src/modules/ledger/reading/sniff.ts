// What an uploaded file is, judged by its bytes only: the name and the browser's content type are the user's claim.

export type FileKind = 'ole2' | 'zip' | 'binary' | 'text';

const SNIFF_BYTES = 8 * 1024;

/** Signatures of formats that are never a ledger: executables, PDFs, images, archives. */
const foreignSignatures: number[][] = [
  [0x4d, 0x5a], // MZ: Windows executable
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa], // Mach-O
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O fat / Java class
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, AVI, WAV)
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
];

/** OLE2 compound file: a .xls, or any encrypted (password-protected) Office workbook. */
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

export function sniffFile(bytes: Buffer): FileKind {
  if (startsWith(bytes, ole2)) return 'ole2';
  // Local file header, empty archive, or spanned-archive marker: all zips, told apart later.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes((bytes[2] << 8) | bytes[3])) return 'zip';
  if (foreignSignatures.some((signature) => startsWith(bytes, signature))) return 'binary';
  // UTF-16 text (Excel's "Unicode text") has a NUL in every other byte: it lands here too, and is refused.
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return 'binary';
  // Text may hold a stray control character pasted into a cell; binary data is full of them.
  let controls = 0;
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) controls++;
  if (controls > 8 && controls > head.length / 100) return 'binary';
  return 'text';
}
