// A training's RRULE in a coordinator's words: FREQ=WEEKLY;COUNT=12 → "weekly, 12 times"
// ("varje vecka, 12 gånger"). The backend writes only the simple rules its feeds expand
// (daily or weekly, an interval, a count or an end date: demo/server/feeds/recurrence.ts); a
// rule outside them is shown as "repeats" rather than as its code. The reading is the feeds'
// own (parseSimpleRule), so the words never describe a rule the feeds would expand otherwise.
import { parseSimpleRule } from '../../server/feeds/recurrence.ts';

export interface RepeatRule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count?: number;
  /** YYYY-MM-DD. */
  until?: string;
}

/** The rule's parts, read as the backend reads them; undefined for a rule outside its subset. */
export function readRepeatRule(rrule: string): RepeatRule | undefined {
  const rule = parseSimpleRule(rrule);
  if (!rule) return undefined;
  return {
    freq: rule.freq,
    interval: rule.interval,
    ...(rule.count === undefined ? {} : { count: rule.count }),
    // UNTIL is the end of that day (or an instant written in UTC): its UTC date is the day.
    ...(rule.until ? { until: rule.until.toISOString().slice(0, 10) } : {}),
  };
}
