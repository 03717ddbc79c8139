import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One `astro sync` at a time per file (two files run side by side): on a busy two-core
    // machine more at once only made each one miss its time limit.
    maxConcurrency: 1,
  },
});
