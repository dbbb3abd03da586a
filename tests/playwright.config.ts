// End-to-end suites in a real Chromium (never a downloaded one: see support/find-chrome.js).
// - e2e/widgets: the built CDN bundle on pages of the demo server on 127.0.0.1;
// - e2e/extension: the built extension loaded into Chromium (support/extension.ts).
// Both need `npm run build` first; `npm test` does that.
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from './support/find-chrome.js';

const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: process.env.PW_JSON
    ? [['list'], ['json', { outputFile: process.env.PW_JSON }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: requireChrome(), args: CHROME_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node ../scripts/run-ts.mjs ../demo/server/main.ts',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
