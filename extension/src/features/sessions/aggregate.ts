// Filters and totals for the sessions page; pure, so node tests and the bench run them.
import type { SessionLog, SessionTopic } from '@mentorkit/core';

export interface SessionFilter {
  menteeId?: string;
  /** `YYYY-MM` */
  month?: string;
  topic?: SessionTopic;
}

export function filterSessions(
  sessions: readonly SessionLog[],
  filter: SessionFilter,
): SessionLog[] {
  return sessions.filter(
    (session) =>
      (!filter.menteeId || session.menteeId === filter.menteeId) &&
      (!filter.month || session.date.startsWith(filter.month)) &&
      (!filter.topic || session.topics.includes(filter.topic)),
  );
}

export interface Totals {
  sessions: number;
  minutes: number;
}

export interface MenteeTotals extends Totals {
  menteeId: string;
  alias: string;
  /** Date of the latest session. */
  lastMet: string;
}

/** Per mentee, most recently met first. */
export function totalsByMentee(sessions: readonly SessionLog[]): MenteeTotals[] {
  const byMentee = new Map<string, MenteeTotals & { aliasDate: string }>();
  for (const session of sessions) {
    let totals = byMentee.get(session.menteeId);
    if (!totals) {
      totals = {
        menteeId: session.menteeId,
        alias: session.menteeAlias,
        lastMet: session.date,
        sessions: 0,
        minutes: 0,
        aliasDate: '',
      };
      byMentee.set(session.menteeId, totals);
    }
    totals.sessions++;
    totals.minutes += session.durationMinutes;
    if (session.date > totals.lastMet) totals.lastMet = session.date;
    const aliasDate = `${session.date}|${session.updatedAt}`;
    if (aliasDate > totals.aliasDate) {
      totals.aliasDate = aliasDate;
      totals.alias = session.menteeAlias;
    }
  }
  return [...byMentee.values()]
    .map(({ aliasDate: _aliasDate, ...totals }) => totals)
    .sort((a, b) =>
      a.lastMet === b.lastMet ? a.alias.localeCompare(b.alias) : a.lastMet < b.lastMet ? 1 : -1,
    );
}

export interface MonthTotals extends Totals {
  /** `YYYY-MM` */
  month: string;
}

/** The `count` months up to and including `today`'s, oldest first, empty months included. */
export function lastMonths(today: string, count = 12): string[] {
  // A `today` that is no date gives NaN months, as it always did.
  const [year = NaN, month = NaN] = today.split('-').map(Number);
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = year * 12 + (month - 1) - back;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

export function totalsByMonth(
  sessions: readonly SessionLog[],
  months: readonly string[],
): MonthTotals[] {
  const byMonth = new Map(months.map((month) => [month, { month, sessions: 0, minutes: 0 }]));
  for (const session of sessions) {
    const totals = byMonth.get(session.date.slice(0, 7));
    if (!totals) continue;
    totals.sessions++;
    totals.minutes += session.durationMinutes;
  }
  return [...byMonth.values()];
}

/** Distinct months that have sessions, newest first (for the month filter). */
export function monthsWithSessions(sessions: readonly SessionLog[]): string[] {
  return [...new Set(sessions.map((session) => session.date.slice(0, 7)))].sort().reverse();
}
