// The introduction of a match to one of the two people (and the reminder to answer it): the
// other person by first name, what they share, and the reader's own link (mail/link-mail.ts).
import type { Locale, MatchProfileReason } from '@mentorkit/core';
import { renderLinkMail, type RenderedMail } from '../mail/link-mail.ts';
import { CONFIRMATION_MESSAGES } from '../signup-mail/confirmation-messages.ts';
import { CONNECT_MESSAGES } from '../extension-sync/connect-section.ts';
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
  const otherRole =
    CONFIRMATION_MESSAGES[input.locale].role[input.role === 'mentor' ? 'mentee' : 'mentor'];
  const opening = input.reminder
    ? messages.reminder(input.otherName)
    : messages.introduce(input.otherName, otherRole);
  const shared = sharedKinds(input.reasons).map((kind) => messages.reason[kind]);
  return renderLinkMail({
    ...input,
    subject: input.reminder ? messages.reminderSubject : messages.subject,
    blocks: [
      [opening],
      ...(shared.length ? [{ heading: messages.sharedHeading, items: shared }] : []),
      [messages.instruction],
      // The mentor logs the meetings: how their extension joins the programme, from the card
      // the button opens (its connect code); the mentee has nothing to connect.
      ...(input.role === 'mentor' ? [[CONNECT_MESSAGES[input.locale].mail]] : []),
    ],
    button: messages.button,
  });
}
