// The small surface both database drivers implement; database.ts builds Drizzle on top of it.
export type RowMode = 'array' | 'object';

export interface QueryResult {
  rows: unknown[];
  rowCount: number;
}

export interface SqlDriver {
  readonly kind: 'pglite' | 'postgres';
  query(sql: string, params: unknown[], rowMode: RowMode, tx?: TransactionChannel): Promise<QueryResult>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string, tx?: TransactionChannel): Promise<void>;
  begin(): Promise<TransactionChannel>;
  end(tx: TransactionChannel, commit: boolean): Promise<void>;
  close(): Promise<void>;
}

/** Opaque handle of an open transaction. */
export type TransactionChannel = { readonly id: unknown };

/** A database error with its SQLSTATE, as both drivers report it. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly constraint?: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}
