// Reads one statement's rows in batches through a cursor: the statement runs once (one scan, one sort), so an
// export of any length needs the memory of one batch and sees one consistent snapshot.
import { sql, type SQL } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Database, Db } from '../../db/database.js';

/** Hands the rows of `query` (objects keyed by column name) to `each`, `batchSize` at a time, in order. */
export async function forEachBatch<Row>(
  database: Database,
  query: SQL,
  batchSize: number,
  each: (rows: Row[]) => Promise<void>,
): Promise<void> {
  const cursor = sql.raw(`linli_export_${randomBytes(8).toString('hex')}`);
  const readAll = async (db: Db) => {
    for (;;) {
      const rows = (await db.execute(sql`FETCH ${sql.raw(String(batchSize))} FROM ${cursor}`)) as unknown as Row[];
      if (rows.length > 0) await each(rows);
      if (rows.length < batchSize) return;
    }
  };
  if (database.kind === 'pglite') {
    // PGlite has one connection, and a transaction holds it (every other request would wait for the whole
    // export). A WITH HOLD cursor outside a transaction runs the statement once, keeps its result when that
    // statement commits, and is then read in short FETCHes that take turns with other requests' queries.
    await database.db.execute(sql`DECLARE ${cursor} NO SCROLL CURSOR WITH HOLD FOR ${query}`);
    try {
      await readAll(database.db);
    } finally {
      await database.db.execute(sql`CLOSE ${cursor}`).catch(() => undefined);
    }
  } else {
    // A pool: the cursor lives in one connection, the transaction's; a read-only transaction blocks nobody.
    await database.transaction(async (tx) => {
      await tx.execute(sql`DECLARE ${cursor} NO SCROLL CURSOR FOR ${query}`);
      await readAll(tx);
    });
  }
}
