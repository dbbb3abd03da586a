// The one place that finds the browsers of the browser suites: a Chromium or Chrome for every
// suite (web-test-runner, Playwright, benchmarks), and a Firefox for the component tests and
// e2e/firefox. No test tool may download its own browser: it fails on the machines we
// run on, and a newcomer should use the browser they have.
//
// Order: $CHROME_PATH (or $FIREFOX_PATH), then the usual names on the PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CHROME_NAMES = [
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

/**
 * The path in `env[variable]` when set (or undefined when nothing is there: a wrong setting is
 * not silently replaced), else the first of `names` on the PATH.
 * @returns {string | undefined}
 */
function findExecutable(names, variable, env) {
  const chosen = env[variable];
  if (chosen) return isExecutable(chosen) ? chosen : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** @returns {string | undefined} the path of a Chromium-family browser, or undefined. */
export function findChrome(env = process.env) {
  return findExecutable(CHROME_NAMES, 'CHROME_PATH', env);
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

const FIREFOX_NAMES = ['firefox-esr', 'firefox'];

const FIREFOX_INSTALL_HINT = `No Firefox was found for the tests in Firefox (Firefox 140 or newer).
Install one, or point FIREFOX_PATH at one:
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr
  macOS:          brew install --cask firefox   (or FIREFOX_PATH=/Applications/Firefox.app/Contents/MacOS/firefox)`;

/** @returns {string | undefined} the path of a Firefox, or undefined. */
export function findFirefox(env = process.env) {
  return findExecutable(FIREFOX_NAMES, 'FIREFOX_PATH', env);
}

/** Like findFirefox, but throws one clear message when there is none (a test fails with it). */
export function requireFirefox(env = process.env) {
  const path = findFirefox(env);
  if (path) return path;
  const wrongSetting = env.FIREFOX_PATH
    ? `FIREFOX_PATH is set to "${env.FIREFOX_PATH}", but no executable is there.\n`
    : '';
  throw new Error(wrongSetting + FIREFOX_INSTALL_HINT);
}
