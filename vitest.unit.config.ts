import { defineConfig } from 'vitest/config';

/**
 * The unit and property tests beside the code (src/**), without the end-to-end tests in test/:
 * those run the built CLI in child processes, where a mutant of the source cannot reach.
 * Used by `npm run mutate` (Stryker).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
