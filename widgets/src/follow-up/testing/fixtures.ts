/**
 * Questionnaires and helpers for `<mk-follow-up>`'s component tests, against the test server's
 * real route (test-support/test-routes.mjs: /__mk-test/follow-up/<key>).
 */
import type { FollowUpQuestionnaire } from '@mentorkit/core';
import type { MkFollowUp } from '../follow-up.ts';

export const MENTEE_AT_6: FollowUpQuestionnaire = {
  role: 'mentee',
  monthsAfterStart: 6,
  programmeName: 'Gjuteriprogrammet i Karlskoga',
  expiresAt: '2027-04-30T21:59:59Z',
};

export const MENTOR_AT_12: FollowUpQuestionnaire = { role: 'mentor', monthsAfterStart: 12 };

/** Answered before, at noon UTC: the same day in every time zone the tests run in. */
export const ANSWERED: FollowUpQuestionnaire = {
  role: 'mentee',
  monthsAfterStart: 3,
  answeredAt: '2027-02-10T12:00:00Z',
};

/** A fresh key per test, so each has its own log at the test server (also across runs). */
export const nextKey = (): string => `follow-up-${crypto.randomUUID()}`;

/** The test server's address of a questionnaire, answered with `options` (fail, gone, problem). */
export function followUpUrl(
  key: string,
  questionnaire: FollowUpQuestionnaire | string = MENTEE_AT_6,
  options: Record<string, string> = {},
): string {
  const query = new URLSearchParams({
    questionnaire:
      typeof questionnaire === 'string' ? questionnaire : JSON.stringify(questionnaire),
    ...options,
  });
  return `/__mk-test/follow-up/${key}?${query.toString()}`;
}

export async function followUpLog(key: string): Promise<{ requests: number; bodies: unknown[] }> {
  return (await fetch(`/__mk-test/follow-up-log/${key}`)).json() as Promise<{
    requests: number;
    bodies: unknown[];
  }>;
}

export const part = (el: MkFollowUp, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const text = (node: Element | null): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The radio button of `value` in the question `field`. */
export const radio = (el: MkFollowUp, field: string, value: string): HTMLInputElement =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${field}"][value="${value}"]`)!;

export const control = <T extends Element = HTMLInputElement>(el: MkFollowUp, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[name="${name}"]`)!;

/** Chooses an answer as a click does (the events a browser fires). */
export function choose(el: MkFollowUp, field: string, value: string): void {
  radio(el, field, value).click();
}

/** Types into a text field or picks in a select, firing what a person's input fires. */
export function enter(el: MkFollowUp, name: string, value: string): void {
  const target = control<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, name);
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  target.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The question `field`'s error text, or '' when it shows none. */
export const errorOf = (el: MkFollowUp, field: string): string =>
  text(el.shadowRoot!.querySelector(`[data-field="${field}"] .error`));

/**
 * Whether `target` has focus inside `el`. A boolean, not the elements themselves: a failed
 * `expect(element).to.equal(other)` makes chai describe both elements, which can take minutes.
 */
export const hasFocus = (el: MkFollowUp, target: Element | null): boolean =>
  target !== null && el.shadowRoot!.activeElement === target;
