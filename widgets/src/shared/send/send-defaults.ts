/**
 * How patiently a widget sends: the defaults of its `timeout` and `retryDelays` properties.
 * Apart from post-with-retries.ts, which loads after the first render, so that a widget's entry
 * carries these numbers and not the sending code.
 */

/** Milliseconds one attempt may take. */
export const DEFAULT_SEND_TIMEOUT = 15_000;
/** Three retries, about 0.5 s, 1.5 s and 4 s apart (with ±20 % jitter). */
export const DEFAULT_RETRY_DELAYS: readonly number[] = [500, 1500, 4000];
