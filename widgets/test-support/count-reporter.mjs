// A @web/test-runner reporter that writes `{ "passed": N, "failed": N }` to a JSON file, so CI
// can print one closing "N passed, N failed" line summed over every suite. It counts individual
// tests over all sessions (one session = one test file in one browser). A session that failed
// without any failing test (a file that did not load, an error outside a test) counts as one
// failure, so a broken file can never look like a green run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite
 * @returns {{ passed: number, failed: number }}
 */
export function countSuite(suite) {
  let passed = 0;
  let failed = 0;
  if (!suite) return { passed, failed };
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) passed += 1;
    else failed += 1;
  }
  for (const child of suite.suites) {
    const counts = countSuite(child);
    passed += counts.passed;
    failed += counts.failed;
  }
  return { passed, failed };
}

/**
 * @param {readonly import('@web/test-runner-core').TestSession[]} sessions
 * @returns {{ passed: number, failed: number }}
 */
export function countSessions(sessions) {
  let passed = 0;
  let failed = 0;
  for (const session of sessions) {
    const counts = countSuite(session.testResults);
    passed += counts.passed;
    failed += counts.failed;
    if (counts.failed === 0 && session.passed === false) failed += 1;
  }
  return { passed, failed };
}

/**
 * @param {{ file?: string }} [options] where to write; nothing is written when it is unset.
 * @returns {import('@web/test-runner-core').Reporter}
 */
export function countReporter({ file } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const path = resolve(file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify(countSessions(sessions))}\n`);
    },
  };
}
