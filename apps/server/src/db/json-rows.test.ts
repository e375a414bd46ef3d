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
  const columns: TupleColumn[] = [
    ['name', '$'],
    ['fields', '$::text[]'],
    ['count', '$::int'],
    ['flag', '$::boolean'],
    ['day', '$::date'],
    ['bytes', "encode(decode($, 'hex'), 'base64')"],
    ['doc', '$::jsonb'],
  ];
  const tricky = ['养老', 'a,b', 'say "hi"', 'back\\slash', '{braces}', ''];
  const tuples = [
    ['邻里"互助"队', textArrayLiteral(tricky), 12, true, '2021-03-05', Buffer.from('密文').toString('hex'), { a: [1, '二'] }],
    [null, textArrayLiteral([]), null, false, null, null, null],
  ];
  const rows = (await t.services.database.db.execute(tupleSelect(columns, jsonTuples(tuples)))) as unknown as Record<string, unknown>[];
  expect(rows.map((row) => Object.values(row))).toEqual([
    ['邻里"互助"队', tricky, 12, true, '2021-03-05', Buffer.from('密文').toString('base64'), { a: [1, '二'] }],
    [null, [], null, false, null, null, null],
  ]);
  const [{ nothing }] = (await t.services.database.db.execute(sql`SELECT ${textArrayLiteral(null)}::text[] AS nothing`)) as unknown as [
    { nothing: null },
  ];
  expect(nothing).toBeNull();
});
