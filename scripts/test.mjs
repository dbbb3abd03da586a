#!/usr/bin/env node
// `npm test`: every check and suite of the repository, in order, each timed; ends with one line
// `N passed, N failed` summed over all of them (CI reads that line). A check that is not a test
// runner (typecheck, lint, build, a budget) counts as one test. Suites go on after a failure so
// one run shows everything that is wrong; the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'mk-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: repoDir,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...env },
  });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A check that passes or fails as a whole. */
const check = (command, args) => () => {
  const ok = run(command, args);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
};

/** A runner's own counts; a runner that failed without reporting counts one failure. */
function counted(ok, counts) {
  if (!counts) return { passed: 0, failed: 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  return counts;
}

const suites = [
  ['typecheck', check(npx, ['tsc', '-b'])],
  ['lint', check(npm, ['run', 'lint', '--silent'])],
  [
    'unit (vitest)',
    () => {
      const file = join(scratch, 'vitest.json');
      const ok = run(npx, ['vitest', 'run'], { VITEST_JSON: file });
      const report = readJson(file);
      return counted(
        ok,
        report && {
          passed: report.numPassedTests,
          failed: report.numFailedTests,
          skipped: report.numPendingTests + report.numTodoTests,
        },
      );
    },
  ],
  ['build', check(npm, ['run', 'build', '--silent'])],
  [
    'custom-elements.json matches the bundle',
    check('node', ['widgets/scripts/check-manifest.mjs']),
  ],
  [
    // npm pack of core and widgets into a fresh Vite + TypeScript app: tsc, vite build, Chromium.
    'packages in a fresh app (npm pack)',
    () => {
      const file = join(scratch, 'pack.json');
      const ok = run('node', ['tests/pack/pack-into-fresh-app.mjs', '--json', file]);
      return counted(ok, readJson(file));
    },
  ],
  [
    // web-ext lint of the Firefox build, then the stores' zips that e2e/extension/store-*.spec.ts
    // load (the screenshots are taken by that suite).
    'web-ext lint and the extension packages',
    check('node', ['extension/scripts/package.mjs', '--no-screenshots']),
  ],
  [
    'components (web-test-runner; Chromium, Firefox)',
    () => {
      const file = join(scratch, 'wtr.json');
      const ok = run(npm, ['run', 'test', '-w', '@mentorkit/widgets', '--silent'], {
        WTR_COUNT_FILE: file,
      });
      const report = readJson(file);
      return counted(
        ok,
        report && { passed: report.passed, failed: report.failed, skipped: report.skipped ?? 0 },
      );
    },
  ],
  [
    'end-to-end (Playwright; Chromium, Firefox)',
    () => {
      const file = join(scratch, 'playwright.json');
      const ok = run(npx, ['playwright', 'test', '-c', 'tests/playwright.config.ts'], {
        PW_JSON: file,
      });
      const stats = readJson(file)?.stats;
      return counted(
        ok,
        stats && {
          passed: stats.expected + stats.flaky,
          failed: stats.unexpected,
          skipped: stats.skipped,
        },
      );
    },
  ],
  [
    'size budgets',
    () => {
      const file = join(scratch, 'size.json');
      const ok = run('node', ['scripts/size.mjs', '--json', file]);
      return counted(ok, readJson(file));
    },
  ],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, suite] of suites) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = performance.now();
  const counts = suite();
  results.push({ name, ...counts, seconds: (performance.now() - started) / 1000 });
}
rmSync(scratch, { recursive: true, force: true });

const nameWidth = Math.max('Suite'.length, ...results.map((r) => r.name.length));
console.log(`\n${'Suite'.padEnd(nameWidth)} passed  failed  skipped   time`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(nameWidth)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${r.seconds.toFixed(1).padStart(5)} s`,
  );
}
const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
