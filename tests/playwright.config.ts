// End-to-end suites in a real Chromium (never a downloaded one: see support/find-browser.js).
// - e2e/widgets: the built CDN bundle on pages of the demo server on 127.0.0.1;
// - e2e/extension: the built extension loaded into Chromium (support/extension.ts);
// - e2e/firefox: the demo's widgets and the extension's Firefox build in the machine's Firefox,
//   driven over WebDriver BiDi (support/firefox.ts); these tests launch no Chromium.
// All need `npm run build` first; `npm test` does that.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from './support/find-browser.js';
import { PINNED_NOW } from './support/pinned-clock.ts';

const port = Number(process.env.E2E_PORT ?? 4391);

// The demo server's backend gets a fresh database (seeded with demo data) on every run, in a
// folder per port (two runs on one port clash anyway), and a known coordinator token
// (e2e/backend). This file is evaluated again in each worker: only the runner (no
// TEST_WORKER_INDEX) empties the folder, before the web server starts.
const e2eDataDir = join(tmpdir(), `mentorkit-e2e-${port}`);
if (process.env.TEST_WORKER_INDEX === undefined)
  rmSync(e2eDataDir, { recursive: true, force: true });
process.env.MK_E2E_COORDINATOR_TOKEN ??= 'e2e-coordinator-token-not-secret';

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
    env: {
      PORT: String(port),
      MENTORKIT_DATA_DIR: e2eDataDir,
      MENTORKIT_COORDINATOR_TOKEN: process.env.MK_E2E_COORDINATOR_TOKEN,
      // Every suite posts from 127.0.0.1: a limit that the suites never reach.
      MENTORKIT_SIGNUP_RATE: '500/600',
      // The suites' calendar hosts run on 127.0.0.1 (external-feed.spec.ts), as an intranet
      // calendar server an organisation allows; every other private address stays refused.
      MENTORKIT_FEED_ALLOW_HOSTS: '127.0.0.1',
      // The demo data is dated from the browsers' pinned clock (support/pinned-clock.ts).
      MENTORKIT_SEED_TIME: PINNED_NOW,
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
