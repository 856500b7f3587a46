import { defineConfig } from 'vitest/config';

/**
 * The unit and property tests beside the code (src/**), without the end-to-end tests in test/:
 * those run the built CLI in child processes, where a mutant of the source cannot reach.
 * Used by `npm run mutate` (Stryker). MUTATE_TESTS narrows the tests to a glob, for a file whose
 * slow solver tests would make a run take hours: e.g.
 * `MUTATE_TESTS='src/core/rostering/check*.test.ts' npm run mutate -- --mutate src/core/rostering/check.ts`.
 */
export default defineConfig({
  test: {
    include: [process.env.MUTATE_TESTS ?? 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
