// PGlite runs queries synchronously on the thread that owns it, so it lives on this worker thread and the
// HTTP event loop stays free while a long statistics query runs (docs/decisions/0003-pglite-worker.md).
// Plain JavaScript on purpose: a worker thread does not inherit the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const raw = (value) => value;
const BYTEA = 17;
// Same parsing as the pg driver in pg-driver.ts: timestamps and dates as text, int8 as number. Bytes through
// Buffer's native hex codec: PGlite's own converts byte by byte in JavaScript, 3 s for a 100,000-row ledger.
const parsers = { 1082: raw, 1114: raw, 1184: raw, 1186: raw, 20: Number, [BYTEA]: (hex) => Buffer.from(hex.slice(2), 'hex') };
const serializers = {
  [BYTEA]: (bytes) =>
    typeof bytes === 'string' ? bytes : `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`,
};

const pg = await PGlite.create({ dataDir: workerData.dataDir ?? undefined, extensions: { pg_trgm } });
const transactions = new Map();
let nextTransactionId = 1;

class Rollback extends Error {}

function toPlainError(error) {
  return {
    message: error?.message ?? String(error),
    code: error?.code,
    detail: error?.detail,
    constraint: error?.constraint,
  };
}

async function query({ sql, params, rowMode, tx }) {
  const target = tx ? transactions.get(tx)?.handle : pg;
  if (!target) throw new Error(`transaction ${tx} is not open`);
  const result = await target.query(sql, params ?? [], { rowMode, parsers, serializers });
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
}

function begin(reply) {
  const id = nextTransactionId++;
  const finished = pg
    .transaction(async (handle) => {
      const commit = await new Promise((resolve) => {
        transactions.set(id, { handle, end: resolve });
        reply({ tx: id });
      });
      if (!commit) throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    })
    .finally(() => transactions.delete(id));
  transactions.set(`${id}:finished`, finished);
}

async function end({ tx, commit }) {
  const open = transactions.get(tx);
  if (!open) throw new Error(`transaction ${tx} is not open`);
  const finished = transactions.get(`${tx}:finished`);
  transactions.delete(`${tx}:finished`);
  open.end(commit);
  await finished;
}

parentPort.on('message', async (message) => {
  const reply = (result) => parentPort.postMessage({ id: message.id, ok: true, result });
  try {
    switch (message.op) {
      case 'query':
        return reply(await query(message));
      case 'exec':
        await pg.exec(message.sql);
        return reply(null);
      case 'begin':
        return begin(reply);
      case 'end':
        return reply(await end(message));
      case 'close':
        await pg.close();
        return reply(null);
      default:
        throw new Error(`unknown op ${message.op}`);
    }
  } catch (error) {
    parentPort.postMessage({ id: message.id, ok: false, error: toPlainError(error) });
  }
});
parentPort.postMessage({ ready: true });
