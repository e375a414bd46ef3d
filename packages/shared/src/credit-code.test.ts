import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the standard example and real codes', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91110000802100433B')).toBe(true);
  });

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91110000802100433')).toBe('B');
  });

  it('rejects a wrong check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91110000802100433C')).toBe(false);
  });

  it('rejects letters outside the alphabet (I, O, S, V, Z), wrong lengths and lower case', () => {
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });

  it('requires digits in the administrative-division part (positions 3-8)', () => {
    const first17 = '9135A100M000100Y4';
    expect(isValidCreditCode(first17 + (creditCodeCheckCharacter(first17) ?? '0'))).toBe(false);
  });
});
