import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // The bad-content build tests run `astro sync` concurrently; two at a time per file
    // keeps a two-core machine busy without starving any one of them.
    maxConcurrency: 2,
  },
});
