import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter, isValidIdNumber, isValidPhone } from './id-number.js';

describe('resident identity number (GB 11643-1999)', () => {
  it('accepts the standard example with check character X, in either case', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });

  it('computes the MOD 11-2 check character', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
  });

  it('rejects a wrong check character, an impossible birth date and wrong lengths', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    const feb30 = '31010119900230123';
    expect(isValidIdNumber(feb30 + idNumberCheckCharacter(feb30))).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('1101051949123100200')).toBe(false);
  });
});

describe('phone numbers', () => {
  it('accepts mobiles and landlines, rejects the rest', () => {
    expect(isValidPhone('13812345678')).toBe(true);
    expect(isValidPhone('021-63211234')).toBe(true);
    expect(isValidPhone('12812345678')).toBe(false);
    expect(isValidPhone('1381234567')).toBe(false);
    expect(isValidPhone('phone')).toBe(false);
  });
});
