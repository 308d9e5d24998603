import { defineConfig } from '@playwright/test';

// One worker: two cores, and each test starts its own Chromium with the extension.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.TEMOIN_PW_JSON
    ? [['list'], ['json', { outputFile: process.env.TEMOIN_PW_JSON }]]
    : [['list']],
  outputDir: 'test-results',
});
