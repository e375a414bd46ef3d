// Bulk writes send rows as json tuples: every kind of value must arrive as what it was, arrays and nulls included.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { jsonTuples, textArrayLiteral, tupleSelect, type TupleColumn } from './json-rows.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('reads back text, arrays with quotes, commas and backslashes, numbers, booleans, dates, bytes, json and nulls', async () => {
  type Row = {
    name: string | null;
    fields: string | null;
    count: number | null;
    flag: boolean;
    day: string | null;
    bytes: string | null;
    doc: unknown;
  };
  const columns: TupleColumn<Row>[] = [
    ['name', '$', 'name'],
    ['fields', '$::text[]', 'fields'],
    ['count', '$::int', 'count'],
    ['flag', '$::boolean', 'flag'],
    ['day', '$::date', 'day'],
    ['bytes', "encode(decode($, 'hex'), 'base64')", 'bytes'],
    ['doc', '$::jsonb', 'doc'],
  ];
  const tricky = ['养老', 'a,b', 'say "hi"', 'back\\slash', '{braces}', ''];
  const written: Row[] = [
    {
      name: '邻里"互助"队',
      fields: textArrayLiteral(tricky),
      count: 12,
      flag: true,
      day: '2021-03-05',
      bytes: Buffer.from('密文').toString('hex'),
      doc: { a: [1, '二'] },
    },
    { name: null, fields: textArrayLiteral([]), count: null, flag: false, day: null, bytes: null, doc: null },
  ];
  const rows = (await t.services.database.db.execute(tupleSelect(columns, jsonTuples(columns, written)))) as unknown as Record<
    string,
    unknown
  >[];
  expect(rows.map((row) => Object.values(row))).toEqual([
    ['邻里"互助"队', tricky, 12, true, '2021-03-05', Buffer.from('密文').toString('base64'), { a: [1, '二'] }],
    [null, [], null, false, null, null, null],
  ]);
  const [{ nothing }] = (await t.services.database.db.execute(sql`SELECT ${textArrayLiteral(null)}::text[] AS nothing`)) as unknown as [
    { nothing: null },
  ];
  expect(nothing).toBeNull();
});
