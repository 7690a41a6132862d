import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e/specs',
  // Two cores: one worker keeps the server, the browser and the tests from starving each other.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { trace: 'retain-on-failure', locale: 'en-US' },
  projects: [
    { name: 'web', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
