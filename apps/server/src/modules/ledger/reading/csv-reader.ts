// A .csv ledger: its encoding told from the bytes (Excel in Chinese Windows saves "CSV" as GBK, "CSV UTF-8" with a
// BOM), then RFC 4180 records read one at a time from the decoded text.
import { TextDecoder } from 'node:util';
import { AppError } from '../../../platform/errors.js';
import type { SourceRow } from './ledger-file.js';

export interface DecodedCsv {
  encoding: 'utf-8' | 'gbk';
  text: string;
}

/** Fields past Excel's last column (XFD) are parsed but not kept. */
const MAX_FIELDS = 16_384;

export function decodeCsv(bytes: Buffer): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes) };
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // GB18030 is a superset of GBK: it reads every GBK file, and the rare characters GBK lacks as well.
    return { encoding: 'gbk', text: new TextDecoder('gb18030').decode(bytes) };
  }
}

/** Text that is a web page or another markup document saved under a .csv (or .xls) name. */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*(<(!doctype|html|\?xml|table|head|body|meta)\b|\{\\rtf)/i.test(text.slice(0, 1024));
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Tab-separated when the first line has tabs and no commas (Excel's "Text (Tab delimited)"). */
function delimiterOf(firstLine: string): number {
  return firstLine.includes('\t') && !firstLine.includes(',') ? 0x09 : 0x2c;
}

/**
 * The records of the text in order, numbered as Excel numbers the rows when it opens the file: a blank line is a
 * row, a line break inside quotes is not. Quotes are RFC 4180's, read leniently as Excel reads them (a quote inside
 * an unquoted field is a character); a quoted field that never closes is `corrupt_file`, since it would swallow the
 * rest of the file into one cell.
 */
export function* csvRows(text: string): Generator<SourceRow> {
  let at = 0;
  const length = text.length;
  let firstLineEnd = text.search(/[\r\n]/);
  if (firstLineEnd < 0) firstLineEnd = length;
  let delimiter = delimiterOf(text.slice(0, firstLineEnd));
  // Excel's `sep=;` hint line names the delimiter and is not shown as a row.
  const hint = /^sep=(.)$/i.exec(text.slice(0, firstLineEnd));
  if (hint) {
    delimiter = hint[1].charCodeAt(0);
    at = firstLineEnd + (text.charCodeAt(firstLineEnd) === CR && text.charCodeAt(firstLineEnd + 1) === LF ? 2 : 1);
  }

  let rowNumber = 0;
  while (at < length) {
    const values: string[] = [];
    rowNumber++;
    for (;;) {
      let field: string;
      if (text.charCodeAt(at) === QUOTE) {
        field = '';
        let from = at + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) throw new AppError('corrupt_file');
          if (text.charCodeAt(quote + 1) === QUOTE) {
            field += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          field += text.slice(from, quote);
          at = quote + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept, as Excel does.
        const rest = at;
        while (at < length && !isBoundary(text.charCodeAt(at), delimiter)) at++;
        if (at > rest) field += text.slice(rest, at);
      } else {
        const start = at;
        while (at < length && !isBoundary(text.charCodeAt(at), delimiter)) at++;
        field = text.slice(start, at);
      }
      if (values.length < MAX_FIELDS) values.push(field);

      if (at >= length) break;
      const code = text.charCodeAt(at);
      if (code === delimiter) {
        at++;
        if (at >= length) {
          if (values.length < MAX_FIELDS) values.push('');
          break;
        }
        continue;
      }
      at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
      break;
    }
    yield { rowNumber, values, formulas: [] };
  }
}

function isBoundary(code: number, delimiter: number): boolean {
  return code === delimiter || code === LF || code === CR;
}
