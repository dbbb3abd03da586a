// The recurrence rules the coordinator view creates: `FREQ=WEEKLY` or `FREQ=DAILY`, with
// INTERVAL and COUNT or UNTIL. Enough for "every Tuesday at 18:00, ten times"; the iCalendar
// feed carries the RRULE itself, the JSON feed the expanded occurrences (as the contract says).
import { addDaysToWallTime, wallTimeAt, zonedToInstant } from '@mentorkit/core/time';

export interface SimpleRule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count?: number;
  until?: Date;
}

/** The longest series we expand, so that a rule without an end cannot grow a feed forever. */
export const MAX_OCCURRENCES = 200;

/** Parses an RRULE value; returns undefined for anything outside the simple subset. */
export function parseSimpleRule(rrule: string): SimpleRule | undefined {
  const parts = new Map<string, string>();
  for (const pair of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = pair.split('=');
    if (!key || value === undefined || parts.has(key.toUpperCase())) return undefined;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') return undefined;
  for (const key of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'COUNT', 'UNTIL'].includes(key)) return undefined;
  }
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) return undefined;
  const rule: SimpleRule = { freq, interval };
  const count = parts.get('COUNT');
  if (count !== undefined) {
    const value = Number(count);
    if (!Number.isInteger(value) || value < 1 || value > MAX_OCCURRENCES) return undefined;
    rule.count = value;
  }
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(until);
    if (!match || count !== undefined) return undefined;
    const [, y, mo, d, h = '23', mi = '59', s = '59'] = match;
    rule.until = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
  }
  return rule;
}

/** The start instants of the series, first one included, in the zone's wall-clock time. */
export function expandStarts(firstStart: Date, rule: SimpleRule, timeZone: string): Date[] {
  const first = wallTimeAt(firstStart.getTime(), timeZone);
  const step = (rule.freq === 'WEEKLY' ? 7 : 1) * rule.interval;
  const limit = Math.min(rule.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const starts: Date[] = [];
  for (let index = 0; starts.length < limit; index++) {
    const start = new Date(zonedToInstant(addDaysToWallTime(first, index * step), timeZone));
    if (rule.until && start > rule.until) break;
    starts.push(start);
  }
  return starts;
}
