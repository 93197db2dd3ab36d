import { defineConfig } from 'vitest/config';

// Browser tests on the built site (run `npm run build` first). One browser per file; files run one at a time
// because the machine has two cores and Chromium wants both.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
