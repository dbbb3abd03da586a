/**
 * The answers as the data contract has them (`FollowUpAnswers`), built from what the form holds:
 * only the questions the person was shown (hours and since when only for a job or studies),
 * digits as typed in any script, an empty comment left out. Pure, no schema: validate.ts checks
 * the result with core's one schema.
 */
import { asksHoursAndSince } from './questions.ts';
import type { FollowUpRole, FollowUpValues } from './questions.ts';

/** Arabic-Indic and Persian digits (٤٠, ۴۰) as 0–9, so hours typed in Arabic or Dari count. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) =>
    String(digit.charCodeAt(0) & 0xf),
  );
}

/** What the person chose or typed, `undefined` when nothing. */
function given(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  return text === '' ? undefined : text;
}

/** Whole hours as a number; anything else as typed, so that the schema refuses it. */
function hours(value: string | undefined): number | string | undefined {
  const text = given(value);
  if (text === undefined) return undefined;
  const digits = westernDigits(text);
  return /^\d{1,3}$/.test(digits) ? Number(digits) : text;
}

/** `YYYY-MM` when both are chosen; `undefined` when neither; `null` when only one is. */
export function sinceValue(values: FollowUpValues): string | null | undefined {
  const month = given(values.sinceMonth);
  const year = given(values.sinceYear);
  if (month === undefined && year === undefined) return undefined;
  if (month === undefined || year === undefined) return null;
  return `${year}-${month}`;
}

/** Leaves out the keys whose value is `undefined` (the contract's objects are strict). */
function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** The answers to send, before validation (so possibly incomplete or wrong). */
export function buildAnswers(role: FollowUpRole, values: FollowUpValues): Record<string, unknown> {
  const comment = given(values.comment);
  if (role === 'mentor') {
    return defined({
      role,
      stillMeeting: given(values.stillMeeting),
      helped: given(values.helped),
      mentorAgain: given(values.mentorAgain),
      comment,
    });
  }
  const inWork = asksHoursAndSince(values.workSituation);
  const since = inWork ? sinceValue(values) : undefined;
  return defined({
    role,
    workSituation: given(values.workSituation),
    weeklyHours: inWork ? hours(values.weeklyHours) : undefined,
    since: since ?? undefined,
    helped: given(values.helped),
    comment,
  });
}
