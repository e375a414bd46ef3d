import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from './crypto.js';

describe('field encryption', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips Chinese and digits, with a fresh IV each time', () => {
    const a = cipher.encrypt('13812345678')!;
    const b = cipher.encrypt('13812345678')!;
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain('13812345678');
    expect(cipher.decrypt(a)).toBe('13812345678');
    expect(cipher.decrypt(cipher.encrypt('张三 的电话'))).toBe('张三 的电话');
  });

  it('never uses an IV twice, across the refills of its pool of random bytes', () => {
    const phones = Array.from({ length: 3000 }, (_, i) => `139${String(i).padStart(8, '0')}`);
    const sealed = phones.map((phone) => cipher.encrypt(phone)!);
    expect(new Set(sealed.map((value) => value.subarray(0, 12).toString('hex'))).size).toBe(3000);
    expect(sealed.map((value) => cipher.decrypt(value))).toEqual(phones);
  });

  it('refuses a ciphertext that was altered', () => {
    const value = cipher.encrypt('11010519491231002X')!;
    value[value.length - 1] ^= 1;
    expect(() => cipher.decrypt(value)).toThrow();
  });

  it('cannot be read with another master key', () => {
    const other = new FieldCipher(randomBytes(32));
    expect(() => other.decrypt(cipher.encrypt('13812345678'))).toThrow();
  });

  it('gives a stable blind index that ignores case and spaces, and differs per key', () => {
    expect(cipher.blindIndex(' 11010519491231002x')).toBe(cipher.blindIndex('11010519491231002X'));
    expect(new FieldCipher(randomBytes(32)).blindIndex('11010519491231002X')).not.toBe(cipher.blindIndex('11010519491231002X'));
  });

  it('stores nothing for empty values', () => {
    expect(cipher.encrypt('')).toBeNull();
    expect(cipher.decrypt(null)).toBeNull();
  });
});
