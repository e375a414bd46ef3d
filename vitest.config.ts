import { defineConfig } from 'vitest/config';

// `npm test` runs every unit and API test on embedded PGlite; when TEST_DATABASE_URL is set (CI sets it)
// the API tests run a second time on the PostgreSQL server; the browser journeys run last in Chromium.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const unitAndApi = ['apps/**/*.test.ts', 'packages/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'pglite', include: unitAndApi, env: { LINLI_TEST_DATABASE: 'pglite' } } },
      ...(onPostgres
        ? [
            {
              extends: true,
              test: {
                name: 'postgres',
                include: ['apps/server/src/**/*.test.ts'],
                // The CLI tests drive child processes on their own PGlite data directories: once is enough.
                exclude: ['apps/server/src/cli/**'],
                globalSetup: ['apps/server/src/test/global-setup.ts'],
                env: { LINLI_TEST_DATABASE: 'postgres' },
              },
            },
          ]
        : []),
      { extends: true, test: { name: 'browser', include: ['e2e/**/*.e2e.ts'], maxWorkers: 1, fileParallelism: false } },
    ],
  },
});
