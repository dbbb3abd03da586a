// Component tests: every `src/**/*.browser.test.ts` runs in a real, headless Chromium and Firefox
// (never downloaded ones: tests/support/find-browser.js finds the browsers on this machine).
// Partners' visitors use both engines; Firefox is driven over WebDriver BiDi by puppeteer-core,
// through the same launcher as Chromium.
// `x.test.ts` files are node unit tests and run under vitest instead.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { requireChrome, requireFirefox, CHROME_ARGS } from '../tests/support/find-browser.js';
import { countReporter } from './test-support/count-reporter.mjs';
import { testRoutes } from './test-support/test-routes.mjs';
import { forcedColorsPlugin } from './test-support/forced-colors.mjs';
import { peopleTestRoutes } from '../demo/coordinator/people/testing/people-test-routes.mjs';

const widgetsDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const baseTsconfig = fileURLToPath(new URL('../tsconfig.base.json', import.meta.url));

/**
 * JSON imported as a module (the occupation data, `import('….json', { with: { type: 'json' } })`)
 * reaches the browser without its import attribute, because esbuild's es2022 target drops it;
 * the browser then asks for a JavaScript module, so the JSON is served as one, as Vite's build
 * turns it into a chunk. Only for module requests: a `fetch` of a JSON file gets JSON.
 */
const isModuleJson = (context) =>
  context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
const jsonAsModules = {
  name: 'json-as-modules',
  resolveMimeType: (context) => (isModuleJson(context) ? 'js' : undefined),
  transform: (context) =>
    isModuleJson(context) ? { body: `export default ${context.body};` } : undefined,
};

export default {
  // Served from the repository root so that workspace packages (@mentorkit/core, a symlink
  // into packages/) resolve and load like any other module.
  rootDir: repoRoot,
  // The coordinator app's elements (demo/coordinator) are built on the widgets' base and tested
  // here the same way, so `npm test` runs them with the widgets'.
  files: [
    `${widgetsDir}src/**/*.browser.test.ts`,
    `${repoRoot}demo/coordinator/**/*.browser.test.ts`,
  ],
  // `mentorkit-source`: workspace packages (@mentorkit/core) from their TypeScript sources, as
  // every tool in this repository takes them (core's dist/ is for other people's builds).
  nodeResolve: { exportConditions: ['mentorkit-source', 'browser', 'development'] },
  // Real HTTP answers (statuses, delays, bodies) for the data-loading tests.
  middleware: [peopleTestRoutes, testRoutes],
  // Without a tsconfig esbuild would use define semantics for class fields, and a Lit
  // property's initialiser would shadow its accessor. The plugin hands the file's raw text to
  // esbuild (`tsconfigRaw`), which does not follow `extends`: widgets/tsconfig.json alone would
  // bring no compiler options at all, so this points at the base config
  // (`useDefineForClassFields: false`).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: baseTsconfig }),
    jsonAsModules,
    forcedColorsPlugin,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChrome(), headless: true, args: CHROME_ARGS },
    }),
    // With a puppeteer of its own, the launcher takes `browser` from the options (its name in
    // the report is "Firefox").
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: requireFirefox(), headless: true },
      puppeteer,
    }),
  ],
  // Lit announces its development build once per file; every other browser log is kept.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Longer than any wait of a test (shared/testing/wait.ts, 15 s), so a test that hangs is
  // reported by its own wait with its own message; both only matter on a busy machine, where the
  // dev server's first compile of each module takes seconds (built code does not).
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countReporter({ file: process.env.WTR_COUNT_FILE })],
};
