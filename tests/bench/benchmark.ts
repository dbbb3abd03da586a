// The shape of a benchmark file: `tests/bench/*.bench.ts` default-exports a list of these, and
// may export a `teardown` (run after its benchmarks, e.g. to close a browser).
// `npm run bench` (scripts/bench.mjs) runs each `run` repeatedly and prints mean and p95.
export interface Benchmark {
  name: string;
  /** One measured run. May be async. */
  run: () => unknown;
  /** Measured runs (default 200); warm-up runs are a tenth of that. */
  runs?: number;
  /** Untimed work before every run, warm-up runs too (e.g. stop a worker so the run is cold). */
  beforeEach?: () => unknown;
  /** Name of another benchmark in the same run; the table shows this one's mean as a multiple of its. */
  baseline?: string;
  /**
   * `run` resolves to the milliseconds it measured itself (e.g. inside a browser page, from the
   * navigation's start), which the table shows instead of the time around the call.
   */
  measuresItself?: boolean;
}

/** The `i`th item of a non-empty list, counting from the start again after the last. */
export function cycle<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('cycle() needs a non-empty list');
  return item;
}

export function defineBenchmarks(benchmarks: Benchmark[]): Benchmark[] {
  return benchmarks;
}
