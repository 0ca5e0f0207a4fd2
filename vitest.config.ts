import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // kuromoji's dictionary costs ~330 MB per worker: keep workers few on a 2-core machine.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
