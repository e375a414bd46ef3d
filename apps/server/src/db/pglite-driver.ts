import { Worker } from 'node:worker_threads';
import { DatabaseError, type QueryResult, type RowMode, type SqlDriver, type TransactionChannel } from './driver.js';

type Reply = { id: number; ok: boolean; result?: unknown; error?: { message: string; code?: string; constraint?: string; detail?: string } };

/** Embedded PostgreSQL (PGlite) on a worker thread; `dataDir` undefined keeps it in memory. */
export async function openPgliteDriver(dataDir: string | undefined): Promise<SqlDriver> {
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;

  await new Promise<void>((resolve, reject) => {
    worker.once('error', (error) => reject(error));
    worker.once('message', () => {
      worker.off('error', reject);
      resolve();
    });
  });
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else {
      const e = reply.error!;
      waiting.reject(new DatabaseError(e.message, e.code, e.constraint, e.detail));
    }
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error as Error);
    pending.clear();
  });

  function call<T>(message: Record<string, unknown>): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...message, id });
    });
  }

  return {
    kind: 'pglite',
    query: (sql: string, params: unknown[], rowMode: RowMode, tx?: TransactionChannel) =>
      call<QueryResult>({ op: 'query', sql, params, rowMode, tx: tx?.id }),
    exec: (sql: string, tx?: TransactionChannel) =>
      tx ? call<QueryResult>({ op: 'query', sql, params: [], rowMode: 'object', tx: tx.id }).then(() => undefined) : call<void>({ op: 'exec', sql }),
    begin: async () => ({ id: (await call<{ tx: number }>({ op: 'begin' })).tx }),
    end: (tx: TransactionChannel, commit: boolean) => call<void>({ op: 'end', tx: tx.id, commit }),
    close: async () => {
      await call<void>({ op: 'close' });
      await worker.terminate();
    },
  };
}
