// A spreadsheet cell as the text a person sees in Excel: numbers without binary float noise, dates as YYYY-MM-DD.

export type FormatKind = 'date' | 'time' | null;

/** Excel keeps 15 significant digits: 0.30000000000000004 is 0.3 and 110105194912310020 is 110105194912310000. */
export function numberText(raw: string): string {
  if (/^-?[1-9]\d{0,14}$/.test(raw)) return raw; // most cells: a plain integer, already as Excel shows it
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) return raw;
  return String(Number(value.toPrecision(15)));
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel shows */
const LAST_SERIAL = 2_958_465;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A date or time serial number as text, or null when Excel would show ##### for it. In the 1900 system Excel
 * counts 1900-02-29, which never was (serial 60), so serials before it start one day later.
 */
export function serialText(serial: number, kind: 'date' | 'time', date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1) return null;
  const seconds = Math.round(serial * 86_400);
  if (kind === 'time') {
    const ofDay = seconds % 86_400;
    const [h, m, s] = [Math.floor(ofDay / 3600), Math.floor((ofDay % 3600) / 60), ofDay % 60];
    return s === 0 ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  const days = Math.floor(seconds / 86_400);
  if (!date1904 && days < 1) return null;
  if (!date1904 && days === 60) return '1900-02-29';
  const epoch = date1904 ? EPOCH_1904 : days < 60 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
  const date = new Date(epoch + days * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// ECMA-376 §18.8.30 built-in formats that show dates or times, with the zh-CN meaning of the locale-dependent ids
// 27–36 and 50–58 (e.g. 31 is yyyy"年"m"月"d"日", 32 is h"时"mm"分").
const builtInDates = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);
const builtInTimes = new Set([18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56]);

export function builtInFormatKind(numFmtId: number): FormatKind {
  return builtInDates.has(numFmtId) ? 'date' : builtInTimes.has(numFmtId) ? 'time' : null;
}

/** Whether a custom number format code shows a date, a time, or neither (its first section decides). */
export function formatCodeKind(code: string): FormatKind {
  const section = code
    .replace(/"[^"]*"/g, '') // literal text: "年"
    .replace(/\\./g, '') // escaped characters
    .replace(/[_*]./g, '') // padding and fill
    .split(';')[0]
    .replace(/\[(h+|m+|s+)\]/gi, 'h') // elapsed time: [h]:mm
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales: [Red], [$-804]
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, '') // scientific notation
    .replace(/a(m\/pm|\/p)/gi, '');
  if (/[ydeb]/i.test(section)) return 'date';
  if (/[hs]/i.test(section)) return 'time';
  if (/m/i.test(section)) return 'date'; // months alone: mmm
  return null;
}

/** `_x000D_` and friends: how OOXML writes characters XML cannot carry. */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
