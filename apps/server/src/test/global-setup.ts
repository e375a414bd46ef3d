import { openDatabase } from '../db/database.js';

/** pg_trgm is database-wide: create it once before test files make their own schemas. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const database = await openDatabase({ url });
  await database.driver.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await database.close();
}
