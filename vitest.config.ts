import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The unit tests are pure functions and data: one worker runs many files, which saves ten of
    // npm test's seconds (a fresh process per file costs more than the tests themselves).
    isolate: false,
  },
});
