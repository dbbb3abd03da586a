/**
 * Loads checks.ts once for every form on the page. A failed load (the network) is not kept:
 * the next call tries again, so the form's "Try again" can recover without a reload.
 */
import type * as ChecksModule from './checks.ts';

export type Checks = typeof ChecksModule;

/** Where the module comes from; tests replace `load` to hold it back or to make it fail. */
export const checksSource = {
  load: (): Promise<Checks> => import('./checks.ts'),
};

let loading: Promise<Checks> | undefined;

export function loadChecks(): Promise<Checks> {
  loading ??= checksSource.load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** For tests that replace `checksSource.load`: forget the module loaded so far. */
export function forgetChecks(): void {
  loading = undefined;
}
