#!/usr/bin/env node
// `npm run bench [filter]`: runs tests/bench/**/*.bench.ts and prints name, mean, p95 and runs.
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
  const { default: benchmarks } = await importTypeScript(file);
  for (const benchmark of benchmarks) {
    if (filter && !benchmark.name.includes(filter)) continue;
    const runs = benchmark.runs ?? 200;
    for (let i = 0; i < Math.ceil(runs / 10); i++) await benchmark.run();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await benchmark.run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((sum, t) => sum + t, 0) / runs;
    rows.push({
      name: benchmark.name,
      file: relative(repoDir, file),
      mean,
      p95: percentile(times, 95),
      runs,
    });
  }
}

const width = Math.max(4, ...rows.map((row) => row.name.length)) + 2;
console.log(
  `${'name'.padEnd(width)}${'mean'.padStart(12)}${'p95'.padStart(12)}${'runs'.padStart(8)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(width)}${format(row.mean).padStart(12)}${format(row.p95).padStart(12)}${String(row.runs).padStart(8)}`,
  );
}
console.log(`\nnode ${process.version}, ${new Date().toISOString()}`);
