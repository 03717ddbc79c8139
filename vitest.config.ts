import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One `astro sync` at a time per file (two files run side by side), as when they ran
    // with spawnSync: on two cores, more at once makes each one slower than its time limit.
    maxConcurrency: 1,
  },
});
