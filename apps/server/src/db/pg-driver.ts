import pg from 'pg';
import { DatabaseError, type QueryResult, type RowMode, type SqlDriver, type TransactionChannel } from './driver.js';

const raw = (value: string) => value;
// Same parsing as pglite-worker.mjs: timestamps and dates as text (Drizzle maps them), int8 as number.
const parsers: Record<number, (value: string) => unknown> = { 1082: raw, 1114: raw, 1184: raw, 1186: raw, 20: Number };
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function wrap(error: unknown): DatabaseError {
  const e = error as { message?: string; code?: string; constraint?: string; detail?: string };
  return new DatabaseError(e.message ?? String(error), e.code, e.constraint, e.detail);
}

/** PostgreSQL server over a pg pool; `searchPath` isolates test schemas. */
export function openPgDriver(connectionString: string, searchPath?: string): SqlDriver {
  const pool = new pg.Pool({
    connectionString,
    types,
    max: 10,
    options: searchPath ? `-c search_path=${searchPath}` : undefined,
  });
  const clients = new Map<number, pg.PoolClient>();
  let nextId = 1;
  const clientOf = (tx?: TransactionChannel) => (tx ? clients.get(tx.id as number) : undefined) ?? pool;

  return {
    kind: 'postgres',
    async query(sql: string, params: unknown[], rowMode: RowMode, tx?: TransactionChannel): Promise<QueryResult> {
      try {
        const config = rowMode === 'array' ? { text: sql, values: params, rowMode: 'array' as const } : { text: sql, values: params };
        const result: pg.QueryResult = await clientOf(tx).query(config as pg.QueryConfig);
        return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
      } catch (error) {
        throw wrap(error);
      }
    },
    async exec(sql: string, tx?: TransactionChannel) {
      try {
        await clientOf(tx).query(sql);
      } catch (error) {
        throw wrap(error);
      }
    },
    async begin() {
      const client = await pool.connect();
      await client.query('BEGIN');
      const id = nextId++;
      clients.set(id, client);
      return { id };
    },
    async end(tx: TransactionChannel, commit: boolean) {
      const client = clients.get(tx.id as number)!;
      clients.delete(tx.id as number);
      try {
        await client.query(commit ? 'COMMIT' : 'ROLLBACK');
        client.release();
      } catch (error) {
        client.release(true);
        throw wrap(error);
      }
    },
    close: () => pool.end(),
  };
}
