import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own PostgreSQL (PGlite) or database; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
