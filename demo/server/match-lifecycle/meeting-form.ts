// The participant page's form for recording that the two met: a plain HTML form posted to the
// page itself (no script needed), answered with a redirect back to the page (post, redirect,
// get: a reload does not post again), which then says what happened. Shown while the match
// runs; the day is one from the match's start to today in the programme's calendar.
import type { IncomingMessage } from 'node:http';
import * as z from 'zod/mini';
import { formatDate, type Locale } from '@mentorkit/core';
import { dayKeyAt } from '@mentorkit/core/time';
import type { Database } from '../db/database.ts';
import { readStructuredBody } from '../http/body.ts';
import { html, type SafeHtml } from '../mail/html.ts';
import type { MatchRole } from '../store/match-history.ts';
import type { StoredMatch } from '../store/matches.ts';
import { MEETING_FORM_MESSAGES } from './meeting-form-messages.ts';
import { MeetingSchema, PROGRAMME_TIME_ZONE, recordMatchMeeting } from './meetings.ts';

const NOTICES = ['recorded', 'already-recorded', 'invalid'] as const;
export type MeetingNotice = { kind: (typeof NOTICES)[number]; date?: string };

const NoticeSchema = z.object({
  meeting: z.enum(NOTICES),
  date: z.optional(MeetingSchema.shape.date),
});

/** What the redirect after a post says, from the page's query; undefined when nothing. */
export function meetingNoticeOf(url: URL): MeetingNotice | undefined {
  const parsed = NoticeSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return undefined;
  return {
    kind: parsed.data.meeting,
    ...(parsed.data.date ? { date: parsed.data.date } : {}),
  };
}

/** The query of the redirect back to the page. */
export function noticeQuery(notice: MeetingNotice): string {
  const query = new URLSearchParams({ meeting: notice.kind });
  if (notice.date) query.set('date', notice.date);
  return `?${query.toString()}`;
}

const isRunning = (match: StoredMatch) =>
  (match.status === 'active' || match.status === 'paused') && match.startedAt !== undefined;

/** Records the posted day for `role`; what the page then says. */
export async function takeMeetingForm(
  database: Database,
  request: IncomingMessage,
  match: StoredMatch,
  role: MatchRole,
  now: Date,
): Promise<MeetingNotice> {
  let body: unknown;
  try {
    body = await readStructuredBody(request, { limit: 4096 });
  } catch {
    return { kind: 'invalid' };
  }
  const parsed = MeetingSchema.safeParse(body);
  if (!parsed.success || !isRunning(match)) return { kind: 'invalid' };
  const { date } = parsed.data;
  const result = await recordMatchMeeting(database, match.id, role, date, now);
  if (result.kind === 'recorded' || result.kind === 'already-recorded') {
    return { kind: result.kind, date };
  }
  return { kind: 'invalid' };
}

const longDate = (date: string, locale: Locale) =>
  formatDate(new Date(`${date}T12:00:00Z`), locale, { dateStyle: 'long', timeZone: 'UTC' });

/** The form (while the match runs) and what the last post did; empty otherwise. */
export function meetingForm(
  locale: Locale,
  match: StoredMatch,
  now: Date,
  notice: MeetingNotice | undefined,
): SafeHtml | '' {
  if (!isRunning(match)) return '';
  const messages = MEETING_FORM_MESSAGES[locale];
  const today = dayKeyAt(now.getTime(), PROGRAMME_TIME_ZONE);
  const start = dayKeyAt(Date.parse(match.startedAt!), PROGRAMME_TIME_ZONE);
  const said =
    notice === undefined
      ? ''
      : notice.kind === 'invalid' || !notice.date
        ? messages.invalidDate
        : notice.kind === 'recorded'
          ? messages.recorded(longDate(notice.date, locale))
          : messages.alreadyRecorded(longDate(notice.date, locale));
  return html`<section aria-labelledby="meeting-heading" class="meeting">
    <h2 id="meeting-heading">${messages.heading}</h2>
    <p>${messages.help}</p>
    <form method="post">
      <label for="meeting-date">${messages.label}</label>
      <input
        id="meeting-date"
        name="date"
        type="date"
        required
        min="${start}"
        max="${today}"
        value="${today}"
      />
      <button type="submit">${messages.button}</button>
    </form>
    <p id="meeting-notice" role="status" data-notice="${notice?.kind ?? ''}">${said}</p>
  </section>`;
}
