import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './masking.js';

describe('masking', () => {
  it('keeps the first 3 and last 4 digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('021-63211234')).toBe('021*****1234');
  });

  it('keeps the first 4 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps only the family name of a person', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });

  it('passes empty values through as null', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskIdNumber('')).toBeNull();
    expect(maskName(undefined)).toBeNull();
  });
});
