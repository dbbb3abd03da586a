// The mail that asks one of a match's two people how it went, months after the start: the
// other person by first name, the months, the purpose and retention of the answers, and the
// reader's own link (the token only: nothing personal in the URL). Plain text and HTML with
// the same words, in the reader's language; every value is escaped in the HTML part.
import { formatDate, type Locale } from '@mentorkit/core';
import { html, mailDocument } from '../mail/html.ts';
import type { RenderedMail } from '../signup-mail/confirmation-mail.ts';
import { CONFIRMATION_MESSAGES } from '../signup-mail/confirmation-messages.ts';
import { FOLLOW_UP_MESSAGES } from './follow-up-messages.ts';

export interface FollowUpMailInput {
  locale: Locale;
  name: string;
  otherName: string;
  monthsAfterStart: number;
  retentionMonths: number;
  link: string;
  expiresAt: Date;
}

export function renderFollowUpMail(input: FollowUpMailInput): RenderedMail {
  const messages = FOLLOW_UP_MESSAGES[input.locale];
  const signupMessages = CONFIRMATION_MESSAGES[input.locale];
  const opening = messages.opening(input.otherName, input.monthsAfterStart);
  const purpose = messages.purpose(input.retentionMonths);
  const until = signupMessages.validUntil(
    formatDate(input.expiresAt, input.locale, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
  );
  const text = [
    signupMessages.greeting(input.name),
    '',
    opening,
    messages.request,
    '',
    `${messages.button}: ${input.link}`,
    '',
    purpose,
    until,
    '',
  ].join('\n');
  const body = html`<p>${signupMessages.greeting(input.name)}</p>
    <p>${opening} ${messages.request}</p>
    <p><a href="${input.link}">${messages.button}</a></p>
    <p>${purpose}</p>
    <p>${until}</p>`;
  return {
    subject: messages.subject,
    text,
    html: mailDocument(input.locale, messages.subject, body),
  };
}
