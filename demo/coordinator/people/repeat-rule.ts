// A training's RRULE in a coordinator's words: FREQ=WEEKLY;COUNT=12 → "weekly, 12 times"
// ("varje vecka, 12 gånger"). The backend writes only the simple rules its feeds expand
// (daily or weekly, an interval, a count or an end date: demo/server/feeds/recurrence.ts); a
// rule outside them is shown as "repeats" rather than as its code.

export interface RepeatRule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count?: number;
  /** YYYY-MM-DD. */
  until?: string;
}

/** The rule's parts; undefined for a rule outside the simple subset. */
export function readRepeatRule(rrule: string): RepeatRule | undefined {
  const parts = new Map<string, string>();
  for (const pair of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = pair.split('=');
    if (!key || value === undefined || parts.has(key.toUpperCase())) return undefined;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') return undefined;
  if ([...parts.keys()].some((key) => !['FREQ', 'INTERVAL', 'COUNT', 'UNTIL'].includes(key))) {
    return undefined;
  }
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const rule: RepeatRule = { freq, interval };
  const count = parts.get('COUNT');
  if (count !== undefined) {
    if (!/^\d{1,4}$/.test(count) || Number(count) < 1) return undefined;
    rule.count = Number(count);
  }
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(parts.get('UNTIL') ?? '');
  if (until) rule.until = `${until[1]}-${until[2]}-${until[3]}`;
  return rule;
}
