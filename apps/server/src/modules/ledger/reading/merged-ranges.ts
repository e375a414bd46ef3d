// Merged cells (`<mergeCell ref="A1:H1"/>`, after the sheet's data). A title merged above the header is normal; a
// merge in the header row means a column without its own header.

export interface CellRange {
  /** As written in the file: `A3:B3` */
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function cell(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})?$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: match[2] ? Number(match[2]) : 0, column };
}

/** `B3` or `A3:B4` as a range (a single cell is a range of one); null when it is neither. */
export function parseCellRange(ref: string): CellRange | null {
  const [from, to = from, extra] = ref.split(':');
  if (extra !== undefined) return null;
  const start = cell(from);
  const end = cell(to);
  if (!start || !end) return null;
  return {
    ref,
    top: Math.min(start.row, end.row),
    bottom: Math.max(start.row, end.row),
    left: Math.min(start.column, end.column),
    right: Math.max(start.column, end.column),
  };
}

/** A header is among the first non-blank rows; merges starting further down cannot touch it. */
const SCANNED_ROWS = 100_000;
const KEPT_RANGES = 100_000;
/** Longer than any `<mergeCell ref="…"/>` tag, so a tag cut between two chunks is found whole with the next. */
const CARRY = 512;
const mergeTag = /^mergeCell\s[^>]*?\bref\s*=\s*["']([^"']+)["']/;

/**
 * Collects a sheet's merged ranges from its bytes as they stream past (during the zip-bomb pass, so the sheet is not
 * inflated once more for them). The tags are ASCII in a UTF-8 part, and cannot occur inside cell text, where `<` is
 * escaped.
 */
export class MergeScanner {
  readonly ranges: CellRange[] = [];
  private carry: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    let from = 0;
    let scanned = 0;
    for (;;) {
      const at = bytes.indexOf('mergeCell', from, 'latin1');
      if (at < 0) break;
      const close = bytes.indexOf(0x3e, at); // >
      if (close < 0) break;
      const before = bytes[at - 1];
      const match = before === 0x3c || before === 0x3a ? mergeTag.exec(bytes.toString('latin1', at, close)) : null; // < or x:
      const range = match ? parseCellRange(match[1]) : null;
      if (range && range.top <= SCANNED_ROWS && this.ranges.length < KEPT_RANGES) this.ranges.push(range);
      from = scanned = close + 1;
    }
    this.carry = Buffer.from(bytes.subarray(Math.max(scanned, bytes.length - CARRY)));
  }
}

/** The first merge that covers part of the header row within its columns. */
export function mergeInHeader(ranges: CellRange[], headerRow: number, columns: number): CellRange | undefined {
  return ranges
    .filter((r) => r.top <= headerRow && r.bottom >= headerRow && r.left <= columns && (r.bottom > r.top || r.right > r.left))
    .sort((a, b) => a.left - b.left)[0];
}
