/**
 * The attributes a page without a `src` sets (`kind`, `months-after-start`), read safely: a
 * value we do not know is no value, and the widget then says it is not set up right.
 */
import type { FollowUpRole } from './questions.ts';

/** `mentee` or `mentor`; anything else is `undefined`. */
export function parseKind(value: string | null | undefined): FollowUpRole | undefined {
  return value === 'mentee' || value === 'mentor' ? value : undefined;
}

/** Months after the match started: a whole number from 1 to 60 (the contract's round). */
export function parseMonths(value: number | string | null | undefined): number | undefined {
  const months = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 60
    ? months
    : undefined;
}
