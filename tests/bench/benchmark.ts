// The shape of a benchmark file: `tests/bench/*.bench.ts` default-exports a list of these.
// `npm run bench` (scripts/bench.mjs) runs each `run` repeatedly and prints mean and p95.
export interface Benchmark {
  name: string;
  /** One measured run. May be async. */
  run: () => unknown;
  /** Measured runs (default 200); warm-up runs are a tenth of that. */
  runs?: number;
}

export function defineBenchmarks(benchmarks: Benchmark[]): Benchmark[] {
  return benchmarks;
}
