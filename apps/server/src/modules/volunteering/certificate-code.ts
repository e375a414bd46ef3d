// Verification codes of service-record certificates: 12 characters of Crockford's base32 (no I, L, O or U, so
// nothing reads as another character) from 60 random bits. Guessing one of the issued codes is hopeless, so the
// public page can answer for any code without a login.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CERTIFICATE_CODE_LENGTH = 12;

export function newCertificateCode(): string {
  const bytes = randomBytes(CERTIFICATE_CODE_LENGTH);
  // each byte's low five bits: 32 values, uniform because 256 is a multiple of 32
  return [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
}

export const isCertificateCode = (value: string) => new RegExp(`^[${ALPHABET}]{${CERTIFICATE_CODE_LENGTH}}$`).test(value);
