import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One `astro sync` at a time per file (two files run side by side), as when they ran
    // with spawnSync: on two cores, more at once makes each one slower than its time limit.
    maxConcurrency: 1,
  },
});
