// Masking of personal data in lists, exports and history (personal data is revealed only on request, audited).

/** 13812345678 → 138****5678; 021-63211234 → 021*****1234 */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length <= 4) return '*'.repeat(phone.length);
  const keepEnd = 4;
  const keepStart = Math.min(3, phone.length - keepEnd);
  return phone.slice(0, keepStart) + '*'.repeat(phone.length - keepStart - keepEnd) + phone.slice(-keepEnd);
}

/** 310101199001011234 → 3101**********1234 */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** 张三 → 张*; 欧阳娜娜 → 欧***; for the public portal and residents' views */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
