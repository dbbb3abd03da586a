// The confirmation mail of a signup (double opt-in), in the person's language, plain text and
// HTML with the same words.
import { formatDate, type Locale } from '@mentorkit/core';
import { html, mailDocument } from '../mail/html.ts';
import { CONFIRMATION_MESSAGES } from './confirmation-messages.ts';

export interface ConfirmationMailInput {
  locale: Locale;
  name: string;
  kind: 'mentor' | 'mentee';
  link: string;
  expiresAt: Date;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function renderConfirmationMail(input: ConfirmationMailInput): RenderedMail {
  const messages = CONFIRMATION_MESSAGES[input.locale];
  const role = messages.role[input.kind];
  const until = messages.validUntil(
    formatDate(input.expiresAt, input.locale, {
      dateStyle: 'long',
      timeZone: 'Europe/Stockholm',
    }),
  );
  const text = [
    messages.greeting(input.name),
    '',
    messages.thanks(role),
    messages.instruction,
    '',
    `${messages.button}: ${input.link}`,
    '',
    until,
    messages.notYou,
    '',
  ].join('\n');
  const body = html`<p>${messages.greeting(input.name)}</p>
    <p>${messages.thanks(role)} ${messages.instruction}</p>
    <p><a href="${input.link}">${messages.button}</a></p>
    <p>${until}</p>
    <p>${messages.notYou}</p>`;
  return {
    subject: messages.subject,
    text,
    html: mailDocument(input.locale, messages.subject, body),
  };
}
