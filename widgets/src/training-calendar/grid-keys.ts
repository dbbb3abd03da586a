/**
 * The month grid's keyboard, as the ARIA grid pattern (and the APG date picker) has it: the
 * arrow keys move by a day or a week (left and right swap in a right-to-left language), Home
 * and End to the week's ends (with Ctrl the month's), PageUp and PageDown by a month (with
 * Shift a year). Pure, so that every key is tested without a browser.
 */
import { addDays, addMonths, firstOfMonth, lastOfMonth, weekBounds } from './calendar-days.ts';

export interface GridKey {
  key: string;
  ctrlKey: boolean;
  shiftKey: boolean;
}

export interface GridPosition {
  /** The focused day, `YYYY-MM-DD`. */
  day: string;
  rtl: boolean;
  /** 1–7, Monday–Sunday. */
  firstDay: number;
}

/** The day `key` moves to from `position.day`, or undefined for a key the grid leaves alone. */
export function dayAfterKey(
  { key, ctrlKey, shiftKey }: GridKey,
  { day, rtl, firstDay }: GridPosition,
): string | undefined {
  switch (key) {
    case 'ArrowRight':
      return addDays(day, rtl ? -1 : 1);
    case 'ArrowLeft':
      return addDays(day, rtl ? 1 : -1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return ctrlKey ? firstOfMonth(day) : weekBounds(day, firstDay)[0];
    case 'End':
      return ctrlKey ? lastOfMonth(day) : weekBounds(day, firstDay)[1];
    case 'PageUp':
      return addMonths(day, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(day, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
