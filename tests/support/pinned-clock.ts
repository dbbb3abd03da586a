// "Now" in the end-to-end suites. What a page shows depends on the day (a calendar starts at
// today, the quick-log form fills in today, a backup reminder counts days since a session), so
// every browser in these suites runs on one fixed clock, and the demo server dates its seeded
// trainings and matches from the same instant (MENTORKIT_SEED_TIME, set in playwright.config.ts).
// The suites then give the same answers on any day they run.
//
// Specs import `test` and `expect` from here (or from extension.ts, whose contexts are pinned
// too), never from '@playwright/test': eslint.config.js enforces it.
import { test as base } from '@playwright/test';

// For pages Playwright's clock cannot reach (Firefox over WebDriver BiDi, support/firefox.ts).
export { pinDate } from '../../widgets/src/shared/testing/pinned-date.ts';

export { expect } from '@playwright/test';

/**
 * A Monday, at noon in Stockholm: the same calendar day in every time zone from UTC−11 to
 * UTC+12, so a machine's own zone never moves "today".
 */
export const PINNED_NOW = '2026-11-23T12:00:00+01:00';

/** The pinned day as the browser's calendar sees it: YYYY-MM-DD in the machine's zone. */
export function pinnedToday(): string {
  return localDateKey(new Date(PINNED_NOW));
}

/** `date` as YYYY-MM-DD in the machine's time zone (which the test browsers share). */
export function localDateKey(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * Pins `context`'s clock at PINNED_NOW. Time then runs on from there, so timers, animations and
 * timeouts behave as usual; only the date is fixed. Covers every page and frame of the context
 * (not service workers, whose code reads no date).
 */
export async function pinClock(context: {
  clock: { install(options: { time: string }): Promise<void> };
}): Promise<void> {
  await context.clock.install({ time: PINNED_NOW });
}

/** Playwright's `test` with every browser context's clock pinned at PINNED_NOW. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await pinClock(context);
    await use(context);
  },
});
