// Root Vite configuration. Vitest reads it: it runs the node unit tests (`*.test.ts`) of every
// workspace. Component tests (`*.browser.test.ts`) run in Chromium through @web/test-runner
// (widgets/web-test-runner.config.mjs); end-to-end suites run through Playwright (tests/).
// Each deliverable that is built has its own vite config beside it (widgets/, extension/).
import { defineConfig } from 'vitest/config';

// Vitest 5 declares node ≥ 22 and its reporter calls Map.groupBy (node 21+) when it prints
// failures; on node 20 that crash hides the failure itself. This config is loaded in vitest's
// main process, so the polyfill here is enough. Remove it when node 20 is no longer supported.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    include: ['{packages,widgets,extension,demo,tests}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.ts', 'tests/e2e/**'],
    environment: 'node',
    reporters: process.env.VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]]
      : ['default'],
  },
});
