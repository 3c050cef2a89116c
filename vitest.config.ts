import { defineConfig } from 'vitest/config';

// Three kinds of tests:
//  - unit: pure functions, *.test.ts beside the code (no I/O)
//  - int:  *.int.test.ts — each file gets its own database (PGlite from a dump; PostgreSQL when COSO_TEST_DB=pg)
//  - e2e:  test/e2e/*.e2e.test.ts — real Chromium driving the built web app
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'], exclude: ['**/*.int.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'int', include: ['src/**/*.int.test.ts', 'test/int/**/*.int.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], maxWorkers: 1, fileParallelism: false },
      },
    ],
  },
});
