// The reminder to an active match's two people when they have not met for a while: the other
// person by first name, the days since they last met (or since the start), and the reader's
// own link to their card, where a meeting can be recorded. Plain text and HTML with the same
// words, in the reader's language; every value is escaped in the HTML part.
import { formatDate, type Locale } from '@mentorkit/core';
import { html, mailDocument } from '../mail/html.ts';
import type { RenderedMail } from '../signup-mail/confirmation-mail.ts';
import { CONFIRMATION_MESSAGES } from '../signup-mail/confirmation-messages.ts';
import { MEETING_REMINDER_MESSAGES } from './meeting-reminder-messages.ts';

export interface MeetingReminderInput {
  locale: Locale;
  name: string;
  otherName: string;
  /** Whole days since the last meeting, or since the start when none is recorded. */
  days: number;
  metBefore: boolean;
  link: string;
  expiresAt: Date;
}

export function renderMeetingReminderMail(input: MeetingReminderInput): RenderedMail {
  const messages = MEETING_REMINDER_MESSAGES[input.locale];
  const signupMessages = CONFIRMATION_MESSAGES[input.locale];
  const opening = input.metBefore
    ? messages.body(input.otherName, input.days)
    : messages.bodyNoMeetingYet(input.otherName, input.days);
  const until = signupMessages.validUntil(
    formatDate(input.expiresAt, input.locale, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
  );
  const text = [
    signupMessages.greeting(input.name),
    '',
    opening,
    '',
    messages.instruction,
    `${messages.button}: ${input.link}`,
    '',
    until,
    '',
  ].join('\n');
  const body = html`<p>${signupMessages.greeting(input.name)}</p>
    <p>${opening}</p>
    <p>${messages.instruction}</p>
    <p><a href="${input.link}">${messages.button}</a></p>
    <p>${until}</p>`;
  return {
    subject: messages.subject,
    text,
    html: mailDocument(input.locale, messages.subject, body),
  };
}
