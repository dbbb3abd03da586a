/**
 * Calendar-day arithmetic on `YYYY-MM-DD` keys (the proleptic Gregorian calendar, no zones):
 * month grids, the default window, week starts. Pure and node-testable.
 */
import { dateKeyOf } from '@mentorkit/core/time';

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateKey(value: string | null | undefined): value is string {
  const match = value ? DATE_KEY.exec(value) : null;
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtcDate(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

function fromUtcDate(date: Date): string {
  return dateKeyOf({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

export function addDays(key: string, days: number): string {
  const date = toUtcDate(key);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

/** The same day `months` later, clamped to the end of a shorter month (31 Jan + 1 → 28 Feb). */
export function addMonths(key: string, months: number): string {
  const date = toUtcDate(key);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return fromUtcDate(date);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: string): number {
  return ((toUtcDate(key).getUTCDay() + 6) % 7) + 1;
}

/** `YYYY-MM` of a day. */
export function monthOf(key: string): string {
  return key.slice(0, 7);
}

export function firstOfMonth(key: string): string {
  return `${monthOf(key)}-01`;
}

export function lastOfMonth(key: string): string {
  return addDays(addMonths(firstOfMonth(key), 1), -1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

/**
 * The weeks shown for the month of `key`: rows of seven day keys starting on `firstDay`
 * (ISO weekday), padded with days of the neighbouring months.
 */
export function monthGrid(key: string, firstDay: number): string[][] {
  const first = firstOfMonth(key);
  const last = lastOfMonth(key);
  const lead = (isoWeekday(first) - firstDay + 7) % 7;
  let day = addDays(first, -lead);
  const weeks: string[][] = [];
  while (weeks.length === 0 || day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The first and last day of the week that holds `key`. */
export function weekBounds(key: string, firstDay: number): [string, string] {
  const start = addDays(key, -((isoWeekday(key) - firstDay + 7) % 7));
  return [start, addDays(start, 6)];
}

/**
 * The first day of the week for a locale tag (ISO weekday), from `Intl.Locale`'s week data
 * where the engine has it; Monday otherwise (as in Sweden and most of Europe).
 */
export function localeFirstDay(tag: string): number {
  // Asked on every render of the month view: `Intl.Locale` is built once per tag.
  let day = firstDays.get(tag);
  if (day === undefined) {
    day = readFirstDay(tag);
    firstDays.set(tag, day);
  }
  return day;
}

const firstDays = new Map<string, number>();

function readFirstDay(tag: string): number {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    // A malformed tag: fall through.
  }
  return 1;
}

/** Parses `first-day-of-week`: 1–7 (ISO, Monday = 1), 0 for Sunday too, or a weekday name. */
export function parseFirstDay(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim().toLowerCase();
  const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const named = names.findIndex(
    (name) => name.startsWith(trimmed.slice(0, 3)) && trimmed.length >= 3,
  );
  if (named >= 0) return named + 1;
  const number = Number(trimmed);
  if (Number.isInteger(number) && number >= 0 && number <= 7) return number === 0 ? 7 : number;
  return undefined;
}
