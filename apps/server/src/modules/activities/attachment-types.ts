// What an uploaded attachment is, judged by its bytes: photos (JPEG, PNG, WebP) and documents (PDF, Word, Excel).
// The file name and the browser's content type are the user's claim; the name must agree with the content.
import { AppError } from '../../platform/errors.js';
import { readZipDirectory } from '../ledger/reading/zip-archive.js';

export interface AttachmentType {
  contentType: string;
  /** Extensions a file of this type may carry, lower case */
  extensions: string[];
}

const types = {
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { contentType: 'image/png', extensions: ['png'] },
  webp: { contentType: 'image/webp', extensions: ['webp'] },
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
} satisfies Record<string, AttachmentType>;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_ACTIVITY = 20;

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** A zip is an Office document when its parts say so; macro-enabled documents (vbaProject.bin) are not accepted. */
function officeTypeOf(bytes: Buffer): AttachmentType | null {
  const names = new Set(readZipDirectory(bytes, 10_000).map((entry) => entry.key));
  if (!names.has('[content_types].xml') || [...names].some((name) => name.endsWith('vbaproject.bin'))) return null;
  if (names.has('word/document.xml')) return types.docx;
  if (names.has('xl/workbook.xml')) return types.xlsx;
  return null;
}

/** The type the content is, or null when it is none of the accepted ones. A damaged zip is `corrupt_file` (400). */
export function detectAttachmentType(bytes: Buffer): AttachmentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return types.jpeg;
  if (startsWith(bytes, [0x89, ...ascii('PNG\r\n\x1a\n')])) return types.png;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return types.webp;
  if (startsWith(bytes, ascii('%PDF-'))) return types.pdf;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeTypeOf(bytes);
  return null;
}

/** A name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 200);
}

/** Checks the upload and tells its type; throws the problem the client should see. */
export function checkAttachment(filename: string, bytes: Buffer): { filename: string; type: AttachmentType } {
  const type = bytes.length > 0 ? detectAttachmentType(bytes) : null;
  if (!type) throw new AppError('attachment_type_not_allowed');
  const clean = cleanFilename(filename);
  const extension = /\.([^.]+)$/.exec(clean)?.[1]?.toLowerCase();
  if (!extension || !type.extensions.includes(extension))
    throw new AppError('validation_failed', {}, [{ path: 'filename', message: 'attachment_extension_mismatch' }]);
  return { filename: clean, type };
}
