// What a coordinator must never read on the page (issue 19): the API's codes for goals, times,
// ways of meeting, Swedish levels and session topics, repeat rules, and the matching's function
// names. Plain English codes ("network", "remote") read the same as their words: only the codes
// that are not words are looked for, each as a whole token.
import type { Locator } from '@playwright/test';
import {
  AVAILABILITY_SLOTS,
  MEETING_MODES,
  MENTORING_GOALS,
  SESSION_MODES,
  SESSION_TOPICS,
  SWEDISH_LEVELS,
} from '@mentorkit/core';
import { expect } from '../../support/pinned-clock.ts';

const CODES = [
  ...new Set([
    ...MENTORING_GOALS,
    ...AVAILABILITY_SLOTS,
    ...MEETING_MODES,
    ...SESSION_TOPICS,
    ...SESSION_MODES,
    ...SWEDISH_LEVELS,
  ]),
].filter((code) => code.includes('-') || code === 'cv');

const NEVER = new RegExp(
  `(^|[\\s:,(])(${CODES.join('|')})(?=$|[\\s,.)])|FREQ=|RRULE|rankCandidates|scoreMatch`,
);

/** Fails with the code found when `locator`'s text shows one. */
export async function expectNoCodes(locator: Locator): Promise<void> {
  const text = await locator.innerText();
  expect(NEVER.exec(text)?.[0], `a code on screen in: ${text.slice(0, 300)}`).toBeUndefined();
}
