import { describe, expect, it } from 'vitest';
import { builtInFormatKind, decodeOoxmlEscapes, formatCodeKind, numberText, serialText } from './cell-text.js';

describe('cell text', () => {
  it('writes numbers as Excel shows them: 15 significant digits, no exponent for integers', () => {
    expect(numberText('12')).toBe('12');
    expect(numberText('0.30000000000000004')).toBe('0.3');
    expect(numberText('1.0000000000000001E-3')).toBe('0.001');
    expect(numberText('123456789012345')).toBe('123456789012345');
    expect(numberText('1.23456789012345E+14')).toBe('123456789012345');
    expect(numberText('110105194912310020')).toBe('110105194912310000');
    expect(numberText('-2.5')).toBe('-2.5');
    expect(numberText('abc')).toBe('abc');
  });

  it('turns date serials into dates, with the 1900 leap-year bug and the 1904 system', () => {
    expect(serialText(44260, 'date', false)).toBe('2021-03-05');
    expect(serialText(44260.99, 'date', false)).toBe('2021-03-05');
    expect(serialText(1, 'date', false)).toBe('1900-01-01');
    expect(serialText(59, 'date', false)).toBe('1900-02-28');
    expect(serialText(60, 'date', false)).toBe('1900-02-29');
    expect(serialText(61, 'date', false)).toBe('1900-03-01');
    expect(serialText(42798, 'date', true)).toBe('2021-03-05');
    expect(serialText(2_958_465, 'date', false)).toBe('9999-12-31');
    expect(serialText(2_958_466, 'date', false)).toBeNull();
    expect(serialText(-1, 'date', false)).toBeNull();
    expect(serialText(0.5, 'time', false)).toBe('12:00');
    expect(serialText(0.75001157, 'time', false)).toBe('18:00:01');
  });

  it('tells date and time formats from number formats', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]yyyy/m/d', 'mmm-yy', 'd-mmm', 'yyyy/m/d h:mm', 'e"年"m"月"'])
      expect([code, formatCodeKind(code)]).toEqual([code, 'date']);
    for (const code of ['h:mm', '[h]:mm:ss', 'h"时"mm"分"', 'mm:ss', 'h:mm AM/PM'])
      expect([code, formatCodeKind(code)]).toEqual([code, 'time']);
    for (const code of [
      'General',
      '0.00',
      '#,##0"元"',
      '0.00E+00',
      '@',
      '[Red]0.00',
      '0.00_);[Red](0.00)',
      '"第"0"号"',
      '_-* #,##0_-;\\-* #,##0_-',
    ])
      expect([code, formatCodeKind(code)]).toEqual([code, null]);
    expect([14, 22, 31, 57, 58].map(builtInFormatKind)).toEqual(['date', 'date', 'date', 'date', 'date']);
    expect([20, 32, 55].map(builtInFormatKind)).toEqual(['time', 'time', 'time']);
    expect([0, 1, 2, 49].map(builtInFormatKind)).toEqual([null, null, null, null]);
  });

  it('decodes the _xHHHH_ escapes of OOXML strings', () => {
    expect(decodeOoxmlEscapes('第一行_x000D__x000A_第二行')).toBe('第一行\r\n第二行');
    expect(decodeOoxmlEscapes('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeOoxmlEscapes('无转义')).toBe('无转义');
  });
});
