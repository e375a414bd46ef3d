import type { Role } from '@linli/shared';
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';

/** Who is asking, and which part of the country they may see. Repositories take it as first argument. */
export interface Scope {
  userId: string;
  role: Role;
  /** Root of the visible region subtree; null = the whole country. */
  regionPrefix: string | null;
}

export function inRegionScope(scope: Scope, regionCode: string): boolean {
  return scope.regionPrefix === null || regionCode.startsWith(scope.regionPrefix);
}

/** `column LIKE 'prefix%'`; the text_pattern_ops indexes serve it. */
export function regionUnder(column: AnyColumn | SQL, prefix: string | null): SQL {
  if (prefix === null) return sql`true`;
  return sql`${column} LIKE ${escapeLike(prefix) + '%'}`;
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => '\\' + c);
}
