import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Int test files about SQLite itself (its migrations, its online backup): with
 * `TEST_DATABASE_URL=mongodb://…` they are left out rather than skipped, since they test nothing
 * MongoDB runs. Everything else runs on either database.
 */
const sqliteOnly = [
  'test/int/migrations.int.spec.ts',
  'test/int/migrationRouteCheck.int.spec.ts',
  'test/int/backup.int.spec.ts',
]
const onMongo = /^mongodb(\+srv)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '')

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    // Lexical's Node entry points use top-level await, which Node 20 sometimes never settles;
    // the `development` condition selects its plain builds.
    execArgv: ['--conditions=development'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.unit.spec.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          environment: 'node',
          include: ['test/int/**/*.int.spec.ts'],
          exclude: [...configDefaults.exclude, ...(onMongo ? sqliteOnly : [])],
          setupFiles: ['test/support/freshDatabase.ts'],
          // Every test starts from the file's environment: what a test stubs is undone for the next.
          unstubEnvs: true,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['test/support/appServer.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Like the pages' waits (test/support/browser.ts): ready when it shows, within the test.
          expect: { poll: { timeout: 110_000 } },
        },
      },
      {
        extends: true,
        test: {
          // Attacks on the built app (its own demo server) and on the Local API (a fresh SQLite
          // file per file). After the other projects, so two demo apps never compete for the CPU.
          name: 'abuse',
          environment: 'node',
          include: ['test/abuse/**/*.abuse.spec.ts'],
          globalSetup: ['test/support/abuseServer.ts'],
          setupFiles: ['test/support/freshDatabase.ts'],
          unstubEnvs: true,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
