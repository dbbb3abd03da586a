// Root Vite configuration. Vitest reads it: it runs the node unit tests (`*.test.ts`) of every
// workspace. Component tests (`*.browser.test.ts`) run in Chromium through @web/test-runner
// (widgets/web-test-runner.config.mjs); end-to-end suites run through Playwright (tests/).
// Each deliverable that is built has its own vite config beside it (widgets/, extension/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages from their TypeScript sources (the `mentorkit-source` export condition;
  // @mentorkit/core's dist/ is for other people's builds). Node unit tests resolve in Vite's
  // server environment; vitest adds its own conditions (node, development) to this list.
  ssr: { resolve: { conditions: ['mentorkit-source'] } },
  test: {
    include: ['{packages,widgets,extension,demo,tests}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.ts', 'tests/e2e/**'],
    environment: 'node',
    // Property tests (fast-check) and the database tests are CPU-bound: about a second each on
    // an idle 2-core machine, 5 to 15 s when another job keeps both cores busy. vitest's 5 s
    // default failed them there; a hang still fails.
    testTimeout: 30_000,
    reporters: process.env.VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]]
      : ['default'],
  },
});
