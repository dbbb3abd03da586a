#!/usr/bin/env node
// `npm run bench [filter]`: runs tests/bench/**/*.bench.ts and prints name, mean, p95 and runs,
// and for a benchmark with a `baseline` its mean as a multiple of the baseline's (same run, same
// machine: the ratio says more than the milliseconds on a noisy machine). A file may export a
// `teardown` that runs after its benchmarks (e.g. closing a browser); a benchmark that
// `measuresItself` (in a browser page) gives its own figure instead of the time around its run.
// A benchmark and its baseline (in the same file) are measured in rounds, one run of each per
// round, so that the ratio holds on a machine whose load changes during the run.
// Timings are for reading and comparing by people (machines here are noisy); no test asserts them.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './run-ts.mjs';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(repoDir, 'tests/bench');
const filter = process.argv[2];

const files = readdirSync(benchDir, { recursive: true })
  .filter((file) => String(file).endsWith('.bench.ts'))
  .map((file) => join(benchDir, String(file)))
  .sort();

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const format = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
const rows = [];

/** Times one run of `benchmark` (or takes the figure it measured itself). */
async function runOnce(benchmark) {
  await benchmark.beforeEach?.();
  const start = performance.now();
  const result = await benchmark.run();
  const elapsed = performance.now() - start;
  if (!benchmark.measuresItself) return elapsed;
  if (typeof result !== 'number' || !Number.isFinite(result)) {
    throw new Error(`${benchmark.name}: measuresItself, but run() gave ${String(result)}`);
  }
  return result;
}

/**
 * Runs `benchmarks` in rounds, one run of each per round (A, B, A, B …), after their warm-up
 * runs, and adds a row for each. A benchmark and its baseline are timed this way, so that a
 * machine whose load changes during the run weighs on both alike; the others one at a time.
 */
async function measure(benchmarks, file) {
  const runsOf = (benchmark) => benchmark.runs ?? 200;
  for (const benchmark of benchmarks)
    for (let i = 0; i < Math.ceil(runsOf(benchmark) / 10); i++) await runOnce(benchmark);
  const times = benchmarks.map(() => []);
  const rounds = Math.max(...benchmarks.map(runsOf));
  for (let round = 0; round < rounds; round++)
    for (const [index, benchmark] of benchmarks.entries())
      if (round < runsOf(benchmark)) times[index].push(await runOnce(benchmark));
  for (const [index, benchmark] of benchmarks.entries()) {
    const sorted = times[index].sort((a, b) => a - b);
    rows.push({
      name: benchmark.name,
      file: relative(repoDir, file),
      mean: sorted.reduce((sum, t) => sum + t, 0) / sorted.length,
      p95: percentile(sorted, 95),
      runs: sorted.length,
      baseline: benchmark.baseline,
    });
  }
}

for (const file of files) {
  const { default: benchmarks, teardown } = await importTypeScript(file);
  try {
    const chosen = benchmarks.filter((benchmark) => !filter || benchmark.name.includes(filter));
    // Each benchmark with a baseline in this file is measured in rounds with it (and with the
    // others that share it), in the file's order; the rest alone.
    const measured = new Set();
    for (const benchmark of chosen) {
      if (measured.has(benchmark)) continue;
      const baselineName = benchmark.baseline ?? benchmark.name;
      const group = chosen.filter(
        (other) =>
          !measured.has(other) &&
          (other.name === baselineName || other.baseline === baselineName) &&
          chosen.some((each) => each.name === baselineName),
      );
      const together = group.length > 1 ? group : [benchmark];
      for (const each of together) measured.add(each);
      await measure(together, file);
    }
  } finally {
    await teardown?.();
  }
}

const meanOf = new Map(rows.map((row) => [row.name, row.mean]));
const ratio = (row) => {
  const baseline = row.baseline && meanOf.get(row.baseline);
  return baseline ? `×${(row.mean / baseline).toFixed(1)}` : '';
};

const width = Math.max(4, ...rows.map((row) => row.name.length)) + 2;
console.log(
  `${'name'.padEnd(width)}${'mean'.padStart(12)}${'p95'.padStart(12)}${'runs'.padStart(8)}${'vs baseline'.padStart(13)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(width)}${format(row.mean).padStart(12)}${format(row.p95).padStart(12)}${String(row.runs).padStart(8)}${ratio(row).padStart(13)}`,
  );
}
const baselines = [...new Set(rows.filter((row) => ratio(row)).map((row) => row.baseline))];
if (baselines.length > 0) {
  console.log(`\nvs baseline: the mean as a multiple of the mean of ${baselines.join('; of ')}`);
}
console.log(`\nnode ${process.version}, ${new Date().toISOString()}`);
