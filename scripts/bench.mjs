#!/usr/bin/env node
// `npm run bench [filter]`: runs tests/bench/**/*.bench.ts and prints name, mean, p95 and runs,
// and for a benchmark with a `baseline` its mean as a multiple of the baseline's (same run, same
// machine: the ratio says more than the milliseconds on a noisy machine). A file may export a
// `teardown` that runs after its benchmarks (e.g. closing a browser); a benchmark that
// `measuresItself` (in a browser page) gives its own figure instead of the time around its run.
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
for (const file of files) {
  const { default: benchmarks, teardown } = await importTypeScript(file);
  try {
    for (const benchmark of benchmarks) {
      if (filter && !benchmark.name.includes(filter)) continue;
      const runs = benchmark.runs ?? 200;
      const runOnce = async () => {
        await benchmark.beforeEach?.();
        const start = performance.now();
        const result = await benchmark.run();
        const elapsed = performance.now() - start;
        if (!benchmark.measuresItself) return elapsed;
        if (typeof result !== 'number' || !Number.isFinite(result)) {
          throw new Error(`${benchmark.name}: measuresItself, but run() gave ${String(result)}`);
        }
        return result;
      };
      for (let i = 0; i < Math.ceil(runs / 10); i++) await runOnce();
      const times = [];
      for (let i = 0; i < runs; i++) times.push(await runOnce());
      times.sort((a, b) => a - b);
      const mean = times.reduce((sum, t) => sum + t, 0) / runs;
      rows.push({
        name: benchmark.name,
        file: relative(repoDir, file),
        mean,
        p95: percentile(times, 95),
        runs,
        baseline: benchmark.baseline,
      });
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
