// The one place that finds a Chromium or Chrome for every browser suite (web-test-runner,
// Playwright, benchmarks). No test tool may download its own browser: it fails on the machines
// we run on, and a newcomer should use the browser they have.
//
// Order: $CHROME_PATH, then the usual names on the PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATE_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

const INSTALL_HINT = `No Chromium or Chrome was found for the browser tests.
Install one, or point CHROME_PATH at one:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")
  Windows:        set CHROME_PATH=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe`;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} the path of a Chromium-family browser, or undefined. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of CANDIDATE_NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Like findChrome, but ends the process with one clear message when there is none. */
export function requireChrome(env = process.env) {
  const path = findChrome(env);
  if (path) return path;
  if (env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to "${env.CHROME_PATH}", but no executable is there.\n`);
  }
  console.error(INSTALL_HINT);
  process.exit(1);
}

/**
 * Flags for a headless Chromium on a closed network as root: without the background-networking
 * flags Chromium keeps trying to reach Google's hosts; without --no-sandbox it refuses to start
 * as root.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
