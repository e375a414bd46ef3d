// The keyword search's pieces (decision 0011): `linli_name_grams` must yield every 1- and 2-character piece of the
// lower-cased name, whatever its length, script or stray control characters, or a search misses names it should find.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Every piece of one and two characters (code points, as PostgreSQL counts them). */
function pieces(name: string): string[] {
  const chars = [...name.toLowerCase()];
  return [...new Set([...chars, ...chars.slice(0, -1).map((c, i) => c + chars[i + 1])])].sort();
}

async function grams(name: string): Promise<string[]> {
  const [row] = (await t.services.database.db.execute(sql`SELECT linli_name_grams(${name}) AS grams`)) as unknown as { grams: string[] }[];
  return [...new Set(row!.grams)].sort();
}

it.each(['', '团', '巡逻', '平安巡逻队', '南京东路街道平安巡逻队', 'ABC合唱团 2', '😀笑脸(Ⅲ)', "a\\b'c", '两个  空格'])(
  'cuts %j into every piece of one and two characters',
  async (name) => {
    expect(await grams(name)).toEqual(pieces(name));
  },
);

it('drops the control character that marks its cuts, on the name and the keyword alike', async () => {
  expect(await grams('巡\u0001逻队')).toEqual(pieces('巡逻队'));
});
