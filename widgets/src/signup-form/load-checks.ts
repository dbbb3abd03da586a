/**
 * Loads checks.ts once for every form on the page. A failed load (the network) is not kept:
 * the next call tries again, so the form's "Try again" can recover without a reload.
 */
import type * as ChecksModule from './checks.ts';

export type Checks = typeof ChecksModule;

let loading: Promise<Checks> | undefined;

export function loadChecks(): Promise<Checks> {
  loading ??= import('./checks.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
