/**
 * The one wait of the component tests, for what a widget does asynchronously: a lazy module,
 * a language chunk, an answer from the test server. Generous on purpose: under the test runner
 * every module is compiled by the dev server on its first request (built code is not), which
 * takes seconds when the machine is busy, and tests must pass on a busy machine. A widget that
 * never gets there still fails, with `message`.
 */
import { waitUntil } from '@open-wc/testing';

export const TEST_WAIT_MS = 15_000;

export function waitFor(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: TEST_WAIT_MS });
}
