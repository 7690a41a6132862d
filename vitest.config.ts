import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // (tests that open the whole back end load the dictionaries and build the alias index, twice where
    // they restart it: a few seconds on two cores, more when the machine is busy; no test times speed)
    testTimeout: 20_000,
  },
});
