// The introduction of a match to one of the two people (and the reminder to answer it): the
// other person by first name, what they share, and the reader's own link. Plain text and HTML
// with the same words, in the reader's language; every value is escaped in the HTML part.
import { formatDate, type Locale, type MatchProfileReason } from '@mentorkit/core';
import { html, mailDocument } from '../mail/html.ts';
import { CONFIRMATION_MESSAGES } from '../signup-mail/confirmation-messages.ts';
import type { RenderedMail } from '../signup-mail/confirmation-mail.ts';
import type { MatchRole } from '../store/match-history.ts';
import { INTRODUCTION_MESSAGES, type SharedReasonKind } from './introduction-messages.ts';

export interface IntroductionMailInput {
  locale: Locale;
  /** The reader's own first name, and the other person's. */
  name: string;
  otherName: string;
  /** The reader's role; the other person is the other one. */
  role: MatchRole;
  reasons: readonly MatchProfileReason[];
  link: string;
  expiresAt: Date;
  /** A reminder: the same mail with a reminder's subject and first lines. */
  reminder?: boolean;
}

const isShared = (kind: string): kind is SharedReasonKind =>
  kind !== 'capacity' && kind !== 'other';

/** The kinds of reason in the order matching weighed them, each once. */
function sharedKinds(reasons: readonly MatchProfileReason[]): SharedReasonKind[] {
  const sorted = [...reasons].sort((a, b) => b.weight - a.weight);
  return [...new Set(sorted.map((reason) => reason.kind).filter(isShared))];
}

export function renderIntroductionMail(input: IntroductionMailInput): RenderedMail {
  const messages = INTRODUCTION_MESSAGES[input.locale];
  const signupMessages = CONFIRMATION_MESSAGES[input.locale];
  const otherRole = signupMessages.role[input.role === 'mentor' ? 'mentee' : 'mentor'];
  const subject = input.reminder ? messages.reminderSubject : messages.subject;
  const opening = input.reminder
    ? messages.reminder(input.otherName)
    : messages.introduce(input.otherName, otherRole);
  const shared = sharedKinds(input.reasons).map((kind) => messages.reason[kind]);
  const until = signupMessages.validUntil(
    formatDate(input.expiresAt, input.locale, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
  );
  const text = [
    signupMessages.greeting(input.name),
    '',
    opening,
    ...(shared.length ? ['', messages.sharedHeading, ...shared.map((line) => `- ${line}`)] : []),
    '',
    messages.instruction,
    `${messages.button}: ${input.link}`,
    '',
    until,
    '',
  ].join('\n');
  const body = html`<p>${signupMessages.greeting(input.name)}</p>
    <p>${opening}</p>
    ${
      shared.length
        ? html`<p>${messages.sharedHeading}</p>
            <ul>
              ${shared.map((line) => html`<li>${line}</li>`)}
            </ul>`
        : ''
    }
    <p>${messages.instruction}</p>
    <p><a href="${input.link}">${messages.button}</a></p>
    <p>${until}</p>`;
  return { subject, text, html: mailDocument(input.locale, subject, body) };
}
