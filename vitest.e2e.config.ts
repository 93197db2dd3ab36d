import { defineConfig } from 'vitest/config';

// Browser tests on the built site (run `npm run build` first). One browser per file; two files at a time, one per
// core. The full theme-by-width matrix runs on one page per template, so the suite grows with pages only by one
// axe pass each (BENCHMARKS.md: test time against page count).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
